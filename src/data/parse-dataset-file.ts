/**
 * An opened file → a validated dataset, or the problems that stop it. Pure: used by the
 * dataset Web Worker, by the main-thread fallback and by tests. The file never leaves the
 * browser: nothing here (or in the worker) touches the network.
 */
import { csvToDataset } from './csv-import';
import { csvIssueFromValidation } from './csv-issues';
import type { Dataset } from './schema';
import { validateDataset } from './validate-dataset';
import { plural } from '../lib/plural';

export interface ImportIssue {
  /** `events[3].date` for JSON; the column (`date`) or `(file)` for CSV. */
  path: string;
  reason: string;
  /** CSV only: the spreadsheet row (the header is row 1). */
  row?: number;
}

export type ImportPhase = 'reading' | 'parsing' | 'validating';

export type ParseResult =
  | { ok: true; dataset: Dataset; format: DatasetFormat }
  | {
      ok: false;
      /** At most MAX_LISTED_ISSUES problems, in file order. */
      issues: ImportIssue[];
      /** How many problems there are in all. */
      total: number;
      /** One sentence for the top of the problems panel. */
      message: string;
    };

export type DatasetFormat = 'json' | 'csv';

export const MAX_LISTED_ISSUES = 50;
/** Larger files are refused before reading: the browser could run out of memory. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** The message of anything thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `row 7: date: …` for CSV, `events[3].date: …` for JSON. */
export function formatIssue(issue: ImportIssue): string {
  return issue.row !== undefined
    ? `row ${issue.row}: ${issue.path}: ${issue.reason}`
    : `${issue.path}: ${issue.reason}`;
}

/** JSON or CSV, from the extension, else from the content; null when neither fits. */
export function detectFormat(text: string, name: string): DatasetFormat | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv') return 'csv';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'json';
  const firstLine = start.slice(0, Math.max(0, start.search(/\r?\n|$/)));
  // eslint-disable-next-line no-control-regex
  if (/[,;\t]/.test(firstLine) && !/[\u0000-\u0008\uFFFD]/.test(firstLine)) return 'csv';
  return null;
}

/** UTF-8 (BOM or not), UTF-16 with a BOM, or, when the bytes are not UTF-8, Windows-1252. */
export function decodeDatasetBuffer(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Spreadsheets on Windows often save "CSV" in the legacy code page.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function failure(name: string, issues: ImportIssue[], message?: string): ParseResult {
  return {
    ok: false,
    issues: issues.slice(0, MAX_LISTED_ISSUES),
    total: issues.length,
    message: message ?? `${name} is not a valid dataset (${plural(issues.length, 'problem')})`,
  };
}

export interface ParseOptions {
  onProgress?: (phase: ImportPhase, fraction: number) => void;
  /** For CSV: meta.updated (default today). */
  today?: string;
}

function parseJson(text: string, name: string, options: ParseOptions): ParseResult {
  const progress = options.onProgress ?? (() => {});
  progress('parsing', 0);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = errorText(error);
    return failure(
      name,
      [{ path: '(file)', reason: `is not valid JSON: ${detail}` }],
      `${name} is not valid JSON`,
    );
  }
  progress('validating', 0);
  const result = validateDataset(json);
  progress('validating', 1);
  if (!result.ok) return failure(name, result.issues);
  return { ok: true, dataset: result.dataset, format: 'json' };
}

function parseCsv(text: string, name: string, options: ParseOptions): ParseResult {
  const progress = options.onProgress ?? (() => {});
  progress('parsing', 0);
  const imported = csvToDataset(text, {
    name,
    today: options.today,
    onProgress: (f) => progress('parsing', f),
  });
  if (!imported.dataset) return failure(name, imported.issues);
  progress('validating', 0);
  const result = validateDataset(imported.dataset);
  progress('validating', 1);
  if (result.ok && imported.issues.length === 0) {
    return { ok: true, dataset: result.dataset, format: 'csv' };
  }
  const issues: ImportIssue[] = [...imported.issues];
  const seen = new Set(issues.map((i) => `${i.row ?? ''}\u0000${i.path}`));
  const seenExact = new Set<string>();
  if (!result.ok) {
    for (const raw of result.issues) {
      // A CSV-level problem already explains this cell (or the missing pair of countries).
      if (raw.path.startsWith('meta.countries') && imported.dataset.meta.countries.length < 2) {
        continue;
      }
      if (raw.path === 'sectors' && imported.dataset.sectors.length === 0) continue;
      const issue = csvIssueFromValidation(raw, imported);
      const key = `${issue.row ?? ''}\u0000${issue.path}`;
      if (seen.has(key)) continue;
      const exact = `${key}\u0000${issue.reason}`;
      if (seenExact.has(exact)) continue;
      seenExact.add(exact);
      issues.push(issue);
    }
  }
  // File order: problems without a row (file-wide) first, then by row.
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return failure(name, issues);
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
    return failure(
      name,
      [{ path: '(file)', reason: `could not be read: ${detail}` }],
      `${name} could not be read`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The worker protocol (src/data/dataset.worker.ts runs `runDatasetJob`).

export type DatasetJobRequest =
  | { name: string; buffer: ArrayBuffer; today?: string }
  | { name: string; text: string; today?: string };

export type DatasetJobMessage =
  | { type: 'progress'; phase: ImportPhase; fraction: number }
  /** A slice of the events, in order, sent ahead of `done` for a large dataset. */
  | { type: 'events'; events: Dataset['events'] }
  /** The dataset; when `events` messages came first, its events are those, concatenated. */
  | { type: 'done'; dataset: Dataset }
  | { type: 'error'; issues: ImportIssue[]; total: number; message: string };

/**
 * Events per `events` message. Receiving one structured-clone message blocks the main thread
 * while it is deserialised: slices keep each block short, so the page stays responsive.
 */
export const EVENTS_PER_MESSAGE = 10_000;

/**
 * Decodes, parses and validates one file, reporting progress at phase boundaries. A dataset
 * with more than EVENTS_PER_MESSAGE events is posted as `events` slices, then `done` with
 * an empty events array (see `collectDatasetJob`).
 */
export function runDatasetJob(
  request: DatasetJobRequest,
  post: (message: DatasetJobMessage) => void,
): void {
  const progress = (phase: ImportPhase, fraction: number) =>
    post({ type: 'progress', phase, fraction });
  let text: string;
  progress('reading', 0);
  try {
    text = 'text' in request ? request.text : decodeDatasetBuffer(request.buffer);
  } catch (error) {
    const detail = errorText(error);
    post({
      type: 'error',
      issues: [{ path: '(file)', reason: `could not be decoded: ${detail}` }],
      total: 1,
      message: `${request.name} could not be read`,
    });
    return;
  }
  progress('reading', 1);
  const result = parseDatasetFile(text, request.name, {
    onProgress: progress,
    today: request.today,
  });
  if (result.ok) {
    const { events } = result.dataset;
    if (events.length <= EVENTS_PER_MESSAGE) {
      post({ type: 'done', dataset: result.dataset });
      return;
    }
    for (let i = 0; i < events.length; i += EVENTS_PER_MESSAGE) {
      post({ type: 'events', events: events.slice(i, i + EVENTS_PER_MESSAGE) });
    }
    post({ type: 'done', dataset: { ...result.dataset, events: [] } });
  } else
    post({ type: 'error', issues: result.issues, total: result.total, message: result.message });
}

/**
 * Reassembles what `runDatasetJob` posts: feed it every message; it returns the message to act
 * on (progress, error, or done with all the events), or null for an `events` slice.
 */
export function collectDatasetJob(): (
  message: DatasetJobMessage,
) => Exclude<DatasetJobMessage, { type: 'events' }> | null {
  let slices: Dataset['events'][] = [];
  return (message) => {
    if (message.type === 'events') {
      slices.push(message.events);
      return null;
    }
    if (message.type === 'done' && slices.length > 0) {
      const events = slices.flat();
      slices = [];
      return { type: 'done', dataset: { ...message.dataset, events } };
    }
    return message;
  };
}
