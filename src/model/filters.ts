import { LIST_DIMENSIONS, type ListKey } from './filter-dimensions';

/**
 * The dashboard's filter state. Within one filter any value may match; across filters all
 * must. The list filters (sector ids; directions as `GUEST-HOST` codes, `elsewhere` or `none`;
 * event types; person ids) are the list entries of `FILTER_DIMENSIONS`.
 */
export type Filters = {
  /** First year, inclusive. */
  from: number | null;
  /** Last year, inclusive. */
  to: number | null;
  /** Free text, matched without regard to case or diacritics. */
  q: string;
} & Record<ListKey, string[]>;

export const NO_TRAVEL = 'none';
/** Meetings at a venue in neither country of the pair (New York, Davos, Sofia…). */
export const ELSEWHERE = 'elsewhere';

export function emptyFilters(): Filters {
  const lists = {} as Record<ListKey, string[]>;
  for (const d of LIST_DIMENSIONS) lists[d.key] = [];
  return { ...lists, from: null, to: null, q: '' };
}

export function toggleValue(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function filtersEqual(a: Filters, b: Filters): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.q === b.q &&
    LIST_DIMENSIONS.every((d) => same(a[d.key], b[d.key]))
  );
}
