import type { Dashboard } from './dashboard';
import type { DatasetIndex } from './dataset-index';
import type { DimensionKey, FilterMask, ListKey } from './filter-dimensions';
import { postingLists, type PostingLists } from './posting-lists';
import { compareText } from '../lib/compare-text';

export type ScratchName = 'grid' | 'people' | 'headPeople' | 'sectors' | 'years';

/** One string per filter dimension; a dimension is recomputed when its key changes. */
export type DimensionKeys = Record<DimensionKey, string>;

export interface TextResult {
  key: string;
  terms: string[];
  /** Indices of the events that match, ascending. */
  matches: Uint32Array;
}

/**
 * Per-index state that makes a filter change cheap: the previous filter state and mask
 * (so only the dimension that changed is recomputed, crossfilter's trick), per-event value
 * bitsets, a few recent text-search results, scratch buffers, and the people's name order and
 * latest roles. Kept out of `DatasetIndex` so that stays plain data.
 */
export interface IndexCache {
  /** The last `computeDashboard` result and its filter state. */
  lastDashboard: { keys: DimensionKeys; dashboard: Dashboard } | null;
  /** The last filter state and its mask (a private buffer, overwritten on every call). */
  previous: { keys: DimensionKeys; mask: FilterMask } | null;
  /** Per list dimension: bit v set when event i has value v; null with more than 32 values. */
  bitsets: Partial<Record<ListKey, Uint32Array | null>>;
  /** Per many-valued list dimension with over 32 values: the events of each value. */
  postings: Partial<Record<ListKey, PostingLists>>;
  texts: TextResult[];
  /** Scratch "seen" marks: a slot is seen when it holds the current stamp (no clearing). */
  stamp: number;
  visitStamp: Uint32Array;
  headVisitStamp: Uint32Array;
  personStamp: Uint32Array;
  /** Position of each person in name order (localeCompare), for ranking ties. */
  nameRank: Int32Array | null;
  roles: string[] | null;
  /** Per trip, engagements not yet seen failing (valid where `visitStamp` holds the stamp). */
  tripLeft: Uint32Array;
  headTripLeft: Uint32Array;
  /** Reused counting buffers, reset on use (results are copied out of them). */
  scratch: Partial<Record<ScratchName, Uint32Array>>;
  /** Reused buffers for the event lists of one recompute (one per distinct view rule). */
  lists: Uint32Array[];
}

const caches = new WeakMap<DatasetIndex, IndexCache>();

export function cacheOf(index: DatasetIndex): IndexCache {
  let cache = caches.get(index);
  if (!cache) {
    cache = {
      lastDashboard: null,
      previous: null,
      bitsets: {},
      postings: {},
      texts: [],
      stamp: 0,
      visitStamp: new Uint32Array(index.visits.length),
      headVisitStamp: new Uint32Array(index.visits.length),
      personStamp: new Uint32Array(index.people.length),
      nameRank: null,
      roles: null,
      tripLeft: new Uint32Array(index.visits.length),
      headTripLeft: new Uint32Array(index.visits.length),
      scratch: {},
      lists: [],
    };
    caches.set(index, cache);
  }
  return cache;
}

/** A counting buffer of `size` slots, reused across calls: zeroed, or a copy of `from`. */
export function scratch(
  cache: IndexCache,
  name: ScratchName,
  size: number,
  from: Uint32Array | null = null,
): Uint32Array {
  let buf = cache.scratch[name];
  if (!buf || buf.length < size) buf = cache.scratch[name] = new Uint32Array(size);
  const view = buf.subarray(0, size);
  if (from) view.set(from);
  else view.fill(0);
  return view;
}

/** The k-th event-list buffer, room for `n` ids; its contents are not cleared. */
export function listBuffer(cache: IndexCache, k: number, n: number): Uint32Array {
  let buf = cache.lists[k];
  if (!buf || buf.length < n) buf = cache.lists[k] = new Uint32Array(n);
  return buf;
}

/** A fresh stamp for the "seen" arrays; clears them only when the counter wraps. */
export function nextStamp(cache: IndexCache): number {
  if (cache.stamp >= 0xfffffffe) {
    cache.stamp = 0;
    cache.visitStamp.fill(0);
    cache.headVisitStamp.fill(0);
    cache.personStamp.fill(0);
  }
  return ++cache.stamp;
}

/** Per event, a bit per value of a many-valued dimension; null when it has over 32 values. */
export function bitsetOf(
  cache: IndexCache,
  key: ListKey,
  n: number,
  size: number,
  items: ArrayLike<number>,
  start: ArrayLike<number>,
): Uint32Array | null {
  const known = cache.bitsets[key];
  if (known !== undefined) return known;
  if (size > 32) return (cache.bitsets[key] = null);
  const bits = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let b = 0;
    for (let k = start[i]!, end = start[i + 1]!; k < end; k++) b |= 1 << items[k]!;
    bits[i] = b >>> 0;
  }
  return (cache.bitsets[key] = bits);
}

/** The posting lists of a many-valued dimension, built on first use. */
export function postingsOf(
  cache: IndexCache,
  key: ListKey,
  size: number,
  items: ArrayLike<number>,
  start: ArrayLike<number>,
): PostingLists {
  return (cache.postings[key] ??= postingLists(items, start, size));
}

export function nameRankOf(index: DatasetIndex, cache: IndexCache): Int32Array {
  if (!cache.nameRank) {
    const order = index.people.map((_, i) => i);
    order.sort((a, b) => compareText(index.people[a]!.name, index.people[b]!.name) || a - b);
    const rank = new Int32Array(order.length);
    order.forEach((p, r) => (rank[p] = r));
    cache.nameRank = rank;
  }
  return cache.nameRank;
}
