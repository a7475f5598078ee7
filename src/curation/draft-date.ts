/**
 * Dates in an article: the ` date YYYY-MM-DD` header of the seed files, the dateline
 * ("BAKU, Azerbaijan, December 23"), written dates ("7 November 2023", "on August 7") and
 * relative ones ("yesterday", "on Monday", "a month ago"). A year or a day the article does not
 * state is taken from the publication date and marked inferred, with the reason.
 */
import type { DatePrecision } from '../data/schema';
import type { Confidence } from './draft-types';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_ALT =
  '(January|February|March|April|May|June|July|August|September|October|November|December)';

export interface DateMention {
  /** Offset in the article. */
  at: number;
  end: number;
  date: string;
  precision: DatePrecision;
  confidence: Confidence;
  /** Set when part of the date comes from elsewhere (the year from the publication date). */
  inferred?: string;
  quote: string;
}

export interface DateContext {
  /** Publication date (options, else the ` date` header), YYYY-MM-DD. */
  published: string | null;
  /** Where `published` came from, for the evidence. */
  publishedFrom: 'options' | 'header' | null;
  /** The dateline's date, when the article opens with one. */
  dateline: DateMention | null;
  mentions: DateMention[];
}

const HEADER_RE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/;
const ISO_DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MONTH_RE = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_ALT}(?:,?\\s+(\\d{4}))?\\b`, 'g');
const MONTH_DAY_RE = new RegExp(
  `\\b${MONTH_ALT}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`,
  'g',
);
const ISO_IN_TEXT_RE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const RELATIVE_RE =
  /\b(yesterday|today|on (?:last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:a|one|two|three|\d{1,2}) (?:day|week|month)s? ago|last month)\b/gi;

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar day, YYYY-MM-DD, or null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function validDay(s: string | undefined | null): string | null {
  if (!s || !ISO_DAY_RE.test(s)) return null;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return isoDay(y, m, d);
}

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function dayOf(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The year of a "December 23" that states none: the publication's, or the one before. */
function yearFor(month: number, day: number, published: string): number {
  const pubYear = Number(published.slice(0, 4));
  const same = isoDay(pubYear, month, day);
  // A date more than a week after publication was last year's ("December 30" in a January piece).
  if (same && utc(same).getTime() - utc(published).getTime() > 7 * 86_400_000) return pubYear - 1;
  return pubYear;
}

interface Written {
  at: number;
  end: number;
  month: number;
  day: number;
  year: number | null;
  text: string;
}

function writtenDates(text: string): Written[] {
  const out: Written[] = [];
  const month = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
  for (const m of text.matchAll(DAY_MONTH_RE)) {
    out.push({
      at: m.index,
      end: m.index + m[0].length,
      day: Number(m[1]),
      month: month(m[2]!),
      year: m[3] ? Number(m[3]) : null,
      text: m[0],
    });
  }
  for (const m of text.matchAll(MONTH_DAY_RE)) {
    if (out.some((w) => m.index >= w.at && m.index < w.end)) continue;
    out.push({
      at: m.index,
      end: m.index + m[0].length,
      month: month(m[1]!),
      day: Number(m[2]),
      year: m[3] ? Number(m[3]) : null,
      text: m[0],
    });
  }
  for (const m of text.matchAll(ISO_IN_TEXT_RE)) {
    const [, y, mo, d] = m;
    out.push({
      at: m.index,
      end: m.index + m[0].length,
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      text: m[0],
    });
  }
  return out;
}

function resolveWritten(w: Written, published: string | null, fallbackYear: number | null) {
  if (w.year !== null) {
    const date = isoDay(w.year, w.month, w.day);
    return date ? { date, confidence: 'high' as const } : null;
  }
  if (published) {
    const date = isoDay(yearFor(w.month, w.day, published), w.month, w.day);
    const reason = `The article gives "${w.text.trim()}" without a year: the year is the publication date's (${published}).`;
    return date ? { date, confidence: 'medium' as const, inferred: reason } : null;
  }
  if (fallbackYear !== null) {
    const date = isoDay(fallbackYear, w.month, w.day);
    const reason = `The article gives "${w.text.trim()}" without a year: the year is the one its other dates give (${fallbackYear}).`;
    return date ? { date, confidence: 'low' as const, inferred: reason } : null;
  }
  return null;
}

function relativeDate(
  phrase: string,
  published: string,
): { date: string; precision: DatePrecision } | null {
  const p = phrase.toLowerCase();
  const base = utc(published);
  const shift = (days: number) => dayOf(new Date(base.getTime() + days * 86_400_000));
  if (p === 'today') return { date: published, precision: 'day' };
  if (p === 'yesterday') return { date: shift(-1), precision: 'day' };
  const weekday = WEEKDAYS.findIndex((d) => p.endsWith(d));
  if (weekday >= 0) {
    let back = (base.getUTCDay() - weekday + 7) % 7;
    if (p.includes('last') && back === 0) back = 7;
    return { date: shift(-back), precision: 'day' };
  }
  const ago = /^(a|one|two|three|\d{1,2}) (day|week|month)s? ago$/.exec(p);
  const count = ago ? ({ a: 1, one: 1, two: 2, three: 3 }[ago[1]!] ?? Number(ago[1])) : 1;
  const unit = ago ? ago[2] : 'month';
  if (unit === 'day') return { date: shift(-count), precision: 'day' };
  if (unit === 'week') return { date: shift(-7 * count), precision: 'day' };
  const d = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() - count, 1));
  return { date: dayOf(d).slice(0, 7), precision: 'month' };
}

function relativeMentions(text: string, published: string | null): DateMention[] {
  if (!published) return [];
  const out: DateMention[] = [];
  for (const m of text.matchAll(RELATIVE_RE)) {
    const resolved = relativeDate(m[0].replace(/^on /i, ''), published);
    if (!resolved) continue;
    out.push({
      at: m.index,
      end: m.index + m[0].length,
      ...resolved,
      confidence: 'medium',
      inferred: `"${m[0]}" is counted back from the publication date (${published}).`,
      quote: m[0],
    });
  }
  return out;
}

const DATELINE_RE = new RegExp(
  `^\\s*(?:date\\s+\\d{4}-\\d{2}-\\d{2}\\s+)?([A-Z][A-Z .'-]{1,40}),\\s*([A-Z][A-Za-z ]{1,40}),\\s*${MONTH_ALT}\\s+(\\d{1,2})`,
);

/** "BAKU, Azerbaijan, December 23": the city and country of the agency's bureau, and the date. */
export function datelineOf(
  text: string,
): { city: string; country: string; at: number; end: number } | null {
  const m = DATELINE_RE.exec(text.slice(0, 400));
  if (!m) return null;
  const cityStart = m[0].indexOf(m[1]!);
  return { city: m[1]!.trim(), country: m[2]!.trim(), at: cityStart, end: m[0].length };
}

/** Every date the article states, resolved against the publication date. */
export function readDates(text: string, publishedOption: string | undefined): DateContext {
  const header = HEADER_RE.exec(text);
  const fromOptions = validDay(publishedOption);
  const fromHeader = header ? validDay(header[1]) : null;
  const published = fromOptions ?? fromHeader;
  const publishedFrom = fromOptions ? 'options' : fromHeader ? 'header' : null;
  const written = writtenDates(text).filter((w) => !(header && w.at < header[0].length));
  const years = written.map((w) => w.year).filter((y): y is number => y !== null);
  const fallbackYear = years.length > 0 ? years[0]! : null;
  const mentions: DateMention[] = [];
  for (const w of written) {
    const r = resolveWritten(w, published, fallbackYear);
    if (r) mentions.push({ at: w.at, end: w.end, precision: 'day', quote: w.text.trim(), ...r });
  }
  mentions.push(...relativeMentions(text, published));
  mentions.sort((a, b) => a.at - b.at);
  const line = datelineOf(text);
  const dateline = line
    ? (mentions.find((m) => m.at >= line.at && m.at < line.end + 2) ?? null)
    : null;
  return { published, publishedFrom, dateline, mentions };
}

/** The date mention nearest an offset within [from, to), or null. */
export function nearestDate(
  ctx: DateContext,
  from: number,
  to: number,
  near: number,
): DateMention | null {
  let best: DateMention | null = null;
  for (const m of ctx.mentions) {
    // The dateline dates the report; a sentence's own date is what follows it.
    if (m.at < from || m.at >= to || m === ctx.dateline) continue;
    if (!best || Math.abs(m.at - near) < Math.abs(best.at - near)) best = m;
  }
  return best;
}
