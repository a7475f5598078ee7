/** The dashboard's filter state. Within one filter any value may match; across filters all must. */
export interface Filters {
  /** Sector ids. */
  sectors: string[];
  /** First year, inclusive. */
  from: number | null;
  /** Last year, inclusive. */
  to: number | null;
  /**
   * Travel directions as `GUEST-HOST` country codes (`AZ-RS`: Azerbaijan visiting Serbia),
   * `elsewhere` (met at a third-country venue) or `none` (no travel).
   */
  directions: string[];
  /** Event types. */
  types: string[];
  /** Person ids. */
  people: string[];
  /** Free text, matched without regard to case or diacritics. */
  q: string;
}

export const NO_TRAVEL = 'none';
/** Meetings at a venue in neither country of the pair (New York, Davos, Sofia…). */
export const ELSEWHERE = 'elsewhere';

export function emptyFilters(): Filters {
  return { sectors: [], from: null, to: null, directions: [], types: [], people: [], q: '' };
}

export function toggleValue(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function filtersEqual(a: Filters, b: Filters): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    same(a.sectors, b.sectors) &&
    a.from === b.from &&
    a.to === b.to &&
    same(a.directions, b.directions) &&
    same(a.types, b.types) &&
    same(a.people, b.people) &&
    a.q === b.q
  );
}
