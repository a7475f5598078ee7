/**
 * Every aggregate in one pass over the events: each view reads the events its own
 * cross-filter rule lets through, counting into flat typed arrays that are turned into the
 * views' row objects at the end. The per-event steps are small named functions (the engine
 * inlines them), one per view.
 */
import { LEVEL_GROUPS, levelGroupOf, type LevelGroup } from '../data/labels';
import { LEVELS } from '../data/schema';
import type { Headline, PersonRank, SectorMatrix, SectorRow, VisitYear } from './dashboard';
import type { DatasetIndex } from './dataset-index';
import type { FilterMask } from './filter-dimensions';
import { FAIL_PERSON, FAIL_SECTOR, FAIL_DIRECTION, FAIL_YEAR } from './filter-mask';
import type { Filters } from './filters';
import { bitsetOf, cacheOf, nameRankOf, nextStamp, scratch, type IndexCache } from './index-cache';
import { yearRange } from './dates';
import { latestRole } from './person-role';
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

/** Per-trip columns for the visit counts, built once per index. */
interface VisitColumns {
  /** Offset of the trip's year from `index.minYear`. */
  year: Int32Array;
  direction: Uint16Array;
  group: Uint8Array;
}
const visitColumns = new WeakMap<DatasetIndex, VisitColumns>();
const activeYears = new WeakMap<DatasetIndex, Set<number>>();

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

/** The counters of one pass. */
interface Pass {
  index: DatasetIndex;
  cache: IndexCache;
  stamp: number;
  base: number;
  span: number;
  doHead: boolean;
  doVisits: boolean;
  doSectors: boolean;
  doPeople: boolean;
  head: {
    engagements: number;
    visits: number;
    documents: number;
    people: number;
    first: number | null;
    last: number | null;
    yearSeen: Uint8Array;
    sectorSeen: Uint8Array;
    sectorBits: Uint32Array | null;
    sectorUnion: number;
  };
  trips: {
    cols: VisitColumns | null;
    byDir: Int32Array;
    byGroup: Int32Array;
    total: Int32Array;
    contacts: Int32Array;
  };
  grid: { years: number[]; first: number; cells: Uint32Array };
  personCounts: Uint32Array;
}

function startPass(index: DatasetIndex, filters: Filters | null, want: number): Pass {
  const cache = cacheOf(index);
  const span =
    index.minYear === null || index.maxYear === null ? 0 : index.maxYear - index.minYear + 1;
  const doHead = (want & WANT_HEADLINE) !== 0;
  const doVisits = (want & WANT_VISITS) !== 0 && span > 0;
  const doSectors = (want & WANT_SECTORS) !== 0;
  const doPeople = (want & WANT_PEOPLE) !== 0;
  const sectorCount = index.sectors.length;
  const dirCount = index.directions.length;
  const years = doSectors ? sectorYears(index, filters) : [];
  const sectorBits = doHead
    ? bitsetOf(cache, 'sectors', index.n, sectorCount, index.eventSectors, index.sectorStart)
    : null;
  return {
    index,
    cache,
    stamp: nextStamp(cache),
    base: index.minYear ?? 0,
    span,
    doHead,
    doVisits,
    doSectors,
    doPeople,
    head: {
      ...{ engagements: 0, visits: 0, documents: 0, people: 0, first: null, last: null },
      yearSeen: new Uint8Array(span),
      sectorSeen: new Uint8Array(sectorCount),
      sectorBits,
      sectorUnion: 0,
    },
    trips: {
      cols: doVisits ? visitColumnsOf(index) : null,
      byDir: new Int32Array(doVisits ? span * dirCount : 0),
      byGroup: new Int32Array(doVisits ? span * GROUP_SLOTS : 0),
      total: new Int32Array(doVisits ? span : 0),
      contacts: new Int32Array(doVisits ? span : 0),
    },
    grid: {
      years,
      first: years[0] ?? 0,
      cells: scratch(cache, 'grid', doSectors ? sectorCount * years.length : 0),
    },
    personCounts: scratch(cache, 'people', doPeople ? index.people.length : 0),
  };
}

/** An event that passes every filter: the headline numbers. */
function countHeadline(s: Pass, i: number): void {
  const { index, head, stamp } = s;
  const { headVisitStamp, personStamp } = s.cache;
  head.engagements++;
  const y = index.year[i]!;
  head.yearSeen[y - s.base] = 1;
  if (head.first === null || y < head.first) head.first = y;
  if (head.last === null || y > head.last) head.last = y;
  head.documents += index.eventDocuments[i]!;
  const v = index.eventVisit[i]!;
  if (v >= 0 && headVisitStamp[v] !== stamp) {
    headVisitStamp[v] = stamp;
    if (index.visits[v]!.bilateral) head.visits++;
  }
  if (head.sectorBits) head.sectorUnion |= head.sectorBits[i]!;
  else {
    for (let k = index.sectorStart[i]!, end = index.sectorStart[i + 1]!; k < end; k++) {
      head.sectorSeen[index.eventSectors[k]!] = 1;
    }
  }
  // With the people ranking wanted, `countPeople` counts the headline's people on its way.
  if (s.doPeople) return;
  for (let k = index.peopleStart[i]!, end = index.peopleStart[i + 1]!; k < end; k++) {
    const p = index.eventPeople[k]!;
    if (personStamp[p] !== stamp) {
      personStamp[p] = stamp;
      head.people++;
    }
  }
}

/** One trip once, in the year of its first engagement; contacts apart. */
function countVisit(s: Pass, i: number): void {
  const { index, trips } = s;
  const v = index.eventVisit[i]!;
  if (v < 0) {
    trips.contacts[index.year[i]! - s.base]!++;
    return;
  }
  if (s.cache.visitStamp[v] === s.stamp) return;
  s.cache.visitStamp[v] = s.stamp;
  const cols = trips.cols!;
  const row = cols.year[v]!;
  const group = cols.group[v]!;
  if (group !== ELSEWHERE_SLOT) trips.total[row]!++;
  trips.byDir[row * index.directions.length + cols.direction[v]!]!++;
  trips.byGroup[row * GROUP_SLOTS + group]!++;
}

function countSectors(s: Pass, i: number): void {
  const { index, grid } = s;
  const col = index.year[i]! - grid.first;
  if (col < 0 || col >= grid.years.length) return;
  // Year-major: events are sorted by date, so consecutive events hit the same row.
  const at = col * index.sectors.length;
  for (let k = index.sectorStart[i]!, end = index.sectorStart[i + 1]!; k < end; k++) {
    grid.cells[at + index.eventSectors[k]!]!++;
  }
}

function countPeople(s: Pass, i: number, countsForHeadline: boolean): void {
  const { index, stamp } = s;
  const { personStamp } = s.cache;
  for (let k = index.peopleStart[i]!, end = index.peopleStart[i + 1]!; k < end; k++) {
    const p = index.eventPeople[k]!;
    s.personCounts[p]!++;
    if (countsForHeadline && personStamp[p] !== stamp) {
      personStamp[p] = stamp;
      s.head.people++;
    }
  }
}

function headlineOf(s: Pass): Headline {
  const { head, index } = s;
  let active = 0;
  for (let k = 0; k < s.span; k++) active += head.yearSeen[k]!;
  let sectors = 0;
  for (let k = 0; k < index.sectors.length; k++) {
    sectors += head.sectorBits ? (head.sectorUnion >>> k) & 1 : head.sectorSeen[k]!;
  }
  return {
    engagements: head.engagements,
    visits: head.visits,
    documents: head.documents,
    people: head.people,
    sectors,
    firstYear: head.first,
    lastYear: head.last,
    activeYears: active,
  };
}

function visitYearsOf(s: Pass): VisitYear[] {
  const { index, trips, doVisits } = s;
  const dirCount = index.directions.length;
  const travel = index.directions
    .map((d, k) => [d, k] as const)
    .filter(([d]) => d.kind === 'visit');
  return yearRange(index.minYear, index.maxYear).map((y, row) => {
    const byDirection: Record<string, number> = {};
    for (const [d, k] of travel)
      byDirection[d.key] = doVisits ? trips.byDir[row * dirCount + k]! : 0;
    const byLevel = {} as Record<LevelGroup, number>;
    LEVEL_GROUPS.forEach((g, k) => {
      byLevel[g] = doVisits ? trips.byGroup[row * GROUP_SLOTS + k]! : 0;
    });
    return {
      year: y,
      byDirection,
      byLevel,
      elsewhere: doVisits ? trips.byGroup[row * GROUP_SLOTS + ELSEWHERE_SLOT]! : 0,
      contacts: doVisits ? trips.contacts[row]! : 0,
      trips: doVisits ? trips.total[row]! : 0,
    };
  });
}

function sectorMatrixOf(s: Pass): SectorMatrix {
  const { index, grid } = s;
  const sectorCount = index.sectors.length;
  // Long runs of years with no engagement anywhere in the dataset are left off the grid;
  // they hold no counts, so nothing is lost, and the view says which years it skipped.
  const axis = compactYearAxis(grid.years, (y) => activeYearsOf(index).has(y));
  const kept = axis.years.map((y) => y - grid.first);
  let max = 0;
  const rows: SectorRow[] = index.sectors.map((sector, k) => {
    const counts = new Array<number>(kept.length);
    let total = 0;
    kept.forEach((col, j) => {
      const c = grid.cells[col * sectorCount + k]!;
      counts[j] = c;
      total += c;
      if (c > max) max = c;
    });
    return { sectorId: sector.id, label: sector.label, total, counts };
  });
  rows.sort((x, y) => y.total - x.total || x.label.localeCompare(y.label));
  return { years: axis.years, skipped: axis.skipped, rows, max };
}

function peopleRankOf(s: Pass): PersonRank[] {
  const { index, cache, personCounts } = s;
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

export function aggregate(
  index: DatasetIndex,
  mask: FilterMask,
  filters: Filters | null,
  want: number,
  visitIgnore: number = FAIL_YEAR | FAIL_DIRECTION,
): Aggregates {
  const s = startPass(index, filters, want);
  const { doHead, doVisits, doSectors, doPeople } = s;
  const notVisitDims = ~visitIgnore;
  const notSector = ~FAIL_SECTOR;
  const notPerson = ~FAIL_PERSON;
  for (let i = 0; i < index.n; i++) {
    const m = mask[i]!;
    if (m === 0 && doHead) countHeadline(s, i);
    if (doVisits && (m & notVisitDims) === 0) countVisit(s, i);
    if (doSectors && (m & notSector) === 0) countSectors(s, i);
    if (doPeople && (m & notPerson) === 0) countPeople(s, i, m === 0 && doHead);
  }
  const out: Aggregates = {};
  if (doHead) out.headline = headlineOf(s);
  if ((want & WANT_VISITS) !== 0) out.visits = visitYearsOf(s);
  if (doSectors) out.sectors = sectorMatrixOf(s);
  if (doPeople) out.people = peopleRankOf(s);
  return out;
}
