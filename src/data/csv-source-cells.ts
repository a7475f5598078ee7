/**
 * The `sources` and `source_urls` cells: "Publisher, YYYY-MM-DD, Title" (or DD.MM.YYYY;
 * optionally followed by ", https://…") or just a URL, ";"-separated, with URLs lined up by position.
 */
import { foldText } from '../lib/text';
import { ISO_DAY_RE, splitItems } from './csv-cells';
import { readLocaleDate } from './csv-dates';
import { dateProblem } from './dataset-checks';

const URLISH_RE = /^[a-z][a-z0-9+.-]*:\S+$/i;
/** What the export writes for a source whose publication date is unknown. */
const UNKNOWN_DATE = 'date unknown';
// A publisher may hold commas ("Blic (Beta), via naslovi.net"): the date field ends it.
// The date may also be written as Serbian and Azerbaijani spreadsheets show it: 23.12.2024.
const SOURCE_START_RE =
  /^\s*(?:[a-z][a-z0-9+.-]*:\S+\s*$|[^,]+(?:,[^,]+)*?,\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\.?|date unknown)\s*,)/i;
const DOTTED_DAY_RE = /^\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\.?$/;
const isDateField = (part: string) => {
  const p = part.trim();
  return ISO_DAY_RE.test(p) || DOTTED_DAY_RE.test(p) || p.toLowerCase() === UNKNOWN_DATE;
};

/** A source's date field as YYYY-MM-DD (23.12.2024 → 2024-12-23), or as written. */
function isoPublished(field: string): string {
  if (!DOTTED_DAY_RE.test(field)) return field;
  const read = readLocaleDate(field);
  return read !== null && 'iso' in read ? read.iso : field;
}

/** One item of the `sources` cell, as the export writes it. */
export function sourceItem(s: { publisher: string; published?: string; title: string }): string {
  return `${s.publisher}, ${s.published ?? UNKNOWN_DATE}, ${s.title}`;
}

/**
 * Sources split on ";", except where the ";" belongs to a title: a piece that does not start
 * like a source ("Publisher, YYYY-MM-DD, …" or a URL) continues the one before it.
 */
export function splitSources(value: string): string[] {
  return splitItems(value, (piece) => SOURCE_START_RE.test(piece));
}

export interface SourceCell {
  publisher?: string;
  published?: string;
  /** Written "date unknown" (as the export writes a source without a publication date). */
  dateUnknown?: true;
  title?: string;
  url?: string;
}

export type ParsedSource = SourceCell | { problem: string };

/** "Publisher, YYYY-MM-DD, Title", the same followed by ", URL", or just a URL. */
export function parseSource(item: string): ParsedSource {
  if (URLISH_RE.test(item)) return { url: item };
  const parts = item.split(',');
  let url: string | undefined;
  const last = parts[parts.length - 1]!.trim();
  if (parts.length > 1 && URLISH_RE.test(last)) {
    url = last;
    parts.pop();
  }
  // The publisher runs to the first date field (the second field when none is a date).
  const dateAt = Math.max(
    1,
    parts.findIndex((p, i) => i > 0 && isDateField(p)),
  );
  const publisher = parts.slice(0, dateAt).join(',').trim();
  const published = isoPublished((parts[dateAt] ?? '').trim());
  const title = parts
    .slice(dateAt + 1)
    .join(',')
    .trim();
  const dateUnknown = published.toLowerCase() === UNKNOWN_DATE;
  if (
    parts.length < 3 ||
    (!dateUnknown && !ISO_DAY_RE.test(published)) ||
    publisher === '' ||
    title === ''
  ) {
    return { problem: 'must be written "Publisher, YYYY-MM-DD, Title" or be a URL' };
  }
  if (dateUnknown) {
    return { publisher, dateUnknown: true, title, ...(url !== undefined ? { url } : {}) };
  }
  const bad = dateProblem(published, 'day');
  if (bad) return { problem: `has a publication date that does not exist: ${bad}` };
  return { publisher, published, title, ...(url !== undefined ? { url } : {}) };
}

export function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}

/**
 * URLs from the `source_urls` column, by source position. One entry per source lines up by
 * position; when the counts differ (empty entries left out), a URL goes to the only source
 * without a URL whose publisher appears in its host name ("en.trend.az" → "Trend").
 */
export function alignUrls(
  parsed: readonly { publisher?: string; url?: string }[],
  cell: string,
): (string | undefined)[] {
  const out: (string | undefined)[] = parsed.map(() => undefined);
  if (cell === '') return out;
  const items = cell.split(';').map((s) => s.trim());
  if (items.length === parsed.length) {
    items.forEach((u, j) => {
      if (u !== '') out[j] = u;
    });
    return out;
  }
  const letters = (s: string) => foldText(s).replace(/[^a-z0-9]/g, '');
  for (const u of items) {
    if (u === '') continue;
    const host = letters(hostOf(u) ?? '');
    if (host === '') continue;
    const candidates = parsed
      .map((p, j) => ({ p, j }))
      .filter(({ p, j }) => {
        const pub = letters(p.publisher ?? '');
        return p.url === undefined && out[j] === undefined && pub !== '' && host.includes(pub);
      });
    if (candidates.length === 1) out[candidates[0]!.j] = u;
  }
  return out;
}
