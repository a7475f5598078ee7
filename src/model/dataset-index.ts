import {
  LEVELS,
  type Dataset,
  type EngagementEvent,
  type Person,
  type Sector,
  type Source,
} from '../data/schema';
import { yearOf } from './dates';
import { ELSEWHERE, NO_TRAVEL } from './filters';
import { sortByDate } from './dataset-index-order';
import { lazySearchText } from './dataset-index-search';
import { venueColumns, type VenueColumns } from './dataset-index-places';

export interface VisitInfo {
  id: string;
  /** False for a meeting at a third-country venue: nobody visited the other side. */
  bilateral: boolean;
  /** Year of the trip's first engagement. */
  year: number;
  direction: string;
  /** Rank in LEVELS of the highest level of any engagement on the trip (0 = head of state). */
  levelRank: number;
}

export type DirectionKind = 'visit' | 'elsewhere' | 'none';

export interface Direction {
  /** `GUEST-HOST`, `elsewhere` for a third-country venue, or `none` when nobody travelled. */
  key: string;
  kind: DirectionKind;
  label: string;
  guest: string | null;
  host: string | null;
}

/**
 * A read-only, columnar view of a dataset, built once per dataset so that every
 * filter change is a few tight loops over typed arrays.
 */
export interface DatasetIndex extends VenueColumns {
  dataset: Dataset;
  /** Events sorted by date, oldest first; all per-event arrays follow this order. */
  events: EngagementEvent[];
  n: number;
  year: Int32Array;
  minYear: number | null;
  maxYear: number | null;
  sectors: Sector[];
  sectorIndex: Map<string, number>;
  /** Sector indices of event i are `eventSectors[sectorStart[i] .. sectorStart[i+1])`. */
  eventSectors: Uint16Array;
  sectorStart: Uint32Array;
  people: Person[];
  personIndex: Map<string, number>;
  eventPeople: Uint32Array;
  peopleStart: Uint32Array;
  types: string[];
  typeIndex: Map<string, number>;
  eventType: Uint16Array;
  directions: Direction[];
  directionIndex: Map<string, number>;
  eventDirection: Uint16Array;
  visits: VisitInfo[];
  visitIndex: Map<string, number>;
  /** Index into `visits`, or -1 for an engagement without travel. */
  eventVisit: Int32Array;
  eventLevel: Uint8Array;
  /** Documents signed at each engagement. */
  eventDocuments: Uint16Array;
  countryNames: Map<string, string>;
  sourceById: Map<string, Source>;
  personById: Map<string, Person>;
  sectorById: Map<string, Sector>;
  /** Folded search text per event, built on first use (large datasets rarely need it). */
  searchText: () => string[];
}

/**
 * `GUEST-HOST` (`AZ-RS`: Azerbaijan visiting Serbia); `elsewhere` when neither side hosted
 * and the place is in a third country; otherwise `none` (calls, letters, a summons at home).
 * `pair` is the two countries' codes; without it a hostless event is always `none`.
 */
export function directionKeyOf(
  guest: string | null,
  host: string | null,
  placeCountry: string | null = null,
  pair: readonly string[] = [],
): string {
  if (guest !== null && host !== null) return `${guest}-${host}`;
  if (host === null && placeCountry !== null && pair.length > 0 && !pair.includes(placeCountry)) {
    return ELSEWHERE;
  }
  return NO_TRAVEL;
}

/** The direction of one engagement, by the rules of `directionKeyOf`. */
export function eventDirectionKey(e: EngagementEvent, pair: readonly string[]): string {
  return directionKeyOf(e.guestCountry, e.hostCountry, e.place?.country ?? null, pair);
}

export const ELSEWHERE_LABEL = 'Met in a third country';
export const NO_TRAVEL_LABEL = 'No travel (calls, letters, protests)';

export function countryName(index: DatasetIndex, code: string | null): string {
  if (code === null) return '';
  return index.countryNames.get(code) ?? code;
}

function countryNamesOf(meta: Dataset['meta']): Map<string, string> {
  const countryNames = new Map<string, string>();
  for (const c of meta.countries) countryNames.set(c.code, c.name);
  for (const c of meta.otherCountries) countryNames.set(c.code, c.name);
  return countryNames;
}

function directionOfKey(
  key: string,
  guest: string | null,
  host: string | null,
  countryNames: ReadonlyMap<string, string>,
): Direction {
  if (key === NO_TRAVEL) {
    return { key, kind: 'none', label: NO_TRAVEL_LABEL, guest: null, host: null };
  }
  if (key === ELSEWHERE) {
    return { key, kind: 'elsewhere', label: ELSEWHERE_LABEL, guest: null, host: null };
  }
  const label = `${countryNames.get(guest!) ?? guest} → ${countryNames.get(host!) ?? host}`;
  return { key, kind: 'visit', label, guest, host };
}

interface DirectionLookup {
  directions: Direction[];
  directionIndex: Map<string, number>;
  /** The index in `directions` of an event's direction, added on first sight. */
  directionOf: (e: EngagementEvent) => number;
}

/**
 * The directions seen, both visit directions of the pair and `none` first (so that the
 * legend order does not depend on the data), the rest as they first appear.
 */
function directionLookup(
  meta: Dataset['meta'],
  countryNames: ReadonlyMap<string, string>,
): DirectionLookup {
  const [a, b] = meta.countries;
  const pair = meta.countries.map((c) => c.code);
  const directions: Direction[] = [];
  const directionIndex = new Map<string, number>();
  const add = (guest: string | null, host: string | null, place: string | null) => {
    const key = directionKeyOf(guest, host, place, pair);
    let at = directionIndex.get(key);
    if (at === undefined) {
      at = directions.length;
      directions.push(directionOfKey(key, guest, host, countryNames));
      directionIndex.set(key, at);
    }
    return at;
  };
  if (a && b) {
    add(a.code, b.code, null);
    add(b.code, a.code, null);
  }
  add(null, null, null);
  let lastGuest: string | null | undefined;
  let lastHost: string | null | undefined;
  let lastPlace: string | null | undefined;
  let lastDir = 0;
  // Consecutive events mostly share a direction: skip the key and lookup then.
  const directionOf = (e: EngagementEvent) => {
    const place = e.place?.country ?? null;
    if (e.guestCountry !== lastGuest || e.hostCountry !== lastHost || place !== lastPlace) {
      lastDir = add(e.guestCountry, e.hostCountry, place);
      lastGuest = e.guestCountry;
      lastHost = e.hostCountry;
      lastPlace = place;
    }
    return lastDir;
  };
  return { directions, directionIndex, directionOf };
}

type MembershipColumns = Pick<
  DatasetIndex,
  'eventSectors' | 'sectorStart' | 'eventPeople' | 'peopleStart'
>;

/**
 * Each event's sectors and participants as ranges of two flat arrays: `put` fills event i
 * (events in order), `finish` closes the last range. Unknown ids are left out.
 */
function membershipColumns(
  events: readonly EngagementEvent[],
  sectorIndex: ReadonlyMap<string, number>,
  personIndex: ReadonlyMap<string, number>,
): { put: (i: number, e: EngagementEvent) => void; finish: () => MembershipColumns } {
  const n = events.length;
  let sectorCount = 0;
  let peopleCount = 0;
  for (const e of events) {
    sectorCount += e.sectors.length;
    peopleCount += e.participants.length;
  }
  const eventSectors = new Uint16Array(sectorCount);
  const sectorStart = new Uint32Array(n + 1);
  const eventPeople = new Uint32Array(peopleCount);
  const peopleStart = new Uint32Array(n + 1);
  let si = 0;
  let pi = 0;
  const put = (i: number, e: EngagementEvent) => {
    sectorStart[i] = si;
    for (const s of e.sectors) {
      const at = sectorIndex.get(s);
      if (at !== undefined) eventSectors[si++] = at;
    }
    peopleStart[i] = pi;
    for (const p of e.participants) {
      const at = personIndex.get(p.personId);
      if (at !== undefined) eventPeople[pi++] = at;
    }
  };
  const finish = () => {
    sectorStart[n] = si;
    peopleStart[n] = pi;
    return { eventSectors, sectorStart, eventPeople, peopleStart };
  };
  return { put, finish };
}

/** Event types in order of first appearance; `typeOf` numbers a type, adding it if new. */
function typeLookup() {
  const types: string[] = [];
  const typeIndex = new Map<string, number>();
  const typeOf = (type: string) => {
    let t = typeIndex.get(type);
    if (t === undefined) {
      t = types.length;
      types.push(type);
      typeIndex.set(type, t);
    }
    return t;
  };
  return { types, typeIndex, typeOf };
}

/**
 * Trips (and meetings abroad) in order of first appearance; `visitOf` gives an engagement's
 * trip, or -1 when nobody travelled, and keeps each trip's highest level.
 */
function visitLookup() {
  const visits: VisitInfo[] = [];
  const visitIndex = new Map<string, number>();
  const visitOf = (e: EngagementEvent, direction: Direction, year: number, levelRank: number) => {
    if (direction.kind === 'none') return -1;
    // An engagement abroad without a visitId is a trip (or a meeting abroad) of its own.
    const visitKey = e.visitId ?? `\u0000${e.id}`;
    let v = visitIndex.get(visitKey);
    if (v === undefined) {
      v = visits.length;
      visits.push({
        id: visitKey,
        bilateral: direction.kind === 'visit',
        year,
        direction: direction.key,
        levelRank,
      });
      visitIndex.set(visitKey, v);
    } else {
      const info = visits[v]!;
      if (levelRank < info.levelRank) info.levelRank = levelRank;
    }
    return v;
  };
  return { visits, visitIndex, visitOf };
}

type EventColumns = MembershipColumns &
  Pick<
    DatasetIndex,
    | 'year'
    | 'minYear'
    | 'maxYear'
    | 'types'
    | 'typeIndex'
    | 'eventType'
    | 'directions'
    | 'directionIndex'
    | 'eventDirection'
    | 'visits'
    | 'visitIndex'
    | 'eventVisit'
    | 'eventLevel'
    | 'eventDocuments'
  >;

/** Every per-event column and the lookups they number into, in one pass over `events`. */
function eventColumns(
  dataset: Dataset,
  events: readonly EngagementEvent[],
  countryNames: ReadonlyMap<string, string>,
  sectorIndex: ReadonlyMap<string, number>,
  personIndex: ReadonlyMap<string, number>,
): EventColumns {
  const n = events.length;
  const memberships = membershipColumns(events, sectorIndex, personIndex);
  const { types, typeIndex, typeOf } = typeLookup();
  const { directions, directionIndex, directionOf } = directionLookup(dataset.meta, countryNames);
  const { visits, visitIndex, visitOf } = visitLookup();
  const year = new Int32Array(n);
  const eventType = new Uint16Array(n);
  const eventDirection = new Uint16Array(n);
  const eventVisit = new Int32Array(n);
  const eventLevel = new Uint8Array(n);
  const eventDocuments = new Uint16Array(n);
  let minYear: number | null = null;
  let maxYear: number | null = null;
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    const y = yearOf(e.date);
    year[i] = y;
    if (minYear === null || y < minYear) minYear = y;
    if (maxYear === null || y > maxYear) maxYear = y;
    memberships.put(i, e);
    eventType[i] = typeOf(e.type);
    const dir = directionOf(e);
    eventDirection[i] = dir;
    const levelRank = LEVELS.indexOf(e.level);
    eventLevel[i] = levelRank;
    eventDocuments[i] = Math.min(0xffff, e.documents?.length ?? 0);
    eventVisit[i] = visitOf(e, directions[dir]!, y, levelRank);
  }
  return {
    ...memberships.finish(),
    year,
    minYear,
    maxYear,
    types,
    typeIndex,
    eventType,
    directions,
    directionIndex,
    eventDirection,
    visits,
    visitIndex,
    eventVisit,
    eventLevel,
    eventDocuments,
  };
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const events = sortByDate(dataset.events);
  const countryNames = countryNamesOf(dataset.meta);
  const sectorIndex = new Map(dataset.sectors.map((s, i) => [s.id, i]));
  const personIndex = new Map(dataset.people.map((p, i) => [p.id, i]));
  const personById = new Map(dataset.people.map((p) => [p.id, p]));
  const columns = eventColumns(dataset, events, countryNames, sectorIndex, personIndex);
  return {
    dataset,
    events,
    n: events.length,
    year: columns.year,
    minYear: columns.minYear,
    maxYear: columns.maxYear,
    sectors: dataset.sectors,
    sectorIndex,
    eventSectors: columns.eventSectors,
    sectorStart: columns.sectorStart,
    people: dataset.people,
    personIndex,
    eventPeople: columns.eventPeople,
    peopleStart: columns.peopleStart,
    types: columns.types,
    typeIndex: columns.typeIndex,
    eventType: columns.eventType,
    directions: columns.directions,
    directionIndex: columns.directionIndex,
    eventDirection: columns.eventDirection,
    visits: columns.visits,
    visitIndex: columns.visitIndex,
    eventVisit: columns.eventVisit,
    eventLevel: columns.eventLevel,
    eventDocuments: columns.eventDocuments,
    countryNames,
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    personById,
    sectorById: new Map(dataset.sectors.map((s) => [s.id, s])),
    searchText: lazySearchText(events, personById),
    ...venueColumns(dataset, events, countryNames),
  };
}
