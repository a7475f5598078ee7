/**
 * Every aggregate of one filter state. Each view has a rule (the filter bits it does not
 * ignore); the events a rule lets through are gathered once into a list of ids, and each
 * view then counts over its list (`view-counts.ts`), into flat typed arrays that are turned
 * into the views' row objects here. A view that no active filter touches reads the whole
 * dataset's counts without looking at the mask.
 */
import { LEVEL_GROUPS, type LevelGroup } from '../data/labels';
import type { Headline, PersonRank, SectorMatrix, SectorRow, VisitYear } from './dashboard';
import type { DatasetIndex } from './dataset-index';
import { ALL_BITS, type FilterMask } from './filter-dimensions';
import { FAIL_PERSON, FAIL_SECTOR, FAIL_DIRECTION, FAIL_YEAR } from './filter-mask';
import type { Filters } from './filters';
import { ELSEWHERE_SLOT, GROUP_SLOTS, hotColumnsOf } from './hot-columns';
import { cacheOf, listBuffer, nameRankOf, nextStamp } from './index-cache';
import { yearRange } from './dates';
import { latestRole } from './person-role';
import { narrowIds, splitIds } from './posting-lists';
import {
  countEntries,
  countTrips,
  countYears,
  distinctTrips,
  fullCountsOf,
  gridEntries,
  personEntries,
  sectorEntries,
  type EventList,
  type Pass,
  type TripCounts,
} from './view-counts';
import { compactYearAxis } from './year-axis';
import { compareText } from '../lib/compare-text';

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
 * already made whose rule it includes, when that holds at most half the events; otherwise
 * split from every event, so that a list of more than half is counted from the other side.
 */
function eventLists(s: Pass, mask: FilterMask): (rule: number) => EventList {
  const { n } = s.index;
  const made: EventList[] = [{ rule: 0, ids: s.cols.all, len: n, fails: true }];
  return (rule) => {
    let from: EventList | null = null;
    for (const list of made) {
      if (list.rule === rule) return list;
      const includes = list.rule !== 0 && (list.rule & ~rule) === 0;
      if (includes && list.len <= n / 2 && (!from || list.len < from.len)) from = list;
    }
    const ids = listBuffer(s.cache, made.length - 1, n).subarray(0, n);
    let list: EventList;
    if (from) {
      list = { rule, ids, len: narrowIds(mask, rule, from.ids, from.len, ids), fails: false };
    } else {
      const len = splitIds(mask, rule, ids);
      list = { rule, ids, len, fails: len > n / 2 };
    }
    made.push(list);
    return list;
  };
}

const countNonZero = (xs: ArrayLike<number>) => {
  let c = 0;
  for (let k = 0; k < xs.length; k++) if (xs[k] !== 0) c++;
  return c;
};

function visitYearsOf(index: DatasetIndex, trips: TripCounts | null): VisitYear[] {
  const dirCount = index.directions.length;
  const travel = index.directions
    .map((d, k) => [d, k] as const)
    .filter(([d]) => d.kind === 'visit');
  const at = (counts: Uint32Array | undefined, cell: number) => (counts ? counts[cell]! : 0);
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
  rows.sort((x, y) => y.total - x.total || compareText(x.label, y.label));
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
  const { index, cols } = s;
  const { years, documents } = countYears(s, list);
  let first: number | null = null;
  let last: number | null = null;
  for (let r = 0; r < years.length; r++) {
    if (years[r] === 0) continue;
    first ??= cols.base + r;
    last = cols.base + r;
  }
  let visits = 0;
  if (shared.trips) for (const t of shared.trips.total) visits += t;
  else visits = distinctTrips(s, list);
  const people =
    shared.people ??
    countEntries(s, list, 'headPeople', index.people.length, personEntries(s), (f) => f.people);
  const sectors = countEntries(
    s,
    list,
    'sectors',
    index.sectors.length,
    sectorEntries(s),
    (f) => f.sectors,
  );
  return {
    engagements: list.len,
    visits,
    documents,
    people: countNonZero(people),
    sectors: countNonZero(sectors),
    firstYear: first,
    lastYear: last,
    activeYears: countNonZero(years),
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
  const full = fullCountsOf(index, cache, cols);
  const s: Pass = { index, cache, cols, stamp: nextStamp(cache), full };
  const listOf = eventLists(s, mask);
  const doVisits = (want & WANT_VISITS) !== 0 && cols.span > 0;
  const visitList = doVisits ? listOf(active & ~visitIgnore) : null;
  const trips = visitList ? countTrips(s, visitList) : null;
  const out: Aggregates = {};
  if ((want & WANT_VISITS) !== 0) out.visits = visitYearsOf(index, trips);
  if ((want & WANT_SECTORS) !== 0) {
    const size = cols.span * index.sectors.length;
    const list = listOf(active & ~FAIL_SECTOR);
    const cells = countEntries(s, list, 'grid', size, gridEntries(s), (f) => f.cells);
    out.sectors = sectorMatrixOf(s, cells, sectorYears(index, filters));
  }
  const peopleList = (want & WANT_PEOPLE) !== 0 ? listOf(active & ~FAIL_PERSON) : null;
  const personCounts = peopleList
    ? countEntries(s, peopleList, 'people', index.people.length, personEntries(s), (f) => f.people)
    : null;
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
