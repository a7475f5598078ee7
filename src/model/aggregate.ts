/**
 * Every aggregate of one filter state. Each view has a rule (the filter bits it does not
 * ignore); the events a rule lets through are gathered once into a list of ids, and each
 * view then counts over its list, column by column, into flat typed arrays that are turned
 * into the views' row objects at the end. A view that no active filter touches counts over
 * every event without looking at the mask.
 */
import { LEVEL_GROUPS, type LevelGroup } from '../data/labels';
import type { Headline, PersonRank, SectorMatrix, SectorRow, VisitYear } from './dashboard';
import type { DatasetIndex } from './dataset-index';
import { ALL_BITS, type FilterMask } from './filter-dimensions';
import { FAIL_PERSON, FAIL_SECTOR, FAIL_DIRECTION, FAIL_YEAR } from './filter-mask';
import type { Filters } from './filters';
import { ELSEWHERE_SLOT, GROUP_SLOTS, hotColumnsOf, type HotColumns } from './hot-columns';
import {
  bitsetOf,
  cacheOf,
  listBuffer,
  nameRankOf,
  nextStamp,
  scratch,
  type IndexCache,
} from './index-cache';
import { yearRange } from './dates';
import { latestRole } from './person-role';
import { narrowIds } from './posting-lists';
import { compactYearAxis } from './year-axis';

export const WANT_HEADLINE = 1;
export const WANT_VISITS = 2;
export const WANT_SECTORS = 4;
export const WANT_PEOPLE = 8;

export interface Aggregates {
  headline?: Headline;
  visits?: VisitYear[];
  sectors?: SectorMatrix;
  people?: PersonRank[];
}

/** The events one rule lets through: `ids[0 .. len)`, ascending. */
interface EventList {
  rule: number;
  ids: Uint32Array;
  len: number;
}

/** The shared state of one recompute. */
interface Pass {
  index: DatasetIndex;
  cache: IndexCache;
  cols: HotColumns;
  stamp: number;
}

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

/** The sector grid's years: the dataset's, clipped to the year filter. */
function sectorYears(index: DatasetIndex, filters: Filters | null): number[] {
  const from = filters?.from ?? null;
  const to = filters?.to ?? null;
  const first =
    from !== null && index.minYear !== null ? Math.max(from, index.minYear) : index.minYear;
  const last = to !== null && index.maxYear !== null ? Math.min(to, index.maxYear) : index.maxYear;
  return yearRange(first, last);
}

/**
 * The event list of each rule, made once per distinct rule: narrowed from the shortest list
 * already made whose rule it includes (every event, at first), so a selective filter's
 * events are found once and the other views' lists are cut from them.
 */
function eventLists(s: Pass, mask: FilterMask): (rule: number) => EventList {
  const made: EventList[] = [{ rule: 0, ids: s.cols.all, len: s.index.n }];
  return (rule) => {
    let from = made[0]!;
    for (const list of made) {
      if (list.rule === rule) return list;
      if ((list.rule & ~rule) === 0 && list.len < from.len) from = list;
    }
    const ids = listBuffer(s.cache, made.length - 1, s.index.n);
    const list = { rule, ids, len: narrowIds(mask, rule, from.ids, from.len, ids) };
    made.push(list);
    return list;
  };
}

interface YearsAndDocuments {
  documents: number;
  first: number | null;
  last: number | null;
  activeYears: number;
}

function yearsAndDocuments({ index, cols }: Pass, { ids, len }: EventList): YearsAndDocuments {
  const { year, eventDocuments } = index;
  const { base } = cols;
  const seen = new Uint8Array(cols.span);
  let documents = 0;
  for (let k = 0; k < len; k++) {
    const i = ids[k]!;
    documents += eventDocuments[i]!;
    seen[year[i]! - base] = 1;
  }
  let first: number | null = null;
  let last: number | null = null;
  let active = 0;
  for (let r = 0; r < seen.length; r++) {
    if (seen[r] === 0) continue;
    active++;
    first ??= base + r;
    last = base + r;
  }
  return { documents, first, last, activeYears: active };
}

/** Trips by one side to the other with an engagement in the list, each counted once. */
function distinctTrips({ index, cols, cache, stamp }: Pass, { ids, len }: EventList): number {
  const { eventVisit } = index;
  const { tripBilateral } = cols;
  const seen = cache.headVisitStamp;
  let trips = 0;
  for (let k = 0; k < len; k++) {
    const v = eventVisit[ids[k]!]!;
    if (v >= 0 && seen[v] !== stamp) {
      seen[v] = stamp;
      trips += tripBilateral[v]!;
    }
  }
  return trips;
}

function distinctPeople({ index, cache, stamp }: Pass, { ids, len }: EventList): number {
  const { eventPeople, peopleStart } = index;
  const seen = cache.personStamp;
  let people = 0;
  for (let k = 0; k < len; k++) {
    const i = ids[k]!;
    for (let j = peopleStart[i]!, end = peopleStart[i + 1]!; j < end; j++) {
      const p = eventPeople[j]!;
      if (seen[p] !== stamp) {
        seen[p] = stamp;
        people++;
      }
    }
  }
  return people;
}

function distinctSectors({ index, cache }: Pass, { ids, len }: EventList): number {
  const { n, eventSectors, sectorStart } = index;
  const size = index.sectors.length;
  const bits = bitsetOf(cache, 'sectors', n, size, eventSectors, sectorStart);
  const seen = new Uint8Array(size);
  if (bits) {
    let union = 0;
    for (let k = 0; k < len; k++) union |= bits[ids[k]!]!;
    for (let v = 0; v < size; v++) seen[v] = (union >>> v) & 1;
  } else {
    for (let k = 0; k < len; k++) {
      const i = ids[k]!;
      for (let j = sectorStart[i]!, end = sectorStart[i + 1]!; j < end; j++) {
        seen[eventSectors[j]!] = 1;
      }
    }
  }
  let sectors = 0;
  for (let v = 0; v < size; v++) sectors += seen[v]!;
  return sectors;
}

const countNonZero = (xs: ArrayLike<number>) => {
  let c = 0;
  for (let k = 0; k < xs.length; k++) if (xs[k] !== 0) c++;
  return c;
};

/** Per year of the dataset: trips per direction and level group, trips, and contacts. */
interface TripCounts {
  byDir: Int32Array;
  byGroup: Int32Array;
  total: Int32Array;
  contacts: Int32Array;
}

/** One trip once, in the year of its first engagement; contacts apart. */
function countTrips({ index, cols, cache, stamp }: Pass, { ids, len }: EventList): TripCounts {
  const { span, base, tripRow, tripBilateral, tripDirCell, tripGroupCell } = cols;
  const { eventVisit, year } = index;
  const seen = cache.visitStamp;
  const byDir = new Int32Array(span * index.directions.length);
  const byGroup = new Int32Array(span * GROUP_SLOTS);
  const total = new Int32Array(span);
  const contacts = new Int32Array(span);
  for (let k = 0; k < len; k++) {
    const i = ids[k]!;
    const v = eventVisit[i]!;
    if (v < 0) contacts[year[i]! - base]!++;
    else if (seen[v] !== stamp) {
      seen[v] = stamp;
      byDir[tripDirCell[v]!]!++;
      byGroup[tripGroupCell[v]!]!++;
      total[tripRow[v]!]! += tripBilateral[v]!;
    }
  }
  return { byDir, byGroup, total, contacts };
}

/**
 * Adds one to `counts[slots[j]]` for each entry j of the listed events' ranges of `start`
 * (their sectors' grid cells, their people). With every event listed, the ranges are simply
 * all of `slots`.
 */
function countEntries(
  { ids, len }: EventList,
  n: number,
  start: Uint32Array,
  slots: Uint32Array,
  counts: Uint32Array,
): Uint32Array {
  if (len === n) {
    for (let j = 0; j < slots.length; j++) counts[slots[j]!]!++;
    return counts;
  }
  for (let k = 0; k < len; k++) {
    const i = ids[k]!;
    for (let j = start[i]!, end = start[i + 1]!; j < end; j++) counts[slots[j]!]!++;
  }
  return counts;
}

/** Engagements per year row × sector, in a reused buffer. */
function countSectorCells({ index, cols, cache }: Pass, list: EventList): Uint32Array {
  const cells = scratch(cache, 'grid', cols.span * index.sectors.length);
  return countEntries(list, index.n, index.sectorStart, cols.sectorCell, cells);
}

/** Engagements per person, in a reused buffer. */
function countPeople({ index, cache }: Pass, list: EventList): Uint32Array {
  const counts = scratch(cache, 'people', index.people.length);
  return countEntries(list, index.n, index.peopleStart, index.eventPeople, counts);
}

function visitYearsOf(index: DatasetIndex, trips: TripCounts | null): VisitYear[] {
  const dirCount = index.directions.length;
  const travel = index.directions
    .map((d, k) => [d, k] as const)
    .filter(([d]) => d.kind === 'visit');
  const at = (counts: Int32Array | undefined, cell: number) => (counts ? counts[cell]! : 0);
  return yearRange(index.minYear, index.maxYear).map((y, row) => {
    const byDirection: Record<string, number> = {};
    for (const [d, k] of travel) byDirection[d.key] = at(trips?.byDir, row * dirCount + k);
    const byLevel = {} as Record<LevelGroup, number>;
    LEVEL_GROUPS.forEach((g, k) => {
      byLevel[g] = at(trips?.byGroup, row * GROUP_SLOTS + k);
    });
    return {
      year: y,
      byDirection,
      byLevel,
      elsewhere: at(trips?.byGroup, row * GROUP_SLOTS + ELSEWHERE_SLOT),
      contacts: at(trips?.contacts, row),
      trips: at(trips?.total, row),
    };
  });
}

function sectorMatrixOf(s: Pass, cells: Uint32Array, years: number[]): SectorMatrix {
  const { index, cols } = s;
  const sectorCount = index.sectors.length;
  // Long runs of years with no engagement anywhere in the dataset are left off the grid;
  // they hold no counts, so nothing is lost, and the view says which years it skipped.
  const axis = compactYearAxis(years, (y) => activeYearsOf(index).has(y));
  const kept = axis.years.map((y) => y - cols.base);
  let max = 0;
  const rows: SectorRow[] = index.sectors.map((sector, k) => {
    const counts = new Array<number>(kept.length);
    let total = 0;
    kept.forEach((row, j) => {
      const c = cells[row * sectorCount + k]!;
      counts[j] = c;
      total += c;
      if (c > max) max = c;
    });
    return { sectorId: sector.id, label: sector.label, total, counts };
  });
  rows.sort((x, y) => y.total - x.total || x.label.localeCompare(y.label));
  return { years: axis.years, skipped: axis.skipped, rows, max };
}

function peopleRankOf({ index, cache }: Pass, personCounts: Uint32Array): PersonRank[] {
  const rank = nameRankOf(index, cache);
  const roles = (cache.roles ??= index.people.map(latestRole));
  const ranked: number[] = [];
  for (let p = 0; p < personCounts.length; p++) if (personCounts[p]! > 0) ranked.push(p);
  ranked.sort((a, b) => personCounts[b]! - personCounts[a]! || rank[a]! - rank[b]!);
  return ranked.map((p) => {
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

/**
 * The headline of the list of events passing every filter. Where another view counted the
 * very same list, its counts give the distinct trips and people without another loop.
 */
function headlineOf(
  s: Pass,
  list: EventList,
  shared: { trips: TripCounts | null; people: Uint32Array | null },
): Headline {
  const years = yearsAndDocuments(s, list);
  let visits = 0;
  if (shared.trips) for (const t of shared.trips.total) visits += t;
  else visits = distinctTrips(s, list);
  return {
    engagements: list.len,
    visits,
    documents: years.documents,
    people: shared.people ? countNonZero(shared.people) : distinctPeople(s, list),
    sectors: distinctSectors(s, list),
    firstYear: years.first,
    lastYear: years.last,
    activeYears: years.activeYears,
  };
}

/**
 * `active` holds the bits of the filters in use (a bit outside it is clear in every event),
 * which lets a view that ignores them all skip the mask; by default any bit may be set.
 */
export function aggregate(
  index: DatasetIndex,
  mask: FilterMask,
  filters: Filters | null,
  want: number,
  visitIgnore: number = FAIL_YEAR | FAIL_DIRECTION,
  active: number = ALL_BITS,
): Aggregates {
  const cache = cacheOf(index);
  const cols = hotColumnsOf(index);
  const s: Pass = { index, cache, cols, stamp: nextStamp(cache) };
  const listOf = eventLists(s, mask);
  const doVisits = (want & WANT_VISITS) !== 0 && cols.span > 0;
  const visitList = doVisits ? listOf(active & ~visitIgnore) : null;
  const trips = visitList ? countTrips(s, visitList) : null;
  const out: Aggregates = {};
  if ((want & WANT_VISITS) !== 0) out.visits = visitYearsOf(index, trips);
  if ((want & WANT_SECTORS) !== 0) {
    const cells = countSectorCells(s, listOf(active & ~FAIL_SECTOR));
    out.sectors = sectorMatrixOf(s, cells, sectorYears(index, filters));
  }
  const peopleList = (want & WANT_PEOPLE) !== 0 ? listOf(active & ~FAIL_PERSON) : null;
  const personCounts = peopleList ? countPeople(s, peopleList) : null;
  if ((want & WANT_HEADLINE) !== 0) {
    const list = listOf(active);
    out.headline = headlineOf(s, list, {
      trips: list === visitList ? trips : null,
      people: list === peopleList ? personCounts : null,
    });
  }
  if (peopleList) out.people = peopleRankOf(s, personCounts!);
  return out;
}
