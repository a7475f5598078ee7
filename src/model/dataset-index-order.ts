import type { EngagementEvent } from '../data/schema';
import { dateSortKey } from './dates';

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
export function sortByDate(list: readonly EngagementEvent[]): EngagementEvent[] {
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
