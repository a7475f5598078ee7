/**
 * CSV of engagements → dataset object (pure; no DOM, runs in the Web Worker and in tests).
 *
 * The columns are listed in csv-columns.ts (the same list the app's "Download CSV
 * (engagements)" writes, so its files read back). UTF-8 with or without BOM; RFC 4180 quoting
 * (fields holding commas, quotes or line breaks are quoted, quotes doubled); CRLF or LF line
 * ends. A file whose header row is separated by ";" or tabs instead of commas is read with
 * that separator. A cell starting with an apostrophe followed by = + - @ (how the app's own
 * export defuses spreadsheet formulas) loses the apostrophe.
 *
 * People, sectors and sources named in the file are created as needed (csv-entities.ts).
 * Countries: the two codes that occur most in host_country/guest_country are the pair; every
 * other code goes to meta.otherCountries. Country names come from a small built-in table
 * (otherwise the code stands in for the name). meta.title is the file name.
 *
 * Problems are reported per spreadsheet row (the header is row 1) and column.
 */
import { slugId } from '../lib/text';
import { COUNTRY_NAMES } from './country-names';
import { clip, type EventInput } from './csv-cells';
import {
  readCsvHeader,
  REQUIRED_CSV_COLUMNS,
  type CsvColumnName,
  type CsvHeader,
} from './csv-columns';
import { createRowContext, readEventRow, rowCells, type RowContext } from './csv-event-row';
import { CSV_PROGRESS_EVERY, parseCsvRecords, sniffDelimiter } from './csv-records';
import type { WorkbookSheets } from './dataset-job';
import type { DatasetInput } from './schema';

export interface CsvIssue {
  /** Column name (as written in the file) or a dataset path such as `meta.countries`. */
  path: string;
  reason: string;
  /** Spreadsheet row number: the header is row 1. */
  row?: number;
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
  /** Header names as written in the file, by column. */
  columns: Partial<Record<CsvColumnName, string>>;
  /** Of a workbook: its sheets and the one read. */
  sheets?: WorkbookSheets;
}

export interface CsvImportOptions {
  /** The file name: becomes meta.title. */
  name: string;
  /** meta.updated (YYYY-MM-DD); default today. */
  today?: string;
  onProgress?: (fraction: number) => void;
}

export function emptyImport(issues: CsvIssue[]): CsvImport {
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

/** A table of engagements: from a CSV's records, or from a Parquet file's columns. */
export interface CsvTable {
  header: CsvHeader;
  /** The non-blank rows after the header, with their spreadsheet row numbers. */
  rows: { row: number; values: string[] }[];
}

const isBlank = (r: readonly string[]) => r.every((f) => f.trim() === '');

/** Records → the header's columns and the data rows, or why the file has neither. */
function readTable(
  text: string,
  onProgress: ((fraction: number) => void) | undefined,
): CsvTable | { issues: CsvIssue[] } {
  const { records, unclosedQuoteRow } = parseCsvRecords(text, sniffDelimiter(text), onProgress);
  if (unclosedQuoteRow !== null) {
    const reason = 'a quoted field starts here but its closing quote (") is missing';
    return { issues: [{ row: unclosedQuoteRow, path: '(file)', reason }] };
  }
  const headerAt = records.findIndex((r) => !isBlank(r));
  if (headerAt === -1) {
    return { issues: [{ path: '(file)', reason: 'is empty: it has no header row and no rows' }] };
  }
  const headerRow = headerAt + 1;
  const header = readCsvHeader(records[headerAt]!);
  if (header.at.size === 0) {
    const reason =
      'the first row must name the columns (date, title, type, participants, sectors, sources, …): see the CSV template';
    return { issues: [{ row: headerRow, path: '(header)', reason }] };
  }
  const rows: CsvTable['rows'] = [];
  for (let r = headerAt + 1; r < records.length; r++) {
    const values = records[r]!;
    if (!isBlank(values)) rows.push({ row: r + 1, values });
  }
  const issues = tableIssues({ header, rows }, headerRow);
  return issues === null ? { header, rows } : { issues };
}

/** Every row's event, in file order, with its row number. */
function readEvents(
  table: CsvTable,
  ctx: RowContext,
  issues: CsvIssue[],
  report: ((fraction: number) => void) | undefined,
): { events: EventInput[]; eventRows: number[] } {
  const { at, written } = table.header;
  const idAt = at.get('id');
  if (idAt !== undefined) {
    for (const { values } of table.rows) {
      const id = (values[idAt] ?? '').trim();
      if (id !== '') ctx.eventIds.reserve(id);
    }
  }
  const problem = (row: number, column: CsvColumnName, reason: string) =>
    issues.push({ row, path: written[column] ?? column, reason });
  const events: EventInput[] = [];
  const eventRows: number[] = [];
  for (const { row, values } of table.rows) {
    if (report && (events.length + 1) % CSV_PROGRESS_EVERY === 0) {
      report((events.length + 1) / table.rows.length);
    }
    events.push(readEventRow(rowCells(row, events.length, values, at, problem), ctx));
    eventRows.push(row);
  }
  return { events, eventRows };
}

/** Fills in the countries of participants written without one, now that the pair is known. */
function settleParticipantCountries(
  ctx: RowContext,
  events: EventInput[],
  pair: readonly string[],
) {
  for (const p of ctx.pending) {
    const country = ctx.people.countryOf(p.person, p.host ?? pair[0] ?? '');
    events[p.event]!.participants![p.slot]!.country = country;
  }
}

/** Problems of the file as a whole: no pair of countries, no sector. */
function fileIssues(ctx: RowContext, pair: readonly string[], header: CsvHeader): CsvIssue[] {
  const col = (c: CsvColumnName) => header.written[c] ?? c;
  const issues: CsvIssue[] = [];
  if (pair.length < 2) {
    issues.push({
      path: col('host_country'),
      reason:
        pair.length === 0
          ? 'no row names a country: fill in host_country and guest_country (ISO codes such as AZ, RS)'
          : `only one country (${pair[0]}) appears: the engagements must involve two countries (fill in guest_country, or the participants' countries)`,
    });
  }
  if (ctx.sectors.sectors.length === 0) {
    issues.push({
      path: col('sectors'),
      reason: 'no row names a sector: give at least one engagement a sector (e.g. "Energy")',
    });
  }
  return issues;
}

function datasetMeta(
  name: string,
  today: string,
  pair: readonly string[],
  others: readonly string[],
) {
  const stem = name.replace(/\.[^.]*$/, '').trim();
  const metaId = slugId(stem, 60);
  const country = (code: string) => ({ code, name: COUNTRY_NAMES[code] ?? code });
  return {
    ...(metaId !== '' ? { id: metaId } : {}),
    title: clip(stem === '' ? 'Imported engagements' : stem, 199),
    description: clip(`Imported from ${name}.`, 1999),
    countries: pair.map(country),
    otherCountries: others.map(country),
    version: today,
    updated: today,
    attribution: '',
  };
}

export function csvToDataset(text: string, options: CsvImportOptions): CsvImport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Progress: splitting into records is the first 40 %, building the dataset the rest.
  const report = options.onProgress;
  const table = readTable(body, report ? (f) => report(0.4 * f) : undefined);
  if ('issues' in table) return emptyImport(table.issues);
  return tableToDataset(table, {
    ...options,
    onProgress: report && ((f) => report(0.4 + 0.6 * f)),
  });
}

/** The problems of a table that has no required columns or no rows, or null when it has both. */
export function tableIssues(table: CsvTable, headerRow?: number): CsvIssue[] | null {
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !table.header.at.has(c));
  if (missing.length > 0) {
    const reason = 'this column is missing (every file needs date, title and sources)';
    return missing.map((path) => ({
      ...(headerRow === undefined ? {} : { row: headerRow }),
      path,
      reason,
    }));
  }
  if (table.rows.length === 0) {
    return [{ path: '(file)', reason: 'has a header row but no engagements' }];
  }
  return null;
}

/** A table of engagements (one row each, columns as in csv-columns.ts) → dataset. */
export function tableToDataset(table: CsvTable, options: CsvImportOptions): CsvImport {
  const report = options.onProgress;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const ctx = createRowContext(today);
  const issues: CsvIssue[] = [];
  const { events, eventRows } = readEvents(table, ctx, issues, report);
  const pair = ctx.countries.pair();
  issues.push(...fileIssues(ctx, pair, table.header));
  settleParticipantCountries(ctx, events, pair);
  ctx.people.finishRoles();
  const dataset: DatasetInput = {
    meta: datasetMeta(options.name, today, pair, ctx.countries.others(pair)),
    sources: ctx.sources.sources,
    sectors: ctx.sectors.sectors,
    people: ctx.people.people,
    events,
  };
  return {
    dataset,
    issues,
    eventRows,
    personRows: ctx.people.rows,
    sectorRows: ctx.sectors.rows,
    sourceRows: ctx.sources.rows,
    columns: table.header.written,
  };
}
