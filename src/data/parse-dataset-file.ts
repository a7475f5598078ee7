/**
 * An opened file → a validated dataset, or the problems that stop it. Pure: used by the
 * dataset Web Worker, by the main-thread fallback and by tests. The file never leaves the
 * browser: nothing here (or in the worker) touches the network.
 */
import { csvToDataset, type CsvImport } from './csv-import';
import type { DatasetIssue } from './dataset-error';
import {
  EVENTS_PER_MESSAGE,
  MAX_LISTED_ISSUES,
  errorText,
  type DatasetFormat,
  type DatasetJobMessage,
  type DatasetJobRequest,
  type ImportIssue,
  type ImportPhase,
  type ParseResult,
} from './dataset-job';
import { csvIssueFromValidation } from './csv-issues';
import { isParquetBuffer, parquetToDataset } from './parquet-import';
import { isZipBuffer } from './zip-signature';
import { decodeText, lostLetterWords } from './text-encoding';
import { validateDataset } from './validate-dataset';
import { plural } from '../lib/plural';

/** JSON or CSV, from the extension, else from the content; null when neither fits. */
export function detectFormat(text: string, name: string): DatasetFormat | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'json';
  const firstLine = start.slice(0, Math.max(0, start.search(/\r?\n|$/)));
  // eslint-disable-next-line no-control-regex
  if (/[,;\t]/.test(firstLine) && !/[\u0000-\u0008\uFFFD]/.test(firstLine)) return 'csv';
  return null;
}

/** The file's text, in whichever encoding it was saved (text-encoding.ts). */
export function decodeDatasetBuffer(buffer: ArrayBuffer): string {
  return decodeText(buffer).text;
}

function failure(name: string, issues: ImportIssue[], message?: string): ParseResult {
  return {
    ok: false,
    issues: issues.slice(0, MAX_LISTED_ISSUES),
    total: issues.length,
    message: message ?? `${name} is not a valid dataset (${plural(issues.length, 'problem')})`,
  };
}

/** A problem with the file as a whole. */
function fileFailure(name: string, reason: string, message: string): ParseResult {
  return failure(name, [{ path: '(file)', reason }], message);
}

export interface ParseOptions {
  /** `rows`: the number of engagements, once known. */
  onProgress?: (phase: ImportPhase, fraction: number, rows?: number) => void;
  /** For CSV: meta.updated (default today). */
  today?: string;
}

/** How many events parsed JSON holds, when it holds a list of them. */
function eventCount(json: unknown): number | undefined {
  const events = (json as { events?: unknown } | null)?.events;
  return Array.isArray(events) ? events.length : undefined;
}

function parseJson(text: string, name: string, options: ParseOptions): ParseResult {
  const progress = options.onProgress ?? (() => {});
  progress('parsing', 0);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = errorText(error);
    return fileFailure(name, `is not valid JSON: ${detail}`, `${name} is not valid JSON`);
  }
  const rows = eventCount(json);
  progress('validating', 0, rows);
  const result = validateDataset(json);
  progress('validating', 1, rows);
  if (!result.ok) return failure(name, result.issues);
  return { ok: true, dataset: result.dataset, format: 'json' };
}

/** A table import (CSV or Parquet) → validated dataset, problems mapped back to rows and columns. */
function fromTable(
  imported: CsvImport,
  name: string,
  format: DatasetFormat,
  progress: NonNullable<ParseOptions['onProgress']>,
): ParseResult {
  if (!imported.dataset) return failure(name, imported.issues);
  progress('validating', 0, imported.dataset.events.length);
  const result = validateDataset(imported.dataset);
  progress('validating', 1, imported.dataset.events.length);
  if (result.ok && imported.issues.length === 0) {
    return { ok: true, dataset: result.dataset, format };
  }
  const issues: ImportIssue[] = [...imported.issues];
  if (!result.ok) issues.push(...tableValidationIssues(result.issues, imported, issues));
  // File order: problems without a row (file-wide) first, then by row.
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return failure(name, issues);
}

/** Validation problems as row and column problems, leaving out those `known` already explain. */
function tableValidationIssues(
  raw: readonly DatasetIssue[],
  imported: CsvImport,
  known: readonly ImportIssue[],
): ImportIssue[] {
  const out: ImportIssue[] = [];
  const seen = new Set(known.map((i) => `${i.row ?? ''}\u0000${i.path}`));
  const seenExact = new Set<string>();
  for (const problem of raw) {
    // A CSV-level problem already explains this cell (or the missing pair of countries).
    const dataset = imported.dataset;
    if (problem.path.startsWith('meta.countries') && (dataset?.meta.countries.length ?? 0) < 2) {
      continue;
    }
    if (problem.path === 'sectors' && (dataset?.sectors.length ?? 0) === 0) continue;
    const issue = csvIssueFromValidation(problem, imported);
    const key = `${issue.row ?? ''}\u0000${issue.path}`;
    if (seen.has(key)) continue;
    const exact = `${key}\u0000${issue.reason}`;
    if (seenExact.has(exact)) continue;
    seenExact.add(exact);
    out.push(issue);
  }
  return out;
}

function parseCsv(text: string, name: string, options: ParseOptions): ParseResult {
  const progress = options.onProgress ?? (() => {});
  progress('parsing', 0);
  const imported = csvToDataset(text, {
    name,
    today: options.today,
    onProgress: (f) => progress('parsing', f),
  });
  return fromTable(withLostLettersNoted(imported, text), name, 'csv', progress);
}

/**
 * A CSV whose names arrived with "?" for letters still opens, but its description (shown
 * under the title) says so and how to keep them: the reader must not take "?liyev" as data.
 */
function withLostLettersNoted(imported: CsvImport, text: string): CsvImport {
  const words = lostLetterWords(text);
  if (!imported.dataset || words.length === 0) return imported;
  const meta = imported.dataset.meta;
  const note =
    ` Some letters were lost before it was opened: "?" stands for a letter in ${words.map((w) => `"${w}"`).join(', ')}. ` +
    'A spreadsheet saved in a code page without that letter writes "?" (Windows-1254 has no "ə"); ' +
    'save it as CSV UTF-8 or open the .xlsx itself to keep every name whole.';
  const description = `${meta.description ?? ''}${note}`.slice(0, 1999);
  return { ...imported, dataset: { ...imported.dataset, meta: { ...meta, description } } };
}

/** Reads and validates a Parquet file of engagements (the CSV's columns). Never throws. */
export async function parseParquetFile(
  buffer: ArrayBuffer,
  name: string,
  options: ParseOptions = {},
): Promise<ParseResult> {
  const progress = options.onProgress ?? (() => {});
  try {
    progress('parsing', 0);
    const imported = await parquetToDataset(buffer, { name, today: options.today });
    // A file the import's fast path vouched for is validated already.
    if (imported.checked) {
      progress('validating', 1, imported.checked.events.length);
      return { ok: true, dataset: imported.checked, format: 'parquet' };
    }
    return fromTable(imported, name, 'parquet', progress);
  } catch (error) {
    const detail = errorText(error);
    return fileFailure(name, `could not be read: ${detail}`, `${name} could not be read`);
  }
}

/** Reads and validates an Excel workbook of engagements (the CSV's columns). Never throws. */
export async function parseXlsxFile(
  buffer: ArrayBuffer,
  name: string,
  options: ParseOptions & { sheet?: string } = {},
): Promise<ParseResult> {
  const progress = options.onProgress ?? (() => {});
  try {
    progress('parsing', 0);
    const { xlsxToDataset } = await import('./xlsx-import');
    const imported = await xlsxToDataset(buffer, {
      name,
      today: options.today,
      sheet: options.sheet,
      onProgress: (f) => progress('parsing', f),
    });
    progress('parsing', 1, imported.dataset?.events.length);
    const result = fromTable(imported, name, 'xlsx', progress);
    return imported.sheets ? { ...result, sheets: imported.sheets } : result;
  } catch (error) {
    const detail = errorText(error);
    return fileFailure(name, `could not be read: ${detail}`, `${name} could not be read`);
  }
}

/** An .xlsx by its name, or a zip archive by its first bytes (a workbook renamed). */
function isWorkbook(
  request: DatasetJobRequest,
): request is Extract<DatasetJobRequest, { buffer: ArrayBuffer }> {
  if (!('buffer' in request)) return false;
  return /\.xlsx$/i.test(request.name) || isZipBuffer(request.buffer);
}

/** Parses and validates an opened file's text. Never throws. */
export function parseDatasetFile(
  text: string,
  name: string,
  options: ParseOptions = {},
): ParseResult {
  try {
    if (text.replace(/^\uFEFF/, '').trim() === '') {
      return failure(name, [{ path: '(file)', reason: 'is empty' }], `${name} is empty`);
    }
    const format = detectFormat(text, name);
    if (format === null) {
      return failure(
        name,
        [{ path: '(file)', reason: 'is neither a JSON dataset nor a CSV of engagements' }],
        `${name} is not a JSON or CSV file`,
      );
    }
    return format === 'json' ? parseJson(text, name, options) : parseCsv(text, name, options);
  } catch (error) {
    const detail = errorText(error);
    return fileFailure(name, `could not be read: ${detail}`, `${name} could not be read`);
  }
}

/** Posts a parse result: the dataset (in slices of events when it is large), or the problems. */
function postResult(result: ParseResult, post: (message: DatasetJobMessage) => void): void {
  const sheets = result.sheets ? { sheets: result.sheets } : {};
  if (!result.ok) {
    const { issues, total, message } = result;
    post({ type: 'error', issues, total, message, ...sheets });
    return;
  }
  const { events } = result.dataset;
  if (events.length <= EVENTS_PER_MESSAGE) {
    post({ type: 'done', dataset: result.dataset, ...sheets });
    return;
  }
  for (let i = 0; i < events.length; i += EVENTS_PER_MESSAGE) {
    post({ type: 'events', events: events.slice(i, i + EVENTS_PER_MESSAGE) });
  }
  post({ type: 'done', dataset: { ...result.dataset, events: [] }, ...sheets });
}

/** The file's text, or null after posting why it cannot be decoded. */
function decodedText(
  request: DatasetJobRequest,
  post: (message: DatasetJobMessage) => void,
): string | null {
  try {
    return 'text' in request ? request.text : decodeDatasetBuffer(request.buffer);
  } catch (error) {
    const detail = errorText(error);
    post({
      type: 'error',
      issues: [{ path: '(file)', reason: `could not be decoded: ${detail}` }],
      total: 1,
      message: `${request.name} could not be read`,
    });
    return null;
  }
}

/**
 * Decodes, parses and validates one file, reporting progress at phase boundaries. A dataset
 * with more than EVENTS_PER_MESSAGE events is posted as `events` slices, then `done` with
 * an empty events array (see `collectDatasetJob`). JSON and CSV are handled at once; a
 * Parquet file (known by its first bytes) returns a promise.
 */
export function runDatasetJob(
  request: DatasetJobRequest,
  post: (message: DatasetJobMessage) => void,
): void | Promise<void> {
  const progress = (phase: ImportPhase, fraction: number, rows?: number) =>
    post(
      rows === undefined
        ? { type: 'progress', phase, fraction }
        : { type: 'progress', phase, fraction, rows },
    );
  const options = { onProgress: progress, today: request.today };
  progress('reading', 0);
  if ('buffer' in request && isParquetBuffer(request.buffer)) {
    progress('reading', 1);
    return parseParquetFile(request.buffer, request.name, options).then((result) =>
      postResult(result, post),
    );
  }
  if (isWorkbook(request)) {
    progress('reading', 1);
    return parseXlsxFile(request.buffer, request.name, { ...options, sheet: request.sheet }).then(
      (result) => postResult(result, post),
    );
  }
  const text = decodedText(request, post);
  if (text === null) return;
  progress('reading', 1);
  postResult(parseDatasetFile(text, request.name, options), post);
}
