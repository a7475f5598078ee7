/**
 * Cross-filtering. Each event gets a bit per filter it fails (the bits of
 * `FILTER_DIMENSIONS`). A view ignores its own dimension (the sector grid ignores the sector
 * filter, and so on) so that it can highlight the selection instead of collapsing to it;
 * everything else uses mask === 0.
 */
import { matchesTerms, queryTerms } from '../lib/text';
import type { DatasetIndex } from './dataset-index';
import {
  ALL_BITS,
  bitOf,
  FILTER_DIMENSIONS,
  newMask,
  type DimensionKey,
  type FilterMask,
  type ListDimension,
  type ListKey,
} from './filter-dimensions';
import type { Filters } from './filters';
import {
  bitsetOf,
  cacheOf,
  postingsOf,
  type DimensionKeys,
  type IndexCache,
  type TextResult,
} from './index-cache';
import type { PostingLists } from './posting-lists';

export const FAIL_SECTOR = bitOf('sectors');
export const FAIL_YEAR = bitOf('years');
export const FAIL_DIRECTION = bitOf('directions');
export const FAIL_TYPE = bitOf('types');
export const FAIL_PERSON = bitOf('people');
export const FAIL_PLACE = bitOf('places');
export const FAIL_TEXT = bitOf('text');

const TEXT_RESULTS_KEPT = 6;

/** The bits of a set of dimensions, for a view that ignores them. */
export function bitsOf(keys: readonly DimensionKey[]): number {
  let bits = 0;
  for (const k of keys) bits |= bitOf(k);
  return bits;
}

const listKey = (list: readonly string[]) =>
  list.length === 0 ? '' : list.length === 1 ? list[0]! : [...list].sort().join('\u0000');

export function dimensionKeys(filters: Filters, terms: readonly string[]): DimensionKeys {
  const keys = {} as DimensionKeys;
  for (const d of FILTER_DIMENSIONS) {
    if (d.kind === 'list') keys[d.key] = listKey(filters[d.key]);
    else if (d.kind === 'range')
      keys.years =
        filters.from === null && filters.to === null ? '' : `${filters.from}:${filters.to}`;
    else keys.text = terms.join('\u0000');
  }
  return keys;
}

/** The bits of the dimensions in use: every other bit is clear in the mask of `keys`. */
export function activeBits(keys: DimensionKeys): number {
  let bits = 0;
  for (const d of FILTER_DIMENSIONS) if (keys[d.key] !== '') bits |= bitOf(d.key);
  return bits;
}

/** Marks of the ids of a list in a lookup of the index (unknown ids match nothing). */
function wantedOf(
  ids: readonly string[],
  lookup: ReadonlyMap<string, number>,
  size: number,
): Uint8Array {
  const wanted = new Uint8Array(size);
  for (const id of ids) {
    const at = lookup.get(id);
    if (at !== undefined) wanted[at] = 1;
  }
  return wanted;
}

function clearBit(mask: FilterMask, n: number, bit: number) {
  const keep = ~bit & ALL_BITS;
  for (let i = 0; i < n; i++) mask[i]! &= keep;
}

/** A many-valued dimension with at most 32 values: one AND per event. */
function applyBitset(
  mask: FilterMask,
  n: number,
  bits: Uint32Array,
  wantedBits: number,
  bit: number,
) {
  const keep = ~bit & ALL_BITS;
  for (let i = 0; i < n; i++) {
    mask[i] = (mask[i]! & keep) | ((bits[i]! & wantedBits) === 0 ? bit : 0);
  }
}

/**
 * A many-valued dimension with more values (people): every event fails, then the events of
 * each wanted value pass, so the work is one sweep plus the wanted values' events.
 */
function applyPostings(
  mask: FilterMask,
  n: number,
  postings: PostingLists,
  wanted: readonly number[],
  bit: number,
) {
  for (let i = 0; i < n; i++) mask[i]! |= bit;
  const keep = ~bit & ALL_BITS;
  const { ids, start } = postings;
  for (const v of wanted) {
    for (let k = start[v]!, end = start[v + 1]!; k < end; k++) mask[ids[k]!]! &= keep;
  }
}

function applyList(
  index: DatasetIndex,
  cache: IndexCache,
  mask: FilterMask,
  dim: ListDimension & { key: ListKey },
  ids: readonly string[],
) {
  const { n } = index;
  const bit = bitOf(dim.key);
  if (ids.length === 0) return clearBit(mask, n, bit);
  const lookup = dim.lookup(index);
  const size = dim.size(index);
  const values = dim.values(index);
  if (values.kind === 'one') {
    const wanted = wantedOf(ids, lookup, size);
    const keep = ~bit & ALL_BITS;
    const { column } = values;
    for (let i = 0; i < n; i++) mask[i] = (mask[i]! & keep) | (wanted[column[i]!] ? 0 : bit);
    return;
  }
  const bits = bitsetOf(cache, dim.key, n, size, values.items, values.start);
  if (!bits) {
    const postings = postingsOf(cache, dim.key, size, values.items, values.start);
    const wanted = ids.map((id) => lookup.get(id)).filter((at) => at !== undefined);
    return applyPostings(mask, n, postings, wanted, bit);
  }
  let wantedBits = 0;
  for (const id of ids) {
    const at = lookup.get(id);
    if (at !== undefined) wantedBits |= 1 << at;
  }
  applyBitset(mask, n, bits, wantedBits, bit);
}

function applyYears(index: DatasetIndex, mask: FilterMask, filters: Filters) {
  const { n, year } = index;
  if (filters.from === null && filters.to === null) return clearBit(mask, n, FAIL_YEAR);
  const keep = ~FAIL_YEAR & ALL_BITS;
  const from = filters.from ?? -Infinity;
  const to = filters.to ?? Infinity;
  for (let i = 0; i < n; i++) {
    const y = year[i]!;
    mask[i] = (mask[i]! & keep) | (y < from || y > to ? FAIL_YEAR : 0);
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
  mask: FilterMask,
  terms: string[],
  key: string,
) {
  const { n } = index;
  if (terms.length === 0) return clearBit(mask, n, FAIL_TEXT);
  const keep = ~FAIL_TEXT & ALL_BITS;
  const matches = textMatches(index, cache, terms, key);
  for (let i = 0; i < n; i++) mask[i]! |= FAIL_TEXT;
  for (let k = 0; k < matches.length; k++) mask[matches[k]!]! &= keep;
}

/**
 * The mask and the per-dimension keys of a filter state. Only the dimensions that differ
 * from the previous call on the same index are recomputed; the mask is always a new array
 * (earlier results are never changed).
 */
export function maskAndKeys(
  index: DatasetIndex,
  filters: Filters,
): { mask: FilterMask; keys: DimensionKeys } {
  const { n } = index;
  const cache = cacheOf(index);
  const terms = queryTerms(filters.q);
  const keys = dimensionKeys(filters, terms);
  const prev = cache.previous;
  const mask = newMask(n);
  // Without a previous state every dimension starts as "no filter" (all bits clear).
  if (prev) mask.set(prev.mask);
  const changed = (k: DimensionKey) => keys[k] !== (prev ? prev.keys[k] : '');
  for (const d of FILTER_DIMENSIONS) {
    if (!changed(d.key)) continue;
    if (d.kind === 'list') applyList(index, cache, mask, d, filters[d.key]);
    else if (d.kind === 'range') applyYears(index, mask, filters);
    else applyText(index, cache, mask, terms, keys.text);
  }
  // Keep our own copy (callers own the array they get back), in a reused buffer: at 10^6
  // events a fresh buffer per change only feeds the garbage collector.
  const own = prev && prev.mask.length === n ? prev.mask : newMask(n);
  own.set(mask);
  cache.previous = { keys, mask: own };
  return { mask, keys };
}

/** The filter mask: for each event, a bit per filter it fails. */
export function filterMasks(index: DatasetIndex, filters: Filters): FilterMask {
  return maskAndKeys(index, filters).mask;
}

/** True when event i passes every filter but the `ignore` bits (a view's own dimension). */
export const passes = (mask: FilterMask, i: number, ignore: number) => (mask[i]! & ~ignore) === 0;
