/**
 * One reader per kind of CSV cell: dates, true/false, lists, countries and places, type and
 * level, participants and documents. A reader returns the value and reports what is wrong
 * through `problem`, naming the column; the row is the caller's business.
 */
import { foldText, slugId } from '../lib/text';
import { countryCode, isCountryCode } from './country-names';
import type { CsvColumnName } from './csv-columns';
import { DOCUMENT_KIND_LABELS, EVENT_TYPE_LABELS, LEVEL_LABELS } from './labels';
import {
  DATE_PRECISIONS,
  DOCUMENT_KINDS,
  EVENT_TYPES,
  LEVELS,
  type DatePrecision,
  type DatasetInput,
  type DocumentKind,
} from './schema';
import { readLocaleDate } from './csv-dates';
import { dateProblem } from './dataset-checks';

export type EventInput = DatasetInput['events'][number];

export type CellProblem = (column: CsvColumnName, reason: string) => void;

/** How the export joins the items of a list cell; the importer splits on ";" alone. */
export const CSV_LIST_SEPARATOR = '; ';

/** Longest id the importer makes from a name or a title. */
export const MAX_MADE_ID = 80;

/** A value quoted in a problem, cut to `max` characters. */
export function clip(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** A function of one string, remembering its answers: most cells repeat from row to row. */
export function memoize<T>(read: (value: string) => T): (value: string) => T {
  const seen = new Map<string, T>();
  return (value) => {
    if (seen.has(value)) return seen.get(value) as T;
    const out = read(value);
    seen.set(value, out);
    return out;
  };
}

// How the app's own export defuses spreadsheet formulas: an apostrophe before = + - @.
const FORMULA_GUARD = /^'[=+\-@\t\r]/;

/** A cell as meant: trimmed, without the apostrophe that defused a formula. */
export function cellValue(raw: string | undefined): string {
  const v = (raw ?? '').trim();
  return FORMULA_GUARD.test(v) ? v.slice(1) : v;
}

// ---------------------------------------------------------------------------------------------
// Lists

export function splitList(value: string): string[] {
  if (value === '') return [];
  return value
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Items split on ";", except where the ";" belongs to an item: a piece that does not start
 * like an item continues the one before it.
 */
export function splitItems(value: string, startsItem: (piece: string) => boolean): string[] {
  if (value === '') return [];
  const out: string[] = [];
  for (const part of value.split(';')) {
    // Asked of every piece, the first too: a test may keep count as it goes.
    const starts = startsItem(part);
    if (out.length > 0 && !starts) out[out.length - 1] += `;${part}`;
    else out.push(part);
  }
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** Participants split on ";", except inside parentheses (a role may hold a ";"). */
export function splitParticipants(value: string): string[] {
  let depth = 0;
  return splitItems(value, (part) => {
    const starts = depth === 0;
    for (const ch of part) {
      if (ch === '(') depth += 1;
      else if (ch === ')' && depth > 0) depth -= 1;
    }
    return starts;
  });
}

/** "3 ids for 2 participants": what a list of ids says against the list it goes with. */
export function countMismatch(ids: number, what: string, items: number): string {
  return `lists ${ids} id${ids === 1 ? '' : 's'} for ${items} ${what}${items === 1 ? '' : 's'}`;
}

// ---------------------------------------------------------------------------------------------
// Dates and true/false

export const ISO_DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_SHAPE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function precisionOf(date: string): DatePrecision {
  if (/^\d{4}$/.test(date)) return 'year';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  return 'day';
}

const isPrecision = (value: string): value is DatePrecision =>
  (DATE_PRECISIONS as readonly string[]).includes(value);

export interface CellDate {
  date: string;
  /** A precision, or the `date_precision` cell as written when it is none. */
  precision: string;
  /** The date is written YYYY, YYYY-MM or YYYY-MM-DD. */
  shapeOk: boolean;
}

/** The `date` and `date_precision` cells. */
export function readDate(written: string, givenPrecision: string, problem: CellProblem): CellDate {
  const local = DATE_SHAPE_RE.test(written) ? null : readLocaleDate(written);
  if (local !== null && 'problem' in local) problem('date', local.problem);
  const date = local !== null && 'iso' in local ? local.iso : written;
  const lower = givenPrecision.toLowerCase();
  const precision =
    givenPrecision === '' ? precisionOf(date) : isPrecision(lower) ? lower : givenPrecision;
  if (date === '') problem('date', 'is empty (write YYYY, YYYY-MM or YYYY-MM-DD)');
  else if (local === null && /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(date)) {
    problem(
      'date',
      `"${clip(date)}" must be written YYYY-MM-DD or DD.MM.YYYY, with a four-digit year`,
    );
  }
  const shapeOk = DATE_SHAPE_RE.test(date);
  if (shapeOk && isPrecision(precision)) {
    // Checked here too: validation only gets to real-date checks once the whole file parses.
    const bad = dateProblem(date, precision);
    if (bad) problem('date', bad);
  }
  return { date, precision, shapeOk };
}

/** The first day a date of any precision stands for: "2022" → "2022-01-01". */
export function firstDayOf(date: CellDate, fallback: string): string {
  if (!date.shapeOk) return fallback;
  if (date.date.length === 4) return `${date.date}-01-01`;
  if (date.date.length === 7) return `${date.date}-01`;
  return date.date;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

/** true/false, yes/no, y/n or 1/0; blank = false. */
export function readBoolean(cell: string, column: CsvColumnName, problem: CellProblem): boolean {
  const value = cell.toLowerCase();
  if (TRUE_WORDS.has(value)) return true;
  if (value !== '' && !FALSE_WORDS.has(value))
    problem(column, `"${clip(value)}" must be true or false`);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Type, level and document kind

/** Finds an enum value from its id or label, ignoring case, accents, spaces and underscores. */
function enumLookup<T extends string>(values: readonly T[], labels: Record<T, string>) {
  const map = new Map<string, T>();
  const key = (s: string) =>
    foldText(s)
      .trim()
      .replace(/[\s_]+/g, '-');
  for (const v of values) {
    map.set(key(v), v);
    map.set(key(labels[v]), v);
  }
  return (value: string): T | undefined => map.get(key(value));
}
export const findType = enumLookup(EVENT_TYPES, EVENT_TYPE_LABELS);
export const findLevel = enumLookup(LEVELS, LEVEL_LABELS);
export const findDocumentKind = enumLookup(DOCUMENT_KINDS, DOCUMENT_KIND_LABELS);

/** A cell naming one value of a set: blank = `blank`; an unknown one is kept as written. */
function readOneOf<T extends string>(
  raw: string,
  blank: T,
  find: (value: string) => T | undefined,
  unknown: () => void,
): T {
  if (raw === '') return blank;
  const found = find(raw);
  if (found) return found;
  unknown();
  return raw as T;
}

/** The `type` cell: blank = meeting. */
export function readType(
  raw: string,
  find: (value: string) => EventInput['type'] | undefined,
  problem: CellProblem,
): EventInput['type'] {
  return readOneOf(raw, 'meeting', find, () =>
    problem('type', `"${clip(raw)}" is not an event type (use one of: ${EVENT_TYPES.join(', ')})`),
  );
}

/** The `level` cell: blank = official. */
export function readLevel(
  raw: string,
  find: (value: string) => EventInput['level'] | undefined,
  problem: CellProblem,
): EventInput['level'] {
  return readOneOf(raw, 'official', find, () =>
    problem('level', `"${clip(raw)}" is not a level (use one of: ${LEVELS.join(', ')})`),
  );
}

// ---------------------------------------------------------------------------------------------
// Countries and place

export interface CellSides {
  host: string | null;
  guest: string | null;
  place: EventInput['place'];
}

/** The host_country, guest_country, place_city and place_country cells. */
export function readSides(
  cells: { host: string; guest: string; city: string; placeCountry: string },
  code: (value: string) => string,
  problem: CellProblem,
): CellSides {
  const host = cells.host === '' ? null : code(cells.host);
  const guest = cells.guest === '' ? null : code(cells.guest);
  if (guest !== null && guest === host) {
    problem('guest_country', `guest and host are both "${clip(guest)}"`);
  } else if (guest !== null && host === null) {
    problem('host_country', 'is empty, but a travelling guest needs a host country');
  }
  const { city, placeCountry } = cells;
  let place: EventInput['place'] = null;
  if (placeCountry !== '') {
    place = { country: code(placeCountry), ...(city !== '' ? { city } : {}) };
  } else if (city !== '') {
    if (host !== null) place = { city, country: host };
    else
      problem('place_country', `is needed for the city "${clip(city)}" (or fill in host_country)`);
  }
  return { host, guest, place };
}

// ---------------------------------------------------------------------------------------------
// Participants

export interface ParsedParticipant {
  name: string;
  role: string;
  country: string | null;
}

/** "Name (Role, CC)", "Name (CC)", "Name (Role)" or "Name". */
export function parseParticipant(item: string): ParsedParticipant {
  const m = /^([^(]*?)\s*\((.*)\)\s*$/s.exec(item);
  if (!m) return { name: item.trim(), role: '', country: null };
  const name = m[1]!.trim();
  const inner = m[2]!;
  const comma = inner.lastIndexOf(',');
  const last = (comma === -1 ? inner : inner.slice(comma + 1)).trim();
  const code = countryCode(last);
  if (isCountryCode(code)) {
    return { name, role: comma === -1 ? '' : inner.slice(0, comma).trim(), country: code };
  }
  return { name, role: inner.trim(), country: null };
}

export interface ParticipantCell extends ParsedParticipant {
  /** The name folded for comparison. */
  folded: string;
  /** The id the name makes ("" when it has no ASCII letters or digits). */
  slug: string;
}

/** `parseParticipant`, with the folded name and its slug. */
export function readParticipant(item: string): ParticipantCell {
  const p = parseParticipant(item);
  return { ...p, folded: foldText(p.name), slug: slugId(p.name, MAX_MADE_ID) };
}

// ---------------------------------------------------------------------------------------------
// Documents: "Kind: Title (signed by Name, Name)", as the export writes them

const SIGNED_BY_RE = /\s*\(signed by ([^()]*)\)\s*$/;

export interface DocumentCell {
  /** A kind's label (or id). */
  kind: string;
  title: string;
  /** Names (or ids) of those who signed. */
  signatories: readonly string[];
}

/** One item of the `documents` cell. */
export function documentItem(d: DocumentCell): string {
  const signed = d.signatories.length > 0 ? ` (signed by ${d.signatories.join(', ')})` : '';
  return `${d.kind}: ${d.title}${signed}`;
}

function kindBeforeColon(piece: string): DocumentKind | undefined {
  const colon = piece.indexOf(':');
  return colon > 0 ? findDocumentKind(piece.slice(0, colon)) : undefined;
}

/** Documents split on ";", except where the ";" belongs to a title. */
export function splitDocuments(value: string): string[] {
  return splitItems(value, (piece) => kindBeforeColon(piece) !== undefined);
}

/** The inverse of `documentItem`: kind id, title and the signatories as written. */
export function parseDocumentItem(
  item: string,
): { kind: DocumentKind; title: string; signatories: string[] } | { problem: string } {
  const kind = kindBeforeColon(item);
  if (kind === undefined) {
    return {
      problem: `must be written "Kind: Title" or "Kind: Title (signed by Name, Name)", the kind one of: ${DOCUMENT_KINDS.join(', ')}`,
    };
  }
  const rest = item.slice(item.indexOf(':') + 1).trim();
  const signed = SIGNED_BY_RE.exec(rest);
  const title = signed ? rest.slice(0, signed.index).trim() : rest;
  const signatories = signed
    ? signed[1]!
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
    : [];
  return { kind, title, signatories };
}
