/**
 * CSV of engagements → dataset object (pure; no DOM, runs in the Web Worker and in tests).
 *
 * One row per engagement, after a header row naming the columns. Column order is free,
 * names are case-insensitive ("Host country", "host_country" and "hostCountry" are the same),
 * unknown columns are ignored. UTF-8 with or without BOM; RFC 4180 quoting (fields holding
 * commas, quotes or line breaks are quoted, quotes doubled); CRLF or LF line ends. A file
 * whose header row is separated by ";" or tabs instead of commas is read with that separator.
 * Inside a cell, lists are separated by ";". A cell starting with an apostrophe followed by
 * = + - @ (how the app's own export defuses spreadsheet formulas) loses the apostrophe.
 *
 * Columns (required: date, title, sources):
 *   date           YYYY, YYYY-MM or YYYY-MM-DD; the precision follows from the shape.
 *   title          Short title of the engagement.
 *   type           visit, meeting, phone-call, press-statement, diplomatic-protest, agreement,
 *                  ceremony, conference or other (ids or labels such as "Phone call").
 *                  Blank = meeting.
 *   summary        Free text. Blank = none.
 *   city           City where it took place (also read from `place_city`).
 *   place_country  ISO 3166-1 alpha-2 code of the place. Blank with a city = host_country.
 *   host_country   Code of the host country.
 *   guest_country  Code of the travelling side; blank = nobody travelled (call, protest…).
 *   visit_id       Groups the engagements of one trip; blank = an engagement of its own.
 *   level          head-of-state, head-of-government, foreign-minister, minister or official
 *                  (ids or labels). Blank = official.
 *   participants   "Name (Role, CC); Name (Role, CC)". Role and country may be left out:
 *                  "Name (CC)", "Name (Role)" or just "Name". A participant without a country
 *                  takes the country given for the same person on another row, else the row's
 *                  host_country, else the first country of the pair.
 *   sectors        Sector labels (or ids), ";"-separated. Sectors are created as needed.
 *   topics         ";"-separated.
 *   sources        "Publisher, YYYY-MM-DD, Title" (optionally followed by ", https://…") or
 *                  just a URL, ";"-separated. At least one per row. A URL-only source takes
 *                  the site as publisher and the engagement's date, marked as inferred.
 *   date_inferred  true/false (also yes/no, 1/0). Blank = false.
 *   date_note      Why the date is uncertain. Blank = none.
 * Also read, as written by the app's "Download CSV (engagements)": id (event id; blank =
 * made from date and title), date_precision, person_ids (one per participant, same order),
 * sector_ids (one per sector label, same order), source_urls (one per source, same order;
 * ignored when the counts differ). `direction` is ignored (it follows from guest and host).
 *
 * People, sectors and sources named in the file are created as needed, with ids made from
 * their names ("Aleksandar Vučić" → aleksandar-vucic): the same name always gives the same
 * person. Countries: the two codes that occur most in host_country/guest_country are the
 * pair; every other code goes to meta.otherCountries. Country names come from a small
 * built-in table (otherwise the code stands in for the name). meta.title is the file name.
 *
 * Problems are reported per spreadsheet row (the header is row 1) and column.
 */
import { foldText } from '../lib/text';
import { EVENT_TYPE_LABELS, LEVEL_LABELS } from './labels';
import { DATE_PRECISIONS, EVENT_TYPES, LEVELS, type DatasetInput } from './schema';
import { dateProblem, type DatasetIssue } from './validate-dataset';

export interface CsvIssue {
  /** Column name (as written in the file) or a dataset path such as `meta.countries`. */
  path: string;
  reason: string;
  /** Spreadsheet row number: the header is row 1. */
  row?: number;
}

/** Report progress every this many rows. */
export const CSV_PROGRESS_EVERY = 50_000;

// ---------------------------------------------------------------------------------------------
// RFC 4180 records

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

export interface CsvRecords {
  /** Every record, blank lines included (as `['']`), so index + 1 is the spreadsheet row. */
  records: string[][];
  /** Row where a quoted field starts that is never closed, or null. */
  unclosedQuoteRow: number | null;
}

/** Splits CSV text into records of fields. Never throws; a stray quote mid-field is kept. */
export function parseCsvRecords(
  text: string,
  delimiter = ',',
  onProgress?: (fraction: number) => void,
): CsvRecords {
  const records: string[][] = [];
  const n = text.length;
  const D = delimiter.charCodeAt(0);
  let i = n > 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (i >= n) return { records, unclosedQuoteRow: null };
  let record: string[] = [];
  let nextReport = CSV_PROGRESS_EVERY;
  for (;;) {
    let field: string;
    if (i < n && text.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      field = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          record.push(field + text.slice(j));
          records.push(record);
          return { records, unclosedQuoteRow: records.length };
        }
        field += text.slice(j, q);
        if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
          field += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // Anything between the closing quote and the next separator is kept as written.
      let k = j;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === D || c === CR || c === LF) break;
        k++;
      }
      if (k > j) field += text.slice(j, k);
      i = k;
    } else {
      let k = i;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === D || c === CR || c === LF) break;
        k++;
      }
      field = text.slice(i, k);
      i = k;
    }
    record.push(field);
    if (i >= n) {
      records.push(record);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === D) {
      i++;
      continue;
    }
    // A line break: CRLF, LF or a lone CR.
    i += c === CR && i + 1 < n && text.charCodeAt(i + 1) === LF ? 2 : 1;
    records.push(record);
    record = [];
    if (onProgress && records.length >= nextReport) {
      nextReport += CSV_PROGRESS_EVERY;
      onProgress(i / n);
    }
    if (i >= n) break;
  }
  return { records, unclosedQuoteRow: null };
}

/** The column separator of the header line: ",", or ";" / tab when those clearly win. */
export function sniffDelimiter(text: string): string {
  let end = text.indexOf('\n');
  if (end === -1) end = text.length;
  const line = text.slice(0, Math.min(end, 10_000));
  const count = (ch: string) => line.split(ch).length - 1;
  const commas = count(',');
  const semicolons = count(';');
  const tabs = count('\t');
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

// ---------------------------------------------------------------------------------------------
// Countries

/** English short names of common ISO 3166-1 alpha-2 codes (anything else shows its code). */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  AD: 'Andorra',
  AE: 'United Arab Emirates',
  AF: 'Afghanistan',
  AL: 'Albania',
  AM: 'Armenia',
  AR: 'Argentina',
  AT: 'Austria',
  AU: 'Australia',
  AZ: 'Azerbaijan',
  BA: 'Bosnia and Herzegovina',
  BD: 'Bangladesh',
  BE: 'Belgium',
  BG: 'Bulgaria',
  BH: 'Bahrain',
  BR: 'Brazil',
  BY: 'Belarus',
  CA: 'Canada',
  CH: 'Switzerland',
  CL: 'Chile',
  CN: 'China',
  CY: 'Cyprus',
  CZ: 'Czechia',
  DE: 'Germany',
  DK: 'Denmark',
  DZ: 'Algeria',
  EE: 'Estonia',
  EG: 'Egypt',
  ES: 'Spain',
  FI: 'Finland',
  FR: 'France',
  GB: 'United Kingdom',
  GE: 'Georgia',
  GR: 'Greece',
  HR: 'Croatia',
  HU: 'Hungary',
  ID: 'Indonesia',
  IE: 'Ireland',
  IL: 'Israel',
  IN: 'India',
  IQ: 'Iraq',
  IR: 'Iran',
  IS: 'Iceland',
  IT: 'Italy',
  JO: 'Jordan',
  JP: 'Japan',
  KG: 'Kyrgyzstan',
  KR: 'South Korea',
  KW: 'Kuwait',
  KZ: 'Kazakhstan',
  LB: 'Lebanon',
  LT: 'Lithuania',
  LU: 'Luxembourg',
  LV: 'Latvia',
  LY: 'Libya',
  MA: 'Morocco',
  MD: 'Moldova',
  ME: 'Montenegro',
  MK: 'North Macedonia',
  MT: 'Malta',
  MX: 'Mexico',
  MY: 'Malaysia',
  NG: 'Nigeria',
  NL: 'Netherlands',
  NO: 'Norway',
  NZ: 'New Zealand',
  OM: 'Oman',
  PK: 'Pakistan',
  PL: 'Poland',
  PS: 'Palestine',
  PT: 'Portugal',
  QA: 'Qatar',
  RO: 'Romania',
  RS: 'Serbia',
  RU: 'Russia',
  SA: 'Saudi Arabia',
  SE: 'Sweden',
  SI: 'Slovenia',
  SK: 'Slovakia',
  SY: 'Syria',
  TJ: 'Tajikistan',
  TM: 'Turkmenistan',
  TN: 'Tunisia',
  TR: 'Türkiye',
  UA: 'Ukraine',
  US: 'United States',
  UZ: 'Uzbekistan',
  VA: 'Holy See',
  XK: 'Kosovo',
  ZA: 'South Africa',
};

const CODE_BY_NAME = new Map<string, string>(
  Object.entries(COUNTRY_NAMES).map(([code, name]) => [foldText(name), code]),
);
for (const [alias, code] of [
  ['turkey', 'TR'],
  ['united kingdom of great britain and northern ireland', 'GB'],
  ['uk', 'GB'],
  ['usa', 'US'],
  ['united states of america', 'US'],
  ['russian federation', 'RU'],
  ['czech republic', 'CZ'],
  ['republic of korea', 'KR'],
  ['macedonia', 'MK'],
] as const) {
  CODE_BY_NAME.set(alias, code);
}

/** "rs", "RS" or "Serbia" → "RS"; anything else is returned as written (validation says why). */
export function countryCode(value: string): string {
  const v = value.trim();
  if (/^[A-Za-z]{2}$/.test(v)) return v.toUpperCase();
  return CODE_BY_NAME.get(foldText(v).replace(/\s+/g, ' ')) ?? v;
}

const isCode = (v: string) => /^[A-Z]{2}$/.test(v);

// ---------------------------------------------------------------------------------------------
// Columns

const FIELDS = [
  'id',
  'date',
  'date_precision',
  'date_inferred',
  'date_note',
  'type',
  'title',
  'summary',
  'city',
  'place_country',
  'host_country',
  'guest_country',
  'visit_id',
  'level',
  'participants',
  'person_ids',
  'sectors',
  'sector_ids',
  'topics',
  'sources',
  'source_urls',
] as const;
type Field = (typeof FIELDS)[number];

const ALIASES: Record<string, Field> = {
  place_city: 'city',
  event_id: 'id',
  event_type: 'type',
  source: 'sources',
  sector: 'sectors',
  topic: 'topics',
  source_url: 'source_urls',
  urls: 'source_urls',
};

const REQUIRED: readonly Field[] = ['date', 'title', 'sources'];

/** "Host country", "host-country" and "hostCountry" → "host_country". */
export function normalizeColumnName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Lower-case ASCII letters, digits and single dashes; "" when nothing is left. */
export function slugId(input: string, max = 80): string {
  const full = foldText(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= max) return full;
  let cut = full.slice(0, max);
  // End on a whole word when one fits.
  if (full[max] !== '-' && cut.includes('-')) cut = cut.replace(/-[^-]*$/, '');
  return cut.replace(/-+$/, '');
}

const FORMULA_GUARD = /^'[=+\-@\t\r]/;

function splitList(value: string): string[] {
  if (value === '') return [];
  return value
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const SOURCE_START_RE = /^\s*(?:[a-z][a-z0-9+.-]*:\S+\s*$|[^,]+,\s*\d{4}-\d{2}-\d{2}\s*,)/i;

/**
 * Sources split on ";", except where the ";" belongs to a title: a piece that does not start
 * like a source ("Publisher, YYYY-MM-DD, …" or a URL) continues the one before it.
 */
function splitSources(value: string): string[] {
  if (value === '') return [];
  const out: string[] = [];
  for (const part of value.split(';')) {
    if (out.length > 0 && !SOURCE_START_RE.test(part)) out[out.length - 1] += `;${part}`;
    else out.push(part);
  }
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** Participants split on ";", except inside parentheses (a role may hold a ";"). */
function splitParticipants(value: string): string[] {
  if (value === '') return [];
  const out: string[] = [];
  let depth = 0;
  for (const part of value.split(';')) {
    if (out.length > 0 && depth > 0) out[out.length - 1] += `;${part}`;
    else out.push(part);
    for (const ch of part) {
      if (ch === '(') depth += 1;
      else if (ch === ')' && depth > 0) depth -= 1;
    }
  }
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

function short(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

const URLISH_RE = /^[a-z][a-z0-9+.-]*:\S+$/i;
const ISO_DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

function precisionOf(date: string): 'year' | 'month' | 'day' {
  if (/^\d{4}$/.test(date)) return 'year';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  return 'day';
}

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
const findType = enumLookup(EVENT_TYPES, EVENT_TYPE_LABELS);
const findLevel = enumLookup(LEVELS, LEVEL_LABELS);

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

/** Keeps ids unique: `base`, `base-2`, `base-3`, … */
class IdPool {
  private used = new Set<string>();
  reserve(id: string): void {
    this.used.add(id);
  }
  take(base: string): string {
    let id = base;
    for (let k = 2; this.used.has(id); k++) id = `${base}-${k}`;
    this.used.add(id);
    return id;
  }
}

// ---------------------------------------------------------------------------------------------
// Conversion

type EventInput = DatasetInput['events'][number];
type PersonInput = DatasetInput['people'][number];
type SectorInput = DatasetInput['sectors'][number];
type SourceInput = DatasetInput['sources'][number];

interface PendingParticipant {
  event: number;
  slot: number;
  personKey: string;
  host: string | null;
}

export interface CsvImport {
  /** The dataset as plain data, still to be validated; null when the file cannot be read. */
  dataset: DatasetInput | null;
  /** Problems found while reading the CSV itself. */
  issues: CsvIssue[];
  /** Spreadsheet row of each event (same order as `dataset.events`). */
  eventRows: number[];
  /** Row where each person, sector and source was first named (same order as the dataset). */
  personRows: number[];
  sectorRows: number[];
  sourceRows: number[];
  /** Header names as written in the file, by field. */
  columns: Partial<Record<Field, string>>;
}

export interface CsvImportOptions {
  /** The file name: becomes meta.title. */
  name: string;
  /** meta.updated (YYYY-MM-DD); default today. */
  today?: string;
  onProgress?: (fraction: number) => void;
}

function emptyImport(issues: CsvIssue[]): CsvImport {
  return {
    dataset: null,
    issues,
    eventRows: [],
    personRows: [],
    sectorRows: [],
    sourceRows: [],
    columns: {},
  };
}

export function csvToDataset(text: string, options: CsvImportOptions): CsvImport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Progress: splitting into records is the first 40 %, building the dataset the rest.
  const report = options.onProgress;
  const { records, unclosedQuoteRow } = parseCsvRecords(
    body,
    sniffDelimiter(body),
    report ? (f) => report(0.4 * f) : undefined,
  );
  if (unclosedQuoteRow !== null) {
    return emptyImport([
      {
        row: unclosedQuoteRow,
        path: '(file)',
        reason: 'a quoted field starts here but its closing quote (") is missing',
      },
    ]);
  }

  const isBlank = (r: string[]) => r.every((f) => f.trim() === '');
  const headerAt = records.findIndex((r) => !isBlank(r));
  if (headerAt === -1) {
    return emptyImport([{ path: '(file)', reason: 'is empty: it has no header row and no rows' }]);
  }
  const headerRow = headerAt + 1;
  const columnIndex = new Map<Field, number>();
  const columns: Partial<Record<Field, string>> = {};
  records[headerAt]!.forEach((raw, at) => {
    const norm = normalizeColumnName(raw);
    const field = (FIELDS as readonly string[]).includes(norm) ? (norm as Field) : ALIASES[norm];
    if (field && !columnIndex.has(field)) {
      columnIndex.set(field, at);
      columns[field] = raw.replace(/^\uFEFF/, '').trim();
    }
  });
  if (columnIndex.size === 0) {
    return emptyImport([
      {
        row: headerRow,
        path: '(header)',
        reason:
          'the first row must name the columns (date, title, type, participants, sectors, sources, …): see the CSV template',
      },
    ]);
  }
  const missing = REQUIRED.filter((f) => !columnIndex.has(f));
  if (missing.length > 0) {
    return emptyImport(
      missing.map((f) => ({
        row: headerRow,
        path: f,
        reason: 'this column is missing (every file needs date, title and sources)',
      })),
    );
  }
  const col = (f: Field) => columns[f] ?? f;

  const dataRows: { row: number; values: string[] }[] = [];
  for (let r = headerAt + 1; r < records.length; r++) {
    const values = records[r]!;
    if (!isBlank(values)) dataRows.push({ row: r + 1, values });
  }
  if (dataRows.length === 0) {
    return emptyImport([{ path: '(file)', reason: 'has a header row but no engagements' }]);
  }

  const issues: CsvIssue[] = [];
  const today = options.today ?? new Date().toISOString().slice(0, 10);

  // Event ids: explicit ones first, so made-up ids never collide with them.
  const eventIds = new IdPool();
  const idAt = columnIndex.get('id');
  if (idAt !== undefined) {
    for (const { values } of dataRows) {
      const v = (values[idAt] ?? '').trim();
      if (v !== '') eventIds.reserve(v);
    }
  }

  const people: PersonInput[] = [];
  const personRows: number[] = [];
  const personByKey = new Map<string, number>();
  const personIds = new IdPool();
  const personHasCountry: boolean[] = [];
  const roleDates: Map<string, string>[] = [];

  const sectors: SectorInput[] = [];
  const sectorRows: number[] = [];
  const sectorByKey = new Map<string, number>();
  const sectorPretty: boolean[] = [];
  const sectorIds = new IdPool();

  const sources: SourceInput[] = [];
  const sourceRows: number[] = [];
  const sourceByKey = new Map<string, number>();
  const sourceIds = new IdPool();

  const events: EventInput[] = [];
  const eventRows: number[] = [];
  const pending: PendingParticipant[] = [];
  const pairCount = new Map<string, number>();
  const otherCount = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  const seeCountry = (code: string | null | undefined, pair: boolean) => {
    if (!code || !isCode(code)) return;
    if (!firstSeen.has(code)) firstSeen.set(code, firstSeen.size);
    const counts = pair ? pairCount : otherCount;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  };

  // Most names repeat from row to row: parse and fold each distinct cell value once.
  const participantCache = new Map<string, ParsedParticipant>();
  const sectorCache = new Map<
    string,
    { key: string; slug: string; label: string; pretty: boolean }
  >();
  const typeCache = new Map<string, EventInput['type'] | undefined>();
  const levelCache = new Map<string, EventInput['level'] | undefined>();
  const countryCache = new Map<string, string>();
  const code = (value: string) => {
    let c = countryCache.get(value);
    if (c === undefined) {
      c = countryCode(value);
      countryCache.set(value, c);
    }
    return c;
  };

  let done = 0;
  for (const { row, values } of dataRows) {
    done += 1;
    if (report && done % CSV_PROGRESS_EVERY === 0) report(0.4 + (0.6 * done) / dataRows.length);
    const get = (f: Field): string => {
      const at = columnIndex.get(f);
      if (at === undefined) return '';
      const v = (values[at] ?? '').trim();
      return FORMULA_GUARD.test(v) ? v.slice(1) : v;
    };
    const problem = (f: Field, reason: string) => issues.push({ row, path: col(f), reason });
    const e = events.length;

    // Date
    const date = get('date');
    const givenPrecision = get('date_precision');
    const datePrecision =
      givenPrecision === ''
        ? precisionOf(date)
        : (DATE_PRECISIONS as readonly string[]).includes(givenPrecision.toLowerCase())
          ? givenPrecision.toLowerCase()
          : givenPrecision;
    if (date === '') problem('date', 'is empty (write YYYY, YYYY-MM or YYYY-MM-DD)');
    else if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(date)) {
      problem(
        'date',
        `"${short(date)}" must be written YYYY-MM-DD (spreadsheets often reformat dates: format the column as text)`,
      );
    }
    const dateShapeOk = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date);
    if (dateShapeOk && (DATE_PRECISIONS as readonly string[]).includes(datePrecision)) {
      // Checked here too: validation only gets to real-date checks once the whole file parses.
      const bad = dateProblem(date, datePrecision as 'year' | 'month' | 'day');
      if (bad) problem('date', bad);
    }

    // Type and level
    const typeRaw = get('type');
    let type: string = 'meeting';
    if (typeRaw !== '') {
      if (!typeCache.has(typeRaw)) typeCache.set(typeRaw, findType(typeRaw));
      const found = typeCache.get(typeRaw);
      if (found) type = found;
      else {
        type = typeRaw;
        problem(
          'type',
          `"${short(typeRaw)}" is not an event type (use one of: ${EVENT_TYPES.join(', ')})`,
        );
      }
    }
    const levelRaw = get('level');
    let level: string = 'official';
    if (levelRaw !== '') {
      if (!levelCache.has(levelRaw)) levelCache.set(levelRaw, findLevel(levelRaw));
      const found = levelCache.get(levelRaw);
      if (found) level = found;
      else {
        level = levelRaw;
        problem('level', `"${short(levelRaw)}" is not a level (use one of: ${LEVELS.join(', ')})`);
      }
    }

    // Countries and place
    const hostRaw = get('host_country');
    const guestRaw = get('guest_country');
    const host = hostRaw === '' ? null : code(hostRaw);
    const guest = guestRaw === '' ? null : code(guestRaw);
    seeCountry(host, true);
    seeCountry(guest, true);
    if (guest !== null && guest === host) {
      problem('guest_country', `guest and host are both "${short(guest)}"`);
    } else if (guest !== null && host === null) {
      problem('host_country', 'is empty, but a travelling guest needs a host country');
    }
    const city = get('city');
    const placeRaw = get('place_country');
    let place: EventInput['place'] = null;
    if (placeRaw !== '') {
      place = { country: code(placeRaw), ...(city !== '' ? { city } : {}) };
    } else if (city !== '') {
      if (host !== null) place = { city, country: host };
      else
        problem(
          'place_country',
          `is needed for the city "${short(city)}" (or fill in host_country)`,
        );
    }
    seeCountry(place?.country, false);

    // Date flags
    const inferredRaw = get('date_inferred').toLowerCase();
    let dateInferred = false;
    if (TRUE_WORDS.has(inferredRaw)) dateInferred = true;
    else if (inferredRaw !== '' && !FALSE_WORDS.has(inferredRaw)) {
      problem('date_inferred', `"${short(inferredRaw)}" must be true or false`);
    }
    const dateNote = get('date_note');

    // Participants
    const participantItems = splitParticipants(get('participants'));
    const idItems = splitList(get('person_ids'));
    const useIds = idItems.length > 0;
    if (useIds && idItems.length !== participantItems.length) {
      problem(
        'person_ids',
        `lists ${idItems.length} id${idItems.length === 1 ? '' : 's'} for ${participantItems.length} participant${participantItems.length === 1 ? '' : 's'}`,
      );
    }
    const participants: NonNullable<EventInput['participants']> = [];
    participantItems.forEach((item, j) => {
      let parsed = participantCache.get(item);
      if (parsed === undefined) {
        const p = parseParticipant(item);
        const folded = foldText(p.name);
        parsed = { ...p, folded, slug: slugId(p.name) };
        participantCache.set(item, parsed);
      }
      if (parsed.name === '') {
        problem('participants', `"${short(item)}" has no name`);
        return;
      }
      const givenId = useIds ? idItems[j] : undefined;
      const slug = parsed.slug;
      const key = givenId ?? (slug !== '' ? slug : `name:${parsed.folded.replace(/\s+/g, ' ')}`);
      let p = personByKey.get(key);
      if (p === undefined) {
        p = people.length;
        const id = givenId ?? personIds.take(slug !== '' ? slug : 'person');
        if (givenId) personIds.reserve(givenId);
        people.push({
          id,
          name: parsed.name,
          aliases: [],
          country: parsed.country ?? '',
          roles: [],
        });
        personRows.push(row);
        personHasCountry.push(parsed.country !== null);
        roleDates.push(new Map());
        personByKey.set(key, p);
      } else {
        const person = people[p]!;
        const name = parsed.name;
        const folded = parsed.folded;
        if (
          person.name !== name &&
          foldText(person.name) !== folded &&
          !(person.aliases ?? []).some((a) => a === name || foldText(a) === folded)
        ) {
          (person.aliases ??= []).push(name);
        }
        if (!personHasCountry[p] && parsed.country !== null) {
          person.country = parsed.country;
          personHasCountry[p] = true;
        }
      }
      if (parsed.role !== '') {
        const dates = roleDates[p]!;
        const asOf = datePrecision === 'day' && ISO_DAY_RE.test(date) ? date : '';
        const prev = dates.get(parsed.role);
        if (prev === undefined || asOf > prev) dates.set(parsed.role, asOf);
      }
      seeCountry(parsed.country, false);
      if (parsed.country === null) {
        pending.push({ event: e, slot: participants.length, personKey: key, host });
      }
      participants.push({
        personId: people[p]!.id,
        role: parsed.role,
        country: parsed.country ?? '',
      });
    });

    // Sectors
    const sectorLabels = splitList(get('sectors'));
    const sectorIdItems = splitList(get('sector_ids'));
    const eventSectors: string[] = [];
    if (sectorIdItems.length > 0) {
      if (sectorLabels.length > 0 && sectorLabels.length !== sectorIdItems.length) {
        problem(
          'sector_ids',
          `lists ${sectorIdItems.length} id${sectorIdItems.length === 1 ? '' : 's'} for ${sectorLabels.length} sector label${sectorLabels.length === 1 ? '' : 's'}`,
        );
      }
      const labelled = sectorLabels.length === sectorIdItems.length;
      sectorIdItems.forEach((id, j) => {
        const label = labelled ? sectorLabels[j]! : prettyLabel(id);
        eventSectors.push(addSector(id, id, label, row, !labelled));
      });
    } else {
      for (const raw of sectorLabels) {
        let s = sectorCache.get(raw);
        if (s === undefined) {
          const slug = slugId(raw);
          const pretty = raw === slug;
          s = {
            key: slug !== '' ? slug : `label:${foldText(raw)}`,
            slug,
            label: pretty ? prettyLabel(raw) : raw,
            pretty,
          };
          sectorCache.set(raw, s);
        }
        eventSectors.push(addSector(s.key, s.slug, s.label, row, s.pretty));
      }
    }
    const uniqueSectors = [...new Set(eventSectors)];

    // Sources
    const parsedSources: Exclude<ParsedSource, { problem: string }>[] = [];
    for (const item of splitSources(get('sources'))) {
      const parsed = parseSource(item);
      if ('problem' in parsed) problem('sources', `"${short(item)}" ${parsed.problem}`);
      else parsedSources.push(parsed);
    }
    const urls = alignUrls(parsedSources, get('source_urls'));
    const fallbackPublished = !dateShapeOk
      ? today
      : date.length === 4
        ? `${date}-01-01`
        : date.length === 7
          ? `${date}-01`
          : date;
    const eventSources: string[] = [];
    parsedSources.forEach((parsed, j) => {
      const url = parsed.url ?? urls[j];
      const published = parsed.published ?? fallbackPublished;
      const publisher = parsed.publisher ?? hostOf(url ?? '') ?? 'Unknown publisher';
      const title = parsed.title ?? url ?? publisher;
      const key =
        parsed.published === undefined && url !== undefined
          ? `url:${url}`
          : `${publisher}\u0000${published}\u0000${title}`;
      let s = sourceByKey.get(key);
      if (s === undefined) {
        s = sources.length;
        const id = sourceIds.take(slugId(`${publisher} ${published} ${title}`, 60) || 'source');
        sources.push({
          id,
          publisher,
          published,
          ...(parsed.published === undefined
            ? {
                publishedInferred: true,
                publishedNote:
                  "No publication date was given; the engagement's date is used instead.",
              }
            : {}),
          ...(url !== undefined ? { url } : {}),
          title,
        });
        sourceRows.push(row);
        sourceByKey.set(key, s);
      } else if (url !== undefined && sources[s]!.url === undefined) {
        sources[s]!.url = url;
      }
      if (!eventSources.includes(sources[s]!.id)) eventSources.push(sources[s]!.id);
    });
    if (get('sources') === '') {
      problem('sources', 'is empty: every engagement must cite at least one source');
    }

    // Id
    const givenId = get('id');
    const id =
      givenId !== '' ? givenId : eventIds.take(slugId(`${date} ${get('title')}`) || 'event');

    const event: EventInput = {
      id,
      date,
      datePrecision: datePrecision as EventInput['datePrecision'],
      dateInferred,
      ...(dateNote !== '' ? { dateNote } : {}),
      type: type as EventInput['type'],
      place,
      hostCountry: host,
      guestCountry: guest,
      visitId: get('visit_id') === '' ? null : get('visit_id'),
      level: level as EventInput['level'],
      title: get('title'),
      summary: get('summary'),
      participants,
      sectors: uniqueSectors,
      topics: splitList(get('topics')),
      sourceIds: eventSources,
    };
    events.push(event);
    eventRows.push(row);
  }

  /** The id of the sector known by `key`, created on first sight. */
  function addSector(key: string, id: string, label: string, row: number, pretty: boolean) {
    const at = sectorByKey.get(key);
    if (at !== undefined) {
      const sector = sectors[at]!;
      if (sectorPretty[at] && !pretty) {
        sector.label = label;
        sectorPretty[at] = false;
      }
      return sector.id;
    }
    const newId = id !== '' ? id : sectorIds.take('sector');
    sectorIds.reserve(newId);
    sectorByKey.set(key, sectors.length);
    sectors.push({ id: newId, label });
    sectorRows.push(row);
    sectorPretty.push(pretty);
    return newId;
  }

  // The pair: the two codes most used as host or guest, then by place and participants.
  const rank = (counts: Map<string, number>) =>
    [...counts.keys()].sort(
      (a, b) => counts.get(b)! - counts.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!,
    );
  const pair = rank(pairCount).slice(0, 2);
  for (const code of rank(otherCount)) {
    if (pair.length >= 2) break;
    if (!pair.includes(code)) pair.push(code);
  }
  const others = [...firstSeen.keys()].filter((c) => !pair.includes(c));
  if (pair.length < 2) {
    issues.push({
      path: col('host_country'),
      reason:
        pair.length === 0
          ? 'no row names a country: fill in host_country and guest_country (ISO codes such as AZ, RS)'
          : `only one country (${pair[0]}) appears: the engagements must involve two countries (fill in guest_country, or the participants' countries)`,
    });
  }

  // Participants without a country: the person's country, else the host, else the pair's first.
  for (const p of pending) {
    const index = personByKey.get(p.personKey)!;
    const person = people[index]!;
    const country = personHasCountry[index] ? person.country : (p.host ?? pair[0] ?? '');
    events[p.event]!.participants![p.slot]!.country = country;
    if (!personHasCountry[index] && person.country === '') person.country = country;
  }
  people.forEach((person, i) => {
    const roles = [...roleDates[i]!.entries()];
    roles.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    person.roles = roles.map(([title, asOf]) => (asOf !== '' ? { title, asOf } : { title }));
  });

  if (sectors.length === 0) {
    issues.push({
      path: col('sectors'),
      reason: 'no row names a sector: give at least one engagement a sector (e.g. "Energy")',
    });
  }

  const stem = options.name.replace(/\.[^.]*$/, '').trim();
  const metaId = slugId(stem, 60);
  const dataset: DatasetInput = {
    meta: {
      ...(metaId !== '' ? { id: metaId } : {}),
      title: short(stem === '' ? 'Imported engagements' : stem, 199),
      description: short(`Imported from ${options.name}.`, 1999),
      countries: pair.map((code) => ({ code, name: COUNTRY_NAMES[code] ?? code })),
      otherCountries: others.map((code) => ({ code, name: COUNTRY_NAMES[code] ?? code })),
      version: today,
      updated: today,
      attribution: '',
    },
    sources,
    sectors,
    people,
    events,
  };
  return { dataset, issues, eventRows, personRows, sectorRows, sourceRows, columns };
}

function prettyLabel(slug: string): string {
  const words = slug.replace(/-+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface ParsedParticipant {
  name: string;
  role: string;
  country: string | null;
  folded: string;
  slug: string;
}

/** "Name (Role, CC)", "Name (CC)", "Name (Role)" or "Name". */
export function parseParticipant(item: string): {
  name: string;
  role: string;
  country: string | null;
} {
  const m = /^([^(]*?)\s*\((.*)\)\s*$/s.exec(item);
  if (!m) return { name: item.trim(), role: '', country: null };
  const name = m[1]!.trim();
  const inner = m[2]!;
  const comma = inner.lastIndexOf(',');
  const last = (comma === -1 ? inner : inner.slice(comma + 1)).trim();
  const code = countryCode(last);
  if (isCode(code)) {
    return { name, role: comma === -1 ? '' : inner.slice(0, comma).trim(), country: code };
  }
  return { name, role: inner.trim(), country: null };
}

type ParsedSource =
  { publisher?: string; published?: string; title?: string; url?: string } | { problem: string };

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
  const publisher = parts[0]!.trim();
  const published = (parts[1] ?? '').trim();
  const title = parts.slice(2).join(',').trim();
  if (parts.length < 3 || !ISO_DAY_RE.test(published) || publisher === '' || title === '') {
    return { problem: 'must be written "Publisher, YYYY-MM-DD, Title" or be a URL' };
  }
  const bad = dateProblem(published, 'day');
  if (bad) return { problem: `has a publication date that does not exist: ${bad}` };
  return { publisher, published, title, ...(url !== undefined ? { url } : {}) };
}

/**
 * URLs from the `source_urls` column, by source position. One entry per source lines up by
 * position; when the counts differ (empty entries left out), a URL goes to the only source
 * without a URL whose publisher appears in its host name ("en.trend.az" → "Trend").
 */
function alignUrls(
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

function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Validation issues → rows and columns

const EVENT_FIELD_COLUMNS: Record<string, Field> = {
  id: 'id',
  date: 'date',
  datePrecision: 'date_precision',
  dateInferred: 'date_inferred',
  dateNote: 'date_note',
  type: 'type',
  title: 'title',
  summary: 'summary',
  hostCountry: 'host_country',
  guestCountry: 'guest_country',
  visitId: 'visit_id',
  level: 'level',
  participants: 'participants',
  sectors: 'sectors',
  topics: 'topics',
  sourceIds: 'sources',
};

const ORDINAL_RE = /^\[(\d+)\]\.?(.*)$/;

/** Maps a validation issue of the converted dataset (`events[3].date: …`) to its row and column. */
export function csvIssueFromValidation(raw: DatasetIssue, imported: CsvImport): CsvIssue {
  // "…but AZ→RS in events[0]" → "…but AZ→RS in row 2".
  const issue = {
    path: raw.path,
    reason: raw.reason.replace(/\bevents\[(\d+)\]/g, (m, i: string) => {
      const row = imported.eventRows[Number(i)];
      return row === undefined ? m : `row ${row}`;
    }),
  };
  const col = (f: Field) => imported.columns[f] ?? f;
  const m = /^(events|people|sectors|sources)\[(\d+)\]\.?(.*)$/.exec(issue.path);
  if (!m) return { path: issue.path, reason: issue.reason };
  const [, collection, at, rest] = m as unknown as [string, string, string, string];
  const i = Number(at);
  const dataset = imported.dataset;
  if (collection === 'events') {
    const row = imported.eventRows[i];
    const [head = '', ...tail] = rest.split('.');
    const field = head.replace(/\[.*$/, '');
    let column: Field | undefined = EVENT_FIELD_COLUMNS[field];
    if (field === 'datePrecision' && imported.columns.date_precision === undefined) column = 'date';
    if (field === 'place') column = tail[0] === 'city' ? 'city' : 'place_country';
    const item = ORDINAL_RE.exec(head.slice(field.length));
    const reason =
      item && (field === 'participants' || field === 'topics' || field === 'sourceIds')
        ? `${field === 'participants' ? 'participant' : field === 'topics' ? 'topic' : 'source'} ${Number(item[1]) + 1}: ${issue.reason}`
        : issue.reason;
    return { row, path: column ? col(column) : rest || issue.path, reason };
  }
  const field = rest === '' ? 'value' : rest;
  if (collection === 'people') {
    const name = dataset?.people[i]?.name ?? '';
    return {
      row: imported.personRows[i],
      path: col('participants'),
      reason: `${field} of "${short(name)}": ${issue.reason}`,
    };
  }
  if (collection === 'sectors') {
    const label = dataset?.sectors[i]?.label ?? '';
    return {
      row: imported.sectorRows[i],
      path: col('sectors'),
      reason: `${field} of "${short(label)}": ${issue.reason}`,
    };
  }
  const source = dataset?.sources[i];
  const shownAs = source?.url ?? source?.title ?? '';
  return {
    row: imported.sourceRows[i],
    path: col('sources'),
    reason: `${field} of "${short(shownAs)}": ${issue.reason}`,
  };
}
