import type { EngagementEvent, Person } from '../data/schema';
import type { DatasetIndex } from './dataset-index';
import type { Filters } from './filters';
import { LEVEL_GROUPS, levelGroupOf, type LevelGroup } from '../data/labels';
import { LEVELS } from '../data/schema';
import { matchesTerms, queryTerms } from '../lib/text';
import { compactYearAxis, type SkippedYears } from './year-axis';

const activeYears = new WeakMap<DatasetIndex, Set<number>>();
/** The years in which the dataset has at least one engagement, whatever the filters. */
function activeYearsOf(index: DatasetIndex): Set<number> {
  let years = activeYears.get(index);
  if (!years) {
    years = new Set(index.year);
    activeYears.set(index, years);
  }
  return years;
}

/**
 * Cross-filtering. Each event gets a bit per filter it fails. A view ignores its own
 * dimension (the sector grid ignores the sector filter, and so on) so that it can
 * highlight the selection instead of collapsing to it; everything else uses mask === 0.
 */
export const FAIL_SECTOR = 1;
export const FAIL_YEAR = 2;
export const FAIL_DIRECTION = 4;
export const FAIL_TYPE = 8;
export const FAIL_PERSON = 16;
export const FAIL_TEXT = 32;

/** One string per filter dimension; a dimension is recomputed when its key changes. */
interface DimensionKeys {
  sectors: string;
  years: string;
  directions: string;
  types: string;
  people: string;
  text: string;
}

interface TextResult {
  key: string;
  terms: string[];
  /** Indices of the events that match, ascending. */
  matches: Uint32Array;
}

/**
 * Per-index state that makes a filter change cheap: the previous filter state and mask
 * (so only the dimension that changed is recomputed, crossfilter's trick), per-event
 * sector bitmasks, a few recent text-search results, scratch buffers, and the people's
 * name order and latest roles. Kept out of `DatasetIndex` so that stays plain data.
 */
interface IndexCache {
  /** The last `computeDashboard` result and its filter state. */
  lastDashboard: { keys: DimensionKeys; dashboard: Dashboard } | null;
  /** The last filter state and its mask (a private buffer, overwritten on every call). */
  previous: { keys: DimensionKeys; mask: Uint8Array } | null;
  /** Bit s set when event i covers sector s; null with more than 32 sectors. */
  sectorBits: Uint32Array | null | undefined;
  texts: TextResult[];
  /** Scratch "seen" marks: a slot is seen when it holds the current stamp (no clearing). */
  stamp: number;
  visitStamp: Uint32Array;
  headVisitStamp: Uint32Array;
  personStamp: Uint32Array;
  /** Position of each person in name order (localeCompare), for ranking ties. */
  nameRank: Int32Array | null;
  roles: string[] | null;
  /** Reused, zeroed-on-use counting buffers (results are copied out of them). */
  scratch: Record<'grid' | 'people', Uint32Array>;
}

const caches = new WeakMap<DatasetIndex, IndexCache>();
const TEXT_RESULTS_KEPT = 6;

function cacheOf(index: DatasetIndex): IndexCache {
  let cache = caches.get(index);
  if (!cache) {
    cache = {
      lastDashboard: null,
      previous: null,
      sectorBits: undefined,
      texts: [],
      stamp: 0,
      visitStamp: new Uint32Array(index.visits.length),
      headVisitStamp: new Uint32Array(index.visits.length),
      personStamp: new Uint32Array(index.people.length),
      nameRank: null,
      roles: null,
      scratch: { grid: new Uint32Array(0), people: new Uint32Array(0) },
    };
    caches.set(index, cache);
  }
  return cache;
}

/** A zeroed counting buffer of `size` slots, reused across calls. */
function scratch(cache: IndexCache, name: 'grid' | 'people', size: number): Uint32Array {
  let buf = cache.scratch[name];
  if (buf.length < size) buf = cache.scratch[name] = new Uint32Array(size);
  const view = buf.subarray(0, size);
  view.fill(0);
  return view;
}

/** A fresh stamp for the "seen" arrays; clears them only when the counter wraps. */
function nextStamp(cache: IndexCache): number {
  if (cache.stamp >= 0xfffffffe) {
    cache.stamp = 0;
    cache.visitStamp.fill(0);
    cache.headVisitStamp.fill(0);
    cache.personStamp.fill(0);
  }
  return ++cache.stamp;
}

const listKey = (list: readonly string[]) =>
  list.length === 0 ? '' : list.length === 1 ? list[0]! : [...list].sort().join('\u0000');

function dimensionKeys(filters: Filters, terms: readonly string[]): DimensionKeys {
  return {
    sectors: listKey(filters.sectors),
    years: filters.from === null && filters.to === null ? '' : `${filters.from}:${filters.to}`,
    directions: listKey(filters.directions),
    types: listKey(filters.types),
    people: listKey(filters.people),
    text: terms.join('\u0000'),
  };
}

function sectorBitsOf(index: DatasetIndex, cache: IndexCache): Uint32Array | null {
  if (cache.sectorBits !== undefined) return cache.sectorBits;
  if (index.sectors.length > 32) return (cache.sectorBits = null);
  const bits = new Uint32Array(index.n);
  const { eventSectors, sectorStart } = index;
  for (let i = 0; i < index.n; i++) {
    let b = 0;
    for (let k = sectorStart[i]!, end = sectorStart[i + 1]!; k < end; k++) {
      b |= 1 << eventSectors[k]!;
    }
    bits[i] = b >>> 0;
  }
  return (cache.sectorBits = bits);
}

/** Marks of the ids of a list in a lookup of the index (unknown ids match nothing). */
function wantedOf(ids: readonly string[], lookup: Map<string, number>, size: number): Uint8Array {
  const wanted = new Uint8Array(size);
  for (const id of ids) {
    const at = lookup.get(id);
    if (at !== undefined) wanted[at] = 1;
  }
  return wanted;
}

function applySectors(index: DatasetIndex, cache: IndexCache, mask: Uint8Array, ids: string[]) {
  const { n } = index;
  const keep = ~FAIL_SECTOR & 0xff;
  if (ids.length === 0) {
    for (let i = 0; i < n; i++) mask[i]! &= keep;
    return;
  }
  const bits = sectorBitsOf(index, cache);
  if (bits) {
    let wanted = 0;
    for (const id of ids) {
      const at = index.sectorIndex.get(id);
      if (at !== undefined) wanted |= 1 << at;
    }
    for (let i = 0; i < n; i++) {
      mask[i] = (mask[i]! & keep) | ((bits[i]! & wanted) === 0 ? FAIL_SECTOR : 0);
    }
    return;
  }
  const wanted = wantedOf(ids, index.sectorIndex, index.sectors.length);
  const { eventSectors, sectorStart } = index;
  for (let i = 0; i < n; i++) {
    let fail = FAIL_SECTOR;
    for (let k = sectorStart[i]!, end = sectorStart[i + 1]!; k < end; k++) {
      if (wanted[eventSectors[k]!]) {
        fail = 0;
        break;
      }
    }
    mask[i] = (mask[i]! & keep) | fail;
  }
}

function applyYears(index: DatasetIndex, mask: Uint8Array, filters: Filters) {
  const { n, year } = index;
  const keep = ~FAIL_YEAR & 0xff;
  if (filters.from === null && filters.to === null) {
    for (let i = 0; i < n; i++) mask[i]! &= keep;
    return;
  }
  const from = filters.from ?? -Infinity;
  const to = filters.to ?? Infinity;
  for (let i = 0; i < n; i++) {
    const y = year[i]!;
    mask[i] = (mask[i]! & keep) | (y < from || y > to ? FAIL_YEAR : 0);
  }
}

/** One-valued-per-event dimensions: direction and type. */
function applyColumn(
  n: number,
  mask: Uint8Array,
  column: Uint16Array,
  wanted: Uint8Array | null,
  bit: number,
) {
  const keep = ~bit & 0xff;
  if (!wanted) {
    for (let i = 0; i < n; i++) mask[i]! &= keep;
    return;
  }
  for (let i = 0; i < n; i++) mask[i] = (mask[i]! & keep) | (wanted[column[i]!] ? 0 : bit);
}

function applyPeople(index: DatasetIndex, mask: Uint8Array, ids: string[]) {
  const { n, eventPeople, peopleStart } = index;
  const keep = ~FAIL_PERSON & 0xff;
  if (ids.length === 0) {
    for (let i = 0; i < n; i++) mask[i]! &= keep;
    return;
  }
  const wanted = wantedOf(ids, index.personIndex, index.people.length);
  for (let i = 0; i < n; i++) {
    let fail = FAIL_PERSON;
    for (let k = peopleStart[i]!, end = peopleStart[i + 1]!; k < end; k++) {
      if (wanted[eventPeople[k]!]) {
        fail = 0;
        break;
      }
    }
    mask[i] = (mask[i]! & keep) | fail;
  }
}

/**
 * Events matching every term. Recent results are kept; while the user types ("dj", "dju",
 * "djuric") a query whose terms each extend a cached one only searches that one's matches.
 */
function textMatches(index: DatasetIndex, cache: IndexCache, terms: string[], key: string) {
  const hit = cache.texts.findIndex((t) => t.key === key);
  if (hit >= 0) {
    const found = cache.texts[hit]!;
    cache.texts.splice(hit, 1);
    cache.texts.unshift(found);
    return found.matches;
  }
  const text = index.searchText();
  let narrowest: TextResult | null = null;
  for (const t of cache.texts) {
    const implied = t.terms.every((old) => terms.some((term) => term.startsWith(old)));
    if (implied && (!narrowest || t.matches.length < narrowest.matches.length)) narrowest = t;
  }
  const found: number[] = [];
  if (narrowest) {
    for (const i of narrowest.matches) if (matchesTerms(text[i]!, terms)) found.push(i);
  } else {
    for (let i = 0; i < index.n; i++) if (matchesTerms(text[i]!, terms)) found.push(i);
  }
  const matches = Uint32Array.from(found);
  cache.texts.unshift({ key, terms, matches });
  if (cache.texts.length > TEXT_RESULTS_KEPT) cache.texts.length = TEXT_RESULTS_KEPT;
  return matches;
}

function applyText(
  index: DatasetIndex,
  cache: IndexCache,
  mask: Uint8Array,
  terms: string[],
  key: string,
) {
  const { n } = index;
  const keep = ~FAIL_TEXT & 0xff;
  if (terms.length === 0) {
    for (let i = 0; i < n; i++) mask[i]! &= keep;
    return;
  }
  const matches = textMatches(index, cache, terms, key);
  for (let i = 0; i < n; i++) mask[i]! |= FAIL_TEXT;
  for (let k = 0; k < matches.length; k++) mask[matches[k]!]! &= keep;
}

/**
 * The filter mask: for each event, a bit per filter it fails. Only the dimensions that
 * differ from the previous call on the same index are recomputed; the result is always a
 * new array (earlier results are never changed).
 */
export function filterMasks(index: DatasetIndex, filters: Filters): Uint8Array {
  return maskAndKeys(index, filters).mask;
}

function maskAndKeys(
  index: DatasetIndex,
  filters: Filters,
): { mask: Uint8Array; keys: DimensionKeys } {
  const { n } = index;
  const cache = cacheOf(index);
  const terms = queryTerms(filters.q);
  const keys = dimensionKeys(filters, terms);
  const prev = cache.previous;
  const mask = new Uint8Array(n);
  // Without a previous state every dimension starts as "no filter" (all bits clear).
  const base: DimensionKeys = prev
    ? prev.keys
    : { sectors: '', years: '', directions: '', types: '', people: '', text: '' };
  if (prev) mask.set(prev.mask);

  if (keys.sectors !== base.sectors) applySectors(index, cache, mask, filters.sectors);
  if (keys.years !== base.years) applyYears(index, mask, filters);
  if (keys.directions !== base.directions) {
    applyColumn(
      n,
      mask,
      index.eventDirection,
      filters.directions.length > 0
        ? wantedOf(filters.directions, index.directionIndex, index.directions.length)
        : null,
      FAIL_DIRECTION,
    );
  }
  if (keys.types !== base.types) {
    applyColumn(
      n,
      mask,
      index.eventType,
      filters.types.length > 0
        ? wantedOf(filters.types, index.typeIndex, index.types.length)
        : null,
      FAIL_TYPE,
    );
  }
  if (keys.people !== base.people) applyPeople(index, mask, filters.people);
  if (keys.text !== base.text) applyText(index, cache, mask, terms, keys.text);

  // Keep our own copy (callers own the array they get back), in a reused buffer: at 10^6
  // events a fresh megabyte per change only feeds the garbage collector.
  const own = prev && prev.mask.length === n ? prev.mask : new Uint8Array(n);
  own.set(mask);
  cache.previous = { keys, mask: own };
  return { mask, keys };
}

/** Bits a view ignores: its own dimension. */
const passes = (mask: Uint8Array, i: number, ignore: number) => (mask[i]! & ~ignore) === 0;

export interface Headline {
  engagements: number;
  /** Trips by one side to the other (meetings at third-country venues are not visits). */
  visits: number;
  /** Documents signed at the engagements (agreements, memoranda, declarations…). */
  documents: number;
  people: number;
  sectors: number;
  firstYear: number | null;
  lastYear: number | null;
  /** Distinct calendar years with at least one engagement. */
  activeYears: number;
}

export function headlineStats(index: DatasetIndex, mask: Uint8Array): Headline {
  return aggregate(index, mask, null, WANT_HEADLINE).headline!;
}

export function yearRange(first: number | null, last: number | null): number[] {
  if (first === null || last === null || last < first) return [];
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}

export interface VisitYear {
  year: number;
  /** Trips per direction key (`AZ-RS` …), each trip counted once. */
  byDirection: Record<string, number>;
  byLevel: Record<LevelGroup, number>;
  /** Meetings at a venue in neither country, each trip (visitId) counted once. */
  elsewhere: number;
  /** Engagements without travel: calls, summonses. */
  contacts: number;
  visits: number;
}

/**
 * Trips per year. Engagements that share a visitId are one trip, counted in the year of
 * its first engagement, at the highest level of anyone on it. Every year of the dataset is
 * present, including years with none; the year and direction filters are ignored here so
 * the chart can highlight them.
 */
export function visitsByYear(
  index: DatasetIndex,
  mask: Uint8Array,
  ignore: number = FAIL_YEAR | FAIL_DIRECTION,
): VisitYear[] {
  return aggregate(index, mask, null, WANT_VISITS, ignore).visits!;
}

export interface SectorRow {
  sectorId: string;
  label: string;
  total: number;
  /** Engagements per year, aligned with `SectorMatrix.years`. */
  counts: number[];
}

export interface SectorMatrix {
  years: number[];
  /** Runs of years with no engagement in the dataset, left off `years`. */
  skipped: SkippedYears[];
  rows: SectorRow[];
  max: number;
}

/**
 * Engagements per sector and year (an engagement counts in every sector it covers). Rows
 * are sorted by total, largest first; sectors with no engagement stay, at the bottom, so
 * the grid does not jump when filters change. Ignores the sector filter.
 */
export function sectorMatrix(
  index: DatasetIndex,
  mask: Uint8Array,
  filters: Filters,
): SectorMatrix {
  return aggregate(index, mask, filters, WANT_SECTORS).sectors!;
}

export interface PersonRank {
  personId: string;
  name: string;
  country: string;
  /** The most recent role the sources give. */
  role: string;
  engagements: number;
}

export function latestRole(person: Person): string {
  let best = '';
  let bestKey = '';
  for (const r of person.roles) {
    const key = r.to ?? r.asOf ?? r.from ?? '';
    if (best === '' || key >= bestKey) {
      best = r.title;
      bestKey = key;
    }
  }
  return best;
}

/** People ranked by the engagements they took part in; ignores the person filter. */
export function peopleRanking(index: DatasetIndex, mask: Uint8Array): PersonRank[] {
  return aggregate(index, mask, null, WANT_PEOPLE).people!;
}

const WANT_HEADLINE = 1;
const WANT_VISITS = 2;
const WANT_SECTORS = 4;
const WANT_PEOPLE = 8;

/** Per-trip columns for the visit counts, built once per index. */
interface VisitColumns {
  /** Offset of the trip's year from `index.minYear`. */
  year: Int32Array;
  direction: Uint16Array;
  group: Uint8Array;
}
const visitColumns = new WeakMap<DatasetIndex, VisitColumns>();

const ELSEWHERE_SLOT = LEVEL_GROUPS.length;
const GROUP_SLOTS = LEVEL_GROUPS.length + 1;

function visitColumnsOf(index: DatasetIndex): VisitColumns {
  let cols = visitColumns.get(index);
  if (!cols) {
    const m = index.visits.length;
    cols = { year: new Int32Array(m), direction: new Uint16Array(m), group: new Uint8Array(m) };
    const base = index.minYear ?? 0;
    for (let v = 0; v < m; v++) {
      const visit = index.visits[v]!;
      cols.year[v] = visit.year - base;
      cols.direction[v] = index.directionIndex.get(visit.direction) ?? 0;
      // A meeting abroad goes in the slot after the level groups: it is not a visit.
      cols.group[v] = visit.bilateral
        ? LEVEL_GROUPS.indexOf(levelGroupOf(LEVELS[visit.levelRank]!))
        : ELSEWHERE_SLOT;
    }
    visitColumns.set(index, cols);
  }
  return cols;
}

function nameRankOf(index: DatasetIndex, cache: IndexCache): Int32Array {
  if (!cache.nameRank) {
    const order = index.people.map((_, i) => i);
    order.sort((a, b) => index.people[a]!.name.localeCompare(index.people[b]!.name) || a - b);
    const rank = new Int32Array(order.length);
    order.forEach((p, r) => (rank[p] = r));
    cache.nameRank = rank;
  }
  return cache.nameRank;
}

interface Aggregates {
  headline?: Headline;
  visits?: VisitYear[];
  sectors?: SectorMatrix;
  people?: PersonRank[];
}

/**
 * Every aggregate in one pass over the events (each view reads the events its own
 * cross-filter rule lets through), counting into flat typed arrays that are turned into
 * the views' row objects at the end.
 */
function aggregate(
  index: DatasetIndex,
  mask: Uint8Array,
  filters: Filters | null,
  want: number,
  visitIgnore: number = FAIL_YEAR | FAIL_DIRECTION,
): Aggregates {
  const cache = cacheOf(index);
  const stamp = nextStamp(cache);
  const { n, year, eventVisit, eventSectors, sectorStart, eventPeople, peopleStart } = index;
  const base = index.minYear ?? 0;
  const span =
    index.minYear === null || index.maxYear === null ? 0 : index.maxYear - index.minYear + 1;
  const sectorCount = index.sectors.length;
  const dirCount = index.directions.length;

  const doHead = (want & WANT_HEADLINE) !== 0;
  const doVisits = (want & WANT_VISITS) !== 0 && span > 0;
  const doSectors = (want & WANT_SECTORS) !== 0;
  const doPeople = (want & WANT_PEOPLE) !== 0;

  // Headline.
  let engagements = 0;
  let headVisits = 0;
  let documents = 0;
  const { eventDocuments } = index;
  let headPeople = 0;
  let firstYear: number | null = null;
  let lastYear: number | null = null;
  const yearSeen = new Uint8Array(span);
  const sectorSeen = new Uint8Array(sectorCount);
  const { headVisitStamp, visitStamp, personStamp } = cache;
  const bits = doHead ? sectorBitsOf(index, cache) : null;
  let sectorUnion = 0;

  // Visits per year.
  const cols = doVisits ? visitColumnsOf(index) : null;
  const tripsByDir = new Int32Array(doVisits ? span * dirCount : 0);
  const tripsByGroup = new Int32Array(doVisits ? span * GROUP_SLOTS : 0);
  const trips = new Int32Array(doVisits ? span : 0);
  const contacts = new Int32Array(doVisits ? span : 0);

  // Sector matrix: the dataset's years clipped to the year filter.
  let years: number[] = [];
  if (doSectors) {
    const from = filters?.from ?? null;
    const to = filters?.to ?? null;
    const first =
      from !== null && index.minYear !== null ? Math.max(from, index.minYear) : index.minYear;
    const last =
      to !== null && index.maxYear !== null ? Math.min(to, index.maxYear) : index.maxYear;
    years = yearRange(first, last);
  }
  const cells = years.length;
  const sectorFirst = years[0] ?? 0;
  const grid = scratch(cache, 'grid', doSectors ? sectorCount * cells : 0);

  // People.
  const personCounts = scratch(cache, 'people', doPeople ? index.people.length : 0);

  const notVisitDims = ~visitIgnore;
  const notSector = ~FAIL_SECTOR;
  const notPerson = ~FAIL_PERSON;

  for (let i = 0; i < n; i++) {
    const m = mask[i]!;
    if (m === 0 && doHead) {
      engagements++;
      const y = year[i]!;
      yearSeen[y - base] = 1;
      if (firstYear === null || y < firstYear) firstYear = y;
      if (lastYear === null || y > lastYear) lastYear = y;
      documents += eventDocuments[i]!;
      const v = eventVisit[i]!;
      if (v >= 0 && headVisitStamp[v] !== stamp) {
        headVisitStamp[v] = stamp;
        if (index.visits[v]!.bilateral) headVisits++;
      }
      if (bits) sectorUnion |= bits[i]!;
      else {
        for (let k = sectorStart[i]!, end = sectorStart[i + 1]!; k < end; k++) {
          sectorSeen[eventSectors[k]!] = 1;
        }
      }
      if (!doPeople) {
        for (let k = peopleStart[i]!, end = peopleStart[i + 1]!; k < end; k++) {
          const p = eventPeople[k]!;
          if (personStamp[p] !== stamp) {
            personStamp[p] = stamp;
            headPeople++;
          }
        }
      }
    }
    if ((m & notVisitDims) === 0) {
      if (doVisits) {
        const v = eventVisit[i]!;
        if (v < 0) contacts[year[i]! - base]!++;
        else if (visitStamp[v] !== stamp) {
          visitStamp[v] = stamp;
          const row = cols!.year[v]!;
          const group = cols!.group[v]!;
          if (group !== ELSEWHERE_SLOT) trips[row]!++;
          tripsByDir[row * dirCount + cols!.direction[v]!]!++;
          tripsByGroup[row * GROUP_SLOTS + group]!++;
        }
      }
    }
    if (doSectors && (m & notSector) === 0) {
      const col = year[i]! - sectorFirst;
      if (col >= 0 && col < cells) {
        // Year-major: events are sorted by date, so consecutive events hit the same row.
        const at = col * sectorCount;
        for (let k = sectorStart[i]!, end = sectorStart[i + 1]!; k < end; k++) {
          grid[at + eventSectors[k]!]!++;
        }
      }
    }
    if (doPeople && (m & notPerson) === 0) {
      // The headline's distinct people ride along (events with m === 0 pass here too).
      const head = m === 0 && doHead;
      for (let k = peopleStart[i]!, end = peopleStart[i + 1]!; k < end; k++) {
        const p = eventPeople[k]!;
        personCounts[p]!++;
        if (head && personStamp[p] !== stamp) {
          personStamp[p] = stamp;
          headPeople++;
        }
      }
    }
  }

  const out: Aggregates = {};
  if (doHead) {
    let activeYears = 0;
    for (let k = 0; k < span; k++) activeYears += yearSeen[k]!;
    let sectors = 0;
    for (let k = 0; k < sectorCount; k++) {
      sectors += bits ? (sectorUnion >>> k) & 1 : sectorSeen[k]!;
    }
    out.headline = {
      engagements,
      visits: headVisits,
      documents,
      people: headPeople,
      sectors,
      firstYear,
      lastYear,
      activeYears,
    };
  }

  if ((want & WANT_VISITS) !== 0) {
    const travel = index.directions
      .map((d, k) => [d, k] as const)
      .filter(([d]) => d.kind === 'visit');
    out.visits = yearRange(index.minYear, index.maxYear).map((y, row) => {
      const byDirection: Record<string, number> = {};
      for (const [d, k] of travel)
        byDirection[d.key] = doVisits ? tripsByDir[row * dirCount + k]! : 0;
      const byLevel = {} as Record<LevelGroup, number>;
      LEVEL_GROUPS.forEach((g, k) => {
        byLevel[g] = doVisits ? tripsByGroup[row * GROUP_SLOTS + k]! : 0;
      });
      return {
        year: y,
        byDirection,
        byLevel,
        elsewhere: doVisits ? tripsByGroup[row * GROUP_SLOTS + ELSEWHERE_SLOT]! : 0,
        contacts: doVisits ? contacts[row]! : 0,
        visits: doVisits ? trips[row]! : 0,
      };
    });
  }

  if (doSectors) {
    // Long runs of years with no engagement anywhere in the dataset are left off the grid;
    // they hold no counts, so nothing is lost, and the view says which years it skipped.
    const axis = compactYearAxis(years, (y) => activeYearsOf(index).has(y));
    const kept = axis.years.map((y) => y - sectorFirst);
    let max = 0;
    const rows: SectorRow[] = index.sectors.map((s, k) => {
      const counts = new Array<number>(kept.length);
      let total = 0;
      kept.forEach((col, j) => {
        const c = grid[col * sectorCount + k]!;
        counts[j] = c;
        total += c;
        if (c > max) max = c;
      });
      return { sectorId: s.id, label: s.label, total, counts };
    });
    rows.sort((x, y) => y.total - x.total || x.label.localeCompare(y.label));
    out.sectors = { years: axis.years, skipped: axis.skipped, rows, max };
  }

  if (doPeople) {
    const rank = nameRankOf(index, cache);
    const roles = (cache.roles ??= index.people.map(latestRole));
    const ranked: number[] = [];
    for (let p = 0; p < personCounts.length; p++) if (personCounts[p]! > 0) ranked.push(p);
    ranked.sort((a, b) => personCounts[b]! - personCounts[a]! || rank[a]! - rank[b]!);
    out.people = ranked.map((p) => {
      const person = index.people[p]!;
      return {
        personId: person.id,
        name: person.name,
        country: person.country,
        role: roles[p]!,
        engagements: personCounts[p]!,
      };
    });
  }
  return out;
}

export type SortOrder = 'newest' | 'oldest';

/** Engagements that pass every filter, newest first unless asked otherwise. */
export function filteredEvents(
  index: DatasetIndex,
  mask: Uint8Array,
  order: SortOrder = 'newest',
): EngagementEvent[] {
  const out: EngagementEvent[] = [];
  if (order === 'oldest') {
    for (let i = 0; i < index.n; i++) if (mask[i] === 0) out.push(index.events[i]!);
  } else {
    for (let i = index.n - 1; i >= 0; i--) if (mask[i] === 0) out.push(index.events[i]!);
  }
  return out;
}

/** The engagements behind one cell of the sector grid. */
export function sectorYearEvents(
  index: DatasetIndex,
  mask: Uint8Array,
  sectorId: string,
  year: number,
): EngagementEvent[] {
  const s = index.sectorIndex.get(sectorId);
  if (s === undefined) return [];
  const out: EngagementEvent[] = [];
  for (let i = index.n - 1; i >= 0; i--) {
    if (index.year[i] !== year || !passes(mask, i, FAIL_SECTOR)) continue;
    for (let k = index.sectorStart[i]!, end = index.sectorStart[i + 1]!; k < end; k++) {
      if (index.eventSectors[k] === s) {
        out.push(index.events[i]!);
        break;
      }
    }
  }
  return out;
}

/** A person's engagements under every filter but the person filter, newest first. */
export function personEvents(
  index: DatasetIndex,
  mask: Uint8Array,
  personId: string,
): EngagementEvent[] {
  const p = index.personIndex.get(personId);
  if (p === undefined) return [];
  const out: EngagementEvent[] = [];
  for (let i = index.n - 1; i >= 0; i--) {
    if (!passes(mask, i, FAIL_PERSON)) continue;
    for (let k = index.peopleStart[i]!, end = index.peopleStart[i + 1]!; k < end; k++) {
      if (index.eventPeople[k] === p) {
        out.push(index.events[i]!);
        break;
      }
    }
  }
  return out;
}

export interface Dashboard {
  mask: Uint8Array;
  headline: Headline;
  visits: VisitYear[];
  sectors: SectorMatrix;
  people: PersonRank[];
}

/**
 * Every view's aggregates for one filter state. The events list is derived lazily.
 *
 * A view that ignores the dimension that changed keeps its previous result, the very same
 * object (a sector toggle leaves the sector grid as it was, a person toggle the people
 * ranking, a year or direction change the visit counts), which saves the work and lets
 * memoised views skip rendering. Treat the results as read-only.
 */
export function computeDashboard(index: DatasetIndex, filters: Filters): Dashboard {
  const { mask, keys } = maskAndKeys(index, filters);
  const cache = cacheOf(index);
  const last = cache.lastDashboard;
  const same = (dims: (keyof DimensionKeys)[]) =>
    last !== null && dims.every((d) => last.keys[d] === keys[d]);
  // What each view depends on: every dimension but the ones it ignores.
  const keepVisits = same(['sectors', 'types', 'people', 'text']);
  const keepSectors = same(['years', 'directions', 'types', 'people', 'text']);
  const keepPeople = same(['sectors', 'years', 'directions', 'types', 'text']);
  const want =
    WANT_HEADLINE |
    (keepVisits ? 0 : WANT_VISITS) |
    (keepSectors ? 0 : WANT_SECTORS) |
    (keepPeople ? 0 : WANT_PEOPLE);
  const all = aggregate(index, mask, filters, want);
  const dashboard: Dashboard = {
    mask,
    headline: all.headline!,
    visits: keepVisits ? last!.dashboard.visits : all.visits!,
    sectors: keepSectors ? last!.dashboard.sectors : all.sectors!,
    people: keepPeople ? last!.dashboard.people : all.people!,
  };
  cache.lastDashboard = { keys, dashboard };
  return dashboard;
}
