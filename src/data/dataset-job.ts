/**
 * The words the import code and its callers share: problems, phases, results and the dataset
 * worker's messages. Zod-free and parser-free: the first paint imports it (the file picker
 * shows progress and problems), while parse-dataset-file.ts and the worker load lazily.
 */
import type { Dataset } from './schema';

export interface ImportIssue {
  /** `events[3].date` for JSON; the column (`date`) or `(file)` for CSV. */
  path: string;
  reason: string;
  /** CSV only: the spreadsheet row (the header is row 1). */
  row?: number;
}

/** Indexing runs on the main thread once the worker is done. */
export type ImportPhase = 'reading' | 'parsing' | 'validating' | 'indexing';

/** Of a workbook: the names of its sheets, in order, and the one read (null when none was). */
export interface WorkbookSheets {
  names: string[];
  read: string | null;
}

export type ParseResult = (
  | { ok: true; dataset: Dataset; format: DatasetFormat }
  | {
      ok: false;
      /** At most MAX_LISTED_ISSUES problems, in file order. */
      issues: ImportIssue[];
      /** How many problems there are in all. */
      total: number;
      /** One sentence for the top of the problems panel. */
      message: string;
    }
) & {
  /** Of a workbook only. */
  sheets?: WorkbookSheets;
};

export type DatasetFormat = 'json' | 'csv' | 'parquet' | 'xlsx';

export const MAX_LISTED_ISSUES = 50;

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

// The worker protocol (src/data/dataset.worker.ts runs `runDatasetJob`).

export type DatasetJobRequest =
  /** `sheet`: of a workbook, the sheet to read (default the first with engagements). */
  | { name: string; buffer: ArrayBuffer; today?: string; sheet?: string }
  | { name: string; text: string; today?: string };

export type DatasetJobMessage =
  /** `rows`: the number of engagements, once known. */
  | { type: 'progress'; phase: ImportPhase; fraction: number; rows?: number }
  /** A slice of the events, in order, sent ahead of `done` for a large dataset. */
  | { type: 'events'; events: Dataset['events'] }
  /** The dataset; when `events` messages came first, its events are those, concatenated. */
  | { type: 'done'; dataset: Dataset; sheets?: WorkbookSheets }
  | {
      type: 'error';
      issues: ImportIssue[];
      total: number;
      message: string;
      /** Of a workbook: its sheets, so that another can be chosen. */
      sheets?: WorkbookSheets;
    };

/**
 * Events per `events` message. Receiving one structured-clone message blocks the main thread
 * while it is deserialised: slices keep each block short, so the page stays responsive.
 */
export const EVENTS_PER_MESSAGE = 10_000;

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
      return { ...message, dataset: { ...message.dataset, events } };
    }
    return message;
  };
}
