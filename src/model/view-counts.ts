/**
 * The counting loops of a recompute, each over one view's event list. A list that lets
 * through more than half the events is counted from the other side: the whole dataset's
 * counts (made once per index) less the failing events, so clearing a filter, or one that
 * drops few events, costs what it drops rather than what it keeps.
 */
import type { DatasetIndex } from './dataset-index';
import { GROUP_SLOTS, type HotColumns } from './hot-columns';
import { nextStamp, scratch, type IndexCache, type ScratchName } from './index-cache';

/** The shared state of one recompute. */
export interface Pass {
  index: DatasetIndex;
  cache: IndexCache;
  cols: HotColumns;
  /** Marks the trips seen in this recompute (see `nextStamp`). */
  stamp: number;
  full: FullCounts;
}

/**
 * The events one rule lets through: `ids[0 .. len)`, ascending. With `fails`, the rest of
 * the events are in `ids[len .. n)`, and counts are taken from the whole dataset's down.
 */
export interface EventList {
  rule: number;
  ids: Uint32Array;
  len: number;
  fails: boolean;
}

/** Per year of the dataset: trips per direction and level group, trips, and contacts. */
export interface TripCounts {
  byDir: Uint32Array;
  byGroup: Uint32Array;
  total: Uint32Array;
  contacts: Uint32Array;
}

/** The whole dataset's counts, the starting point of a list counted from the other side. */
export interface FullCounts {
  cells: Uint32Array;
  people: Uint32Array;
  sectors: Uint32Array;
  years: Uint32Array;
  documents: number;
  trips: TripCounts;
  bilateralTrips: number;
}

const fullCounts = new WeakMap<DatasetIndex, FullCounts>();

/**
 * Adds one to `counts[slots[j]]` for each entry j of the listed events' ranges of `start`
 * (their sectors' grid cells, their people); from the other side, takes one off for each
 * failing event's entries. With every event listed, the ranges are simply all of `slots`.
 */
export function countEntries(
  s: Pass,
  list: EventList,
  name: ScratchName,
  size: number,
  [start, slots]: readonly [Uint32Array, Uint32Array],
  full: (f: FullCounts) => Uint32Array,
): Uint32Array {
  const { ids, len } = list;
  const n = s.index.n;
  if (list.fails) {
    const counts = scratch(s.cache, name, size, full(s.full));
    for (let k = len; k < n; k++) {
      const i = ids[k]!;
      for (let j = start[i]!, end = start[i + 1]!; j < end; j++) counts[slots[j]!]!--;
    }
    return counts;
  }
  const counts = scratch(s.cache, name, size);
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

/** Engagements per year row and the documents signed at them. */
export function countYears(s: Pass, list: EventList): { years: Uint32Array; documents: number } {
  const { year, eventDocuments, n } = s.index;
  const { base, span } = s.cols;
  const { ids, len } = list;
  if (list.fails) {
    const { full } = s;
    const years = scratch(s.cache, 'years', span, full.years);
    let documents = full.documents;
    for (let k = len; k < n; k++) {
      const i = ids[k]!;
      documents -= eventDocuments[i]!;
      years[year[i]! - base]!--;
    }
    return { years, documents };
  }
  const years = scratch(s.cache, 'years', span);
  let documents = 0;
  for (let k = 0; k < len; k++) {
    const i = ids[k]!;
    documents += eventDocuments[i]!;
    years[year[i]! - base]!++;
  }
  return { years, documents };
}

function copyTrips(t: TripCounts): TripCounts {
  return {
    byDir: t.byDir.slice(),
    byGroup: t.byGroup.slice(),
    total: t.total.slice(),
    contacts: t.contacts.slice(),
  };
}

/** The failing events' trips that have no engagement left are taken off; contacts too. */
function tripsLess(s: Pass, list: EventList, t: TripCounts): TripCounts {
  const { tripSize, tripRow, tripBilateral, tripDirCell, tripGroupCell, base } = s.cols;
  const { eventVisit, year, n } = s.index;
  const { ids, len } = list;
  const { visitStamp: seen, tripLeft: left } = s.cache;
  const { stamp } = s;
  for (let k = len; k < n; k++) {
    const i = ids[k]!;
    const v = eventVisit[i]!;
    if (v < 0) {
      t.contacts[year[i]! - base]!--;
      continue;
    }
    if (seen[v] !== stamp) {
      seen[v] = stamp;
      left[v] = tripSize[v]!;
    }
    if (--left[v]! === 0) {
      t.byDir[tripDirCell[v]!]!--;
      t.byGroup[tripGroupCell[v]!]!--;
      t.total[tripRow[v]!]! -= tripBilateral[v]!;
    }
  }
  return t;
}

/** One trip once, in the year of its first engagement; contacts apart. */
export function countTrips(s: Pass, list: EventList): TripCounts {
  if (list.fails) return tripsLess(s, list, copyTrips(s.full.trips));
  const { span, base, tripRow, tripBilateral, tripDirCell, tripGroupCell } = s.cols;
  const { eventVisit, year } = s.index;
  const { ids, len } = list;
  const seen = s.cache.visitStamp;
  const { stamp } = s;
  const byDir = new Uint32Array(span * s.index.directions.length);
  const byGroup = new Uint32Array(span * GROUP_SLOTS);
  const total = new Uint32Array(span);
  const contacts = new Uint32Array(span);
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

/** Trips by one side to the other with an engagement in the list, each counted once. */
export function distinctTrips(s: Pass, list: EventList): number {
  const { eventVisit, n } = s.index;
  const { tripBilateral, tripSize } = s.cols;
  const { ids, len } = list;
  const { headVisitStamp: seen, headTripLeft: left } = s.cache;
  const { stamp } = s;
  if (list.fails) {
    let trips = s.full.bilateralTrips;
    for (let k = len; k < n; k++) {
      const v = eventVisit[ids[k]!]!;
      if (v < 0) continue;
      if (seen[v] !== stamp) {
        seen[v] = stamp;
        left[v] = tripSize[v]!;
      }
      if (--left[v]! === 0) trips -= tripBilateral[v]!;
    }
    return trips;
  }
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

/** The views' memberships: [ranges, slots] of the sector grid, people and sectors. */
export const gridEntries = (s: Pass) => [s.index.sectorStart, s.cols.sectorCell] as const;
export const personEntries = (s: Pass) => [s.index.peopleStart, s.index.eventPeople] as const;
export const sectorEntries = (s: Pass) => [s.index.sectorStart, s.cols.sectorOf] as const;

/** The whole dataset's counts, made on the first recompute of an index. */
export function fullCountsOf(index: DatasetIndex, cache: IndexCache, cols: HotColumns): FullCounts {
  let full = fullCounts.get(index);
  if (full) return full;
  const none = new Uint32Array(0);
  const empty: TripCounts = { byDir: none, byGroup: none, total: none, contacts: none };
  const placeholder = { cells: none, people: none, sectors: none, years: none, documents: 0 };
  const s: Pass = {
    index,
    cache,
    cols,
    stamp: nextStamp(cache),
    full: { ...placeholder, trips: empty, bilateralTrips: 0 },
  };
  const every: EventList = { rule: 0, ids: cols.all, len: index.n, fails: false };
  const count = (name: ScratchName, size: number, entries: readonly [Uint32Array, Uint32Array]) =>
    countEntries(s, every, name, size, entries, () => none).slice();
  const years = countYears(s, every);
  const trips = copyTrips(countTrips(s, every));
  let bilateralTrips = 0;
  for (const t of trips.total) bilateralTrips += t;
  full = {
    cells: count('grid', cols.span * index.sectors.length, gridEntries(s)),
    people: count('people', index.people.length, personEntries(s)),
    sectors: count('sectors', index.sectors.length, sectorEntries(s)),
    years: years.years.slice(),
    documents: years.documents,
    trips,
    bilateralTrips,
  };
  fullCounts.set(index, full);
  return full;
}
