import { FILTER_DIMENSIONS, LIST_DIMENSIONS } from '../model/filter-dimensions';
import { emptyFilters, type Filters } from '../model/filters';

/**
 * The whole of the app's state that lives in the address bar, and its one codec. Parameter
 * names are part of the public interface (documented in the README). Parsing never throws:
 * anything it cannot read is dropped, and so is any parameter it does not know.
 */
export interface AppUrlState {
  filters: Filters;
  /** `present=1`: the slides are showing. */
  present: boolean;
  /** `slide=<id>` or a 1-based slide number as written; null when absent or junk. */
  slide: string | null;
  /** `data=<path>` as written (a shipped dataset to open), checked later by `resolveDataParam`. */
  data: string | null;
  /** `milestones=0`: the charts hide their milestone markers (shown by default). */
  milestones: boolean;
}

type FilterParam = (typeof FILTER_DIMENSIONS)[number] extends infer D
  ? D extends { param: infer P extends string }
    ? P
    : D extends { params: readonly (infer P extends string)[] }
      ? P
      : never
  : never;

/** Every parameter, in the order they are written: the filters' (in table order), then the app's. */
export const URL_PARAMS: readonly UrlParam[] = [
  ...FILTER_DIMENSIONS.flatMap((d): FilterParam[] => ('params' in d ? [...d.params] : [d.param])),
  'milestones',
  'data',
  'present',
  'slide',
];
export type UrlParam = FilterParam | 'milestones' | 'data' | 'present' | 'slide';

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
const NUMBER_RE = /^\d{1,6}$/;
const MAX_ITEMS = 100;
const MAX_QUERY = 200;
const MAX_DATA = 500;
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2200;

export function emptyUrlState(): AppUrlState {
  return { filters: emptyFilters(), present: false, slide: null, data: null, milestones: true };
}

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

// Control characters never belong in a search box or a path.
// eslint-disable-next-line no-control-regex
const stripControls = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, ' ');

export function searchParamsToFilters(params: URLSearchParams): Filters {
  const f = emptyFilters();
  for (const d of LIST_DIMENSIONS) f[d.key] = list(params.get(d.param), d.pattern);
  f.from = year(params.get('from'));
  f.to = year(params.get('to'));
  if (f.from !== null && f.to !== null && f.from > f.to) {
    f.from = null;
    f.to = null;
  }
  f.q = stripControls(params.get('q') ?? '').slice(0, MAX_QUERY);
  return f;
}

/** Reads a query string (with or without its `?`). */
export function parseAppUrl(search: string): AppUrlState {
  const params = new URLSearchParams(search);
  const present = (params.get('present') ?? '').trim().toLowerCase();
  const slide = (params.get('slide') ?? '').trim();
  const data = params.get('data');
  const milestones = (params.get('milestones') ?? '').trim().toLowerCase();
  return {
    filters: searchParamsToFilters(params),
    present: present === '1' || present === 'true',
    slide: ID_RE.test(slide) ? slide : null,
    data: data === null || data.trim() === '' ? null : stripControls(data).slice(0, MAX_DATA),
    // Only an explicit "off" hides them: junk leaves the default.
    milestones: !(milestones === '0' || milestones === 'false' || milestones === 'off'),
  };
}

function values(state: AppUrlState): Record<UrlParam, string> {
  const { filters: f } = state;
  const lists = {} as Record<(typeof LIST_DIMENSIONS)[number]['param'], string>;
  for (const d of LIST_DIMENSIONS) lists[d.param] = f[d.key].join(',');
  return {
    ...lists,
    from: f.from === null ? '' : String(f.from),
    to: f.to === null ? '' : String(f.to),
    q: f.q,
    milestones: state.milestones ? '' : '0',
    data: state.data ?? '',
    present: state.present ? '1' : '',
    // A slide only means something while presenting.
    slide: state.present ? (state.slide ?? '') : '',
  };
}

/** Writes the canonical query string: `''` or a string starting with `?`. */
export function formatAppUrl(state: AppUrlState): string {
  const p = new URLSearchParams();
  const v = values(state);
  for (const key of URL_PARAMS) if (v[key] !== '') p.set(key, v[key]);
  // Commas separate list items; they are legal in a query and easier to read unescaped.
  const s = p.toString().replace(/%2C/g, ',');
  return s === '' ? '' : `?${s}`;
}

/**
 * The 0-based index of the slide a `slide` parameter names: an id of `slideIds`, or a
 * 1-based slide number. Anything else (missing, unknown, out of range) opens the first slide.
 */
export function resolveSlide(slideParam: string | null, slideIds: readonly string[]): number {
  if (slideParam === null || slideIds.length === 0) return 0;
  const byId = slideIds.indexOf(slideParam);
  if (byId >= 0) return byId;
  if (NUMBER_RE.test(slideParam)) {
    const n = Number(slideParam);
    if (n >= 1 && n <= slideIds.length) return n - 1;
  }
  return 0;
}
