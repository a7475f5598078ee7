/**
 * `?data=<path>` opens another dataset shipped with the app under `public/data/`.
 * Only a bare file name or `data/<file>.json` (or `.parquet`) is accepted, so a link can never make the app
 * fetch from another site or outside `data/`.
 */

export const DATA_LINK_REFUSED =
  'Only datasets shipped with the app under data/ can be opened from a link';

export type DataParamResult = { ok: true; path: string } | { ok: false; reason: string };

// A file name: letters, digits, ".", "_", "-", starting with a letter or digit, ending
// ".json" or ".parquet".
const NAME = '[A-Za-z0-9][A-Za-z0-9._-]*\\.(?:json|parquet)';
const IN_DATA_RE = new RegExp(`^data/${NAME}$`);
const BARE_RE = new RegExp(`^${NAME}$`);
const MAX_SHOWN = 80;

function shown(value: string): string {
  const v = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return `"${v}"`;
}

function refuse(value: string, why: string): DataParamResult {
  return { ok: false, reason: `${DATA_LINK_REFUSED}: ${shown(value)} ${why}.` };
}

/**
 * Reads the `data` parameter (already percent-decoded once, as `URLSearchParams.get` gives it).
 * Returns null when there is none (show the default dataset), the path to fetch, or why the
 * link was refused.
 */
export function resolveDataParam(value: string | null): DataParamResult | null {
  if (value === null) return null;
  const v = value.trim();
  if (v === '') return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith('//') || v.startsWith('\\\\')) {
    return refuse(v, 'points to another site or scheme');
  }
  if (v.includes('..') || v.includes('\\') || v.includes('%') || v.startsWith('/')) {
    return refuse(v, 'is not a plain file name under data/');
  }
  if (IN_DATA_RE.test(v)) return { ok: true, path: v };
  if (BARE_RE.test(v)) return { ok: true, path: `data/${v}` };
  return refuse(v, 'is not the name of a .json or .parquet file under data/');
}
