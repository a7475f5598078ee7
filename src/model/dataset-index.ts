import {
  LEVELS,
  type Dataset,
  type EngagementEvent,
  type Person,
  type Sector,
  type Source,
} from '../data/schema';
import { dateSortKey, yearOf } from './dates';
import { ELSEWHERE, NO_TRAVEL } from './filters';
import { SearchableTextBuilder, searchableText } from '../lib/text';

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
export interface DatasetIndex {
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

/** YYYYMMDD as a number, partial dates with 00 (as `dateSortKey` orders them), or -1. */
function dateNumber(date: string): number {
  const len = date.length;
  if (len !== 4 && len !== 7 && len !== 10) return -1;
  let v = 0;
  for (let k = 0; k < len; k++) {
    const c = date.charCodeAt(k);
    if (k === 4 || k === 7) {
      if (c !== 45) return -1;
    } else if (c >= 48 && c <= 57) v = v * 10 + (c - 48);
    else return -1;
  }
  return len === 4 ? v * 10000 : len === 7 ? v * 100 : v;
}

/**
 * Events by date, oldest first, ties in file order: the order of `dateSortKey`, sorted as
 * numbers (date × n + position) in a typed array, which is much faster than comparing
 * strings at 10^6 events. Falls back to the string keys for a date of another shape.
 */
function sortByDate(list: readonly EngagementEvent[]): EngagementEvent[] {
  const n = list.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = dateNumber(list[i]!.date);
    if (d < 0 || n * 1e8 > Number.MAX_SAFE_INTEGER) {
      const keyed = list.map((e, j) => ({ e, k: dateSortKey(e.date), j }));
      keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.j - b.j));
      return keyed.map((x) => x.e);
    }
    keys[i] = d * n + i;
  }
  keys.sort();
  const out = new Array<EngagementEvent>(n);
  for (let k = 0; k < n; k++) out[k] = list[keys[k]! % n]!;
  return out;
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const events = sortByDate(dataset.events);
  const n = events.length;

  const countryNames = new Map<string, string>();
  for (const c of dataset.meta.countries) countryNames.set(c.code, c.name);
  for (const c of dataset.meta.otherCountries) countryNames.set(c.code, c.name);

  const sectorIndex = new Map(dataset.sectors.map((s, i) => [s.id, i]));
  const personIndex = new Map(dataset.people.map((p, i) => [p.id, i]));

  const [a, b] = dataset.meta.countries;
  const pair = dataset.meta.countries.map((c) => c.code);
  const directions: Direction[] = [];
  const directionIndex = new Map<string, number>();
  const addDirection = (guest: string | null, host: string | null, place: string | null) => {
    const key = directionKeyOf(guest, host, place, pair);
    let at = directionIndex.get(key);
    if (at === undefined) {
      at = directions.length;
      directions.push(
        key === NO_TRAVEL
          ? { key, kind: 'none', label: NO_TRAVEL_LABEL, guest: null, host: null }
          : key === ELSEWHERE
            ? { key, kind: 'elsewhere', label: ELSEWHERE_LABEL, guest: null, host: null }
            : {
                key,
                kind: 'visit',
                label: `${countryNames.get(guest!) ?? guest} → ${countryNames.get(host!) ?? host}`,
                guest,
                host,
              },
      );
      directionIndex.set(key, at);
    }
    return at;
  };
  if (a && b) {
    addDirection(a.code, b.code, null);
    addDirection(b.code, a.code, null);
  }
  addDirection(null, null, null);

  const types: string[] = [];
  const typeIndex = new Map<string, number>();

  const year = new Int32Array(n);
  const sectorStart = new Uint32Array(n + 1);
  const peopleStart = new Uint32Array(n + 1);
  const eventType = new Uint16Array(n);
  const eventDirection = new Uint16Array(n);
  const eventVisit = new Int32Array(n);
  const eventLevel = new Uint8Array(n);
  const eventDocuments = new Uint16Array(n);
  let sectorCount = 0;
  let peopleCount = 0;
  for (const e of events) {
    sectorCount += e.sectors.length;
    peopleCount += e.participants.length;
  }
  const eventSectors = new Uint16Array(sectorCount);
  const eventPeople = new Uint32Array(peopleCount);

  const visits: VisitInfo[] = [];
  const visitIndex = new Map<string, number>();
  let minYear: number | null = null;
  let maxYear: number | null = null;
  let si = 0;
  let pi = 0;
  let lastGuest: string | null | undefined;
  let lastHost: string | null | undefined;
  let lastPlace: string | null | undefined;
  let lastDir = 0;
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    const y = yearOf(e.date);
    year[i] = y;
    if (minYear === null || y < minYear) minYear = y;
    if (maxYear === null || y > maxYear) maxYear = y;

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

    let t = typeIndex.get(e.type);
    if (t === undefined) {
      t = types.length;
      types.push(e.type);
      typeIndex.set(e.type, t);
    }
    eventType[i] = t;

    // Consecutive events mostly share a direction: skip the key and lookup then.
    let dir = lastDir;
    const place = e.place?.country ?? null;
    if (e.guestCountry !== lastGuest || e.hostCountry !== lastHost || place !== lastPlace) {
      dir = lastDir = addDirection(e.guestCountry, e.hostCountry, place);
      lastGuest = e.guestCountry;
      lastHost = e.hostCountry;
      lastPlace = place;
    }
    eventDirection[i] = dir;
    const levelRank = LEVELS.indexOf(e.level);
    eventLevel[i] = levelRank;
    eventDocuments[i] = Math.min(0xffff, e.documents?.length ?? 0);

    const direction = directions[dir]!;
    if (direction.kind !== 'none') {
      // An engagement abroad without a visitId is a trip (or a meeting abroad) of its own.
      const visitKey = e.visitId ?? `\u0000${e.id}`;
      let v = visitIndex.get(visitKey);
      if (v === undefined) {
        v = visits.length;
        visits.push({
          id: visitKey,
          bilateral: direction.kind === 'visit',
          year: y,
          direction: direction.key,
          levelRank,
        });
        visitIndex.set(visitKey, v);
      } else {
        const info = visits[v]!;
        if (levelRank < info.levelRank) info.levelRank = levelRank;
      }
      eventVisit[i] = v;
    } else {
      eventVisit[i] = -1;
    }
  }
  sectorStart[n] = si;
  peopleStart[n] = pi;

  let search: string[] | null = null;
  const personById = new Map(dataset.people.map((p) => [p.id, p]));
  const searchText = () => {
    if (search) return search;
    // searchableText(a + ' ' + b) === searchableText(a) + searchableText(b) when neither is
    // blank, so the parts that repeat across events (people, roles, cities, topics) are
    // folded once each, and each event's text is built in one go.
    const memo = new Map<string, string>();
    const folded = (s: string) => {
      let out = memo.get(s);
      if (out === undefined) {
        out = searchableText(s);
        if (memo.size < 200_000) memo.set(s, out);
      }
      return out;
    };
    const personText = new Map<string, string>();
    const personFolded = (id: string) => {
      let out = personText.get(id);
      if (out === undefined) {
        const person = personById.get(id);
        out = '';
        if (person) {
          const b = new SearchableTextBuilder();
          b.add(person.name);
          for (const alias of person.aliases) b.add(alias);
          out = b.finish();
        }
        personText.set(id, out);
      }
      return out;
    };
    const b = new SearchableTextBuilder();
    search = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const e = events[i]!;
      b.add(e.title);
      b.add(e.summary);
      if (e.place?.city) b.addFolded(folded(e.place.city));
      for (const t of e.topics) b.addFolded(folded(t));
      for (const p of e.participants) {
        b.addFolded(personFolded(p.personId));
        if (p.role !== '') b.addFolded(folded(p.role));
      }
      search[i] = b.finish();
    }
    return search;
  };

  return {
    dataset,
    events,
    n,
    year,
    minYear,
    maxYear,
    sectors: dataset.sectors,
    sectorIndex,
    eventSectors,
    sectorStart,
    people: dataset.people,
    personIndex,
    eventPeople,
    peopleStart,
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
    countryNames,
    sourceById: new Map(dataset.sources.map((s) => [s.id, s])),
    personById,
    sectorById: new Map(dataset.sectors.map((s) => [s.id, s])),
    searchText,
  };
}
