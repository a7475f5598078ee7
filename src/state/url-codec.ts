import { emptyFilters, type Filters } from '../model/filters';

/**
 * The URL is the shareable mirror of the filter state. Parameter names are part of the
 * public interface (documented in the README): sector, from, to, dir, type, person, q.
 * Parsing never throws: anything it cannot read is dropped.
 */
export const FILTER_PARAMS = ['sector', 'from', 'to', 'dir', 'type', 'person', 'q'] as const;

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
const DIR_RE = /^(?:[A-Z]{2}-[A-Z]{2}|none|elsewhere)$/;
const MAX_ITEMS = 100;
const MAX_QUERY = 200;
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

function list(value: string | null, pattern: RegExp): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const raw of value.split(',')) {
    const v = raw.trim();
    if (pattern.test(v) && !out.includes(v)) out.push(v);
    if (out.length >= MAX_ITEMS) break;
  }
  return out;
}

function year(value: string | null): number | null {
  if (value === null || !/^\s*\d{4}\s*$/.test(value)) return null;
  const y = Number(value);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

export function searchParamsToFilters(params: URLSearchParams): Filters {
  const f = emptyFilters();
  f.sectors = list(params.get('sector'), ID_RE);
  f.from = year(params.get('from'));
  f.to = year(params.get('to'));
  if (f.from !== null && f.to !== null && f.from > f.to) {
    f.from = null;
    f.to = null;
  }
  f.directions = list(params.get('dir'), DIR_RE);
  f.types = list(params.get('type'), ID_RE);
  f.people = list(params.get('person'), ID_RE);
  // Control characters never belong in a search box.
  // eslint-disable-next-line no-control-regex
  f.q = (params.get('q') ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, MAX_QUERY);
  return f;
}

export function filtersToSearchParams(filters: Filters): URLSearchParams {
  const p = new URLSearchParams();
  const entries: Record<(typeof FILTER_PARAMS)[number], string> = {
    sector: filters.sectors.join(','),
    from: filters.from === null ? '' : String(filters.from),
    to: filters.to === null ? '' : String(filters.to),
    dir: filters.directions.join(','),
    type: filters.types.join(','),
    person: filters.people.join(','),
    q: filters.q,
  };
  for (const key of FILTER_PARAMS) if (entries[key] !== '') p.set(key, entries[key]);
  return p;
}

/** Replaces the filter parameters of a query string, keeping the others (present, slide, data). */
export function mergeFiltersIntoSearch(search: string, filters: Filters): string {
  const current = new URLSearchParams(search);
  for (const key of FILTER_PARAMS) current.delete(key);
  for (const [k, v] of filtersToSearchParams(filters)) current.set(k, v);
  const s = current.toString().replace(/%2C/g, ',');
  return s === '' ? '' : `?${s}`;
}
