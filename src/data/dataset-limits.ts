/**
 * How large a dataset the browser is asked to hold. Measured in Chromium (npm run
 * bench:browser): a JSON file of 10^5 engagements is 79 MB and its parsed objects take about
 * 1.4 KB per engagement; a JSON file cannot be read past the engine's longest string
 * (about 512 million characters); and the tab is killed at a few GB of JS heap. The limits
 * leave room for the parse, which holds the text and the objects at once.
 */
import type { DatasetFormat } from './dataset-job';
import { formatInt } from '../lib/format-number';

const MB = 1024 * 1024;

/** Largest file of each format that is read at all. */
export const MAX_BYTES: Readonly<Record<DatasetFormat, number>> = {
  json: 400 * MB,
  csv: 300 * MB,
  parquet: 200 * MB,
  // A workbook's XML unpacks to about ten times its size, and is held whole while it is read.
  xlsx: 30 * MB,
};

/** Most engagements a dataset may have (about 1.5 GB of heap at the measured cost per row). */
export const MAX_ROWS = 1_500_000;

export function megabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
}

/** Why a file of this size is refused before it is read, or null when it may be read. */
export function tooLargeReason(name: string, bytes: number, format: DatasetFormat): string | null {
  const limit = MAX_BYTES[format];
  if (bytes <= limit) return null;
  const kind =
    format === 'parquet' ? 'Parquet' : format === 'xlsx' ? 'Excel' : format.toUpperCase();
  return `${name} is too large (${megabytes(bytes)}): ${kind} files up to ${megabytes(limit)} can be opened in the browser, so that the tab does not run out of memory`;
}

/** Why a dataset of this many rows is refused before it is built ("has …"), or null. */
export function tooManyRowsReason(rows: number): string | null {
  if (rows <= MAX_ROWS) return null;
  return `has ${formatInt(rows)} engagements: at most ${formatInt(MAX_ROWS)} can be shown in the browser without running out of memory. Filter the file first (for example by date), or aggregate it offline`;
}

/** json, csv (.tsv, .txt), parquet or xlsx from a file name's extension; null when it names none. */
export function formatFromName(name: string): DatasetFormat | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'tsv' || ext === 'txt') return 'csv';
  return ext === 'json' || ext === 'csv' || ext === 'parquet' || ext === 'xlsx' ? ext : null;
}
