/**
 * A dataset file fetched from a `?data=` link → a validated dataset, with progress (reading
 * with the bytes so far, checking with the row count) and a refusal, before reading, of a
 * file too large for the browser. Loaded lazily: only links to a dataset other than the
 * shipped one need it. JSON takes the fast path of validation (the full zod validator runs
 * only to list the problems of a file that fails it); Parquet loads hyparquet.
 */
import { DatasetError, type DatasetIssue } from './dataset-error';
import type { DatasetFormat, ParseResult } from './dataset-job';
import { formatFromName, tooLargeReason, tooManyRowsReason } from './dataset-limits';
import { fetchDatasetResponse, parseJsonText } from './fetch-response';
import { paintStage, reportLoadProgress } from './load-progress';
import { plural } from '../lib/plural';
import type { Dataset } from './schema';
import { validateDataset } from './validate-dataset';

export interface FetchDatasetOptions {
  signal?: AbortSignal;
  /** The response, when the caller started the download before this code arrived. */
  response?: Promise<Response>;
}

/** Progress is reported at most this often while bytes arrive (a re-render each time). */
const REPORT_EVERY_BYTES = 4 * 1024 * 1024;

/** The body, read in chunks so the bytes so far can be shown. */
async function readBody(response: Response, name: string, total?: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
    if (bytes - reported >= REPORT_EVERY_BYTES) {
      reported = bytes;
      reportLoadProgress({ name, stage: 'reading', bytes, totalBytes: total });
    }
  }
  if (chunks.length === 1) return chunks[0]!;
  const body = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

function isParquetBytes(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31;
}

function invalid(name: string, issues: DatasetIssue[], total = issues.length): DatasetError {
  return new DatasetError(`${name} is not a valid dataset (${plural(total, 'problem')})`, issues);
}

async function jsonDataset(body: Uint8Array, name: string): Promise<Dataset> {
  const json = parseJsonText(new TextDecoder().decode(body), name);
  const events = (json as { events?: unknown } | null)?.events;
  const rows = Array.isArray(events) ? events.length : undefined;
  if (rows !== undefined) {
    const tooMany = tooManyRowsReason(rows);
    if (tooMany !== null) throw new DatasetError(`${name} ${tooMany}`);
  }
  reportLoadProgress({ name, stage: 'checking', rows });
  await paintStage();
  const result = validateDataset(json);
  if (!result.ok) throw invalid(name, result.issues);
  return result.dataset;
}

/** A table import's problems as `row N: column: reason` lines of a DatasetError. */
function tableFailure(result: Exclude<ParseResult, { ok: true }>): DatasetError {
  const issues = result.issues.map((issue) =>
    issue.row === undefined
      ? { path: issue.path, reason: issue.reason }
      : { path: `row ${issue.row}: ${issue.path}`, reason: issue.reason },
  );
  return new DatasetError(result.message, issues);
}

async function parquetDataset(body: Uint8Array, name: string): Promise<Dataset> {
  reportLoadProgress({ name, stage: 'checking' });
  await paintStage();
  const { parseParquetFile } = await import('./parse-dataset-file');
  const buffer = body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength);
  const result = await parseParquetFile(buffer as ArrayBuffer, name, {
    onProgress: (_phase, _fraction, rows) => {
      if (rows !== undefined) reportLoadProgress({ name, stage: 'checking', rows });
    },
  });
  if (!result.ok) throw tableFailure(result);
  return result.dataset;
}

/** The declared size of the body, when the server gave one. */
function declaredBytes(response: Response): number | undefined {
  const length = Number(response.headers.get('content-length') ?? NaN);
  return Number.isFinite(length) && length >= 0 ? length : undefined;
}

/** Fetches, reads and validates the dataset at `url` (shown as `name`); throws a DatasetError. */
export async function fetchDatasetFile(
  url: string,
  name: string,
  options: FetchDatasetOptions = {},
): Promise<Dataset> {
  const format: DatasetFormat = formatFromName(name) ?? 'json';
  reportLoadProgress({ name, stage: 'reading' });
  const response = await (options.response ?? fetchDatasetResponse(url, name, options.signal));
  const total = declaredBytes(response);
  const tooLarge = total === undefined ? null : tooLargeReason(name, total, format);
  if (tooLarge !== null) {
    await response.body?.cancel().catch(() => undefined);
    throw new DatasetError(tooLarge);
  }
  const body = await readBody(response, name, total);
  const afterRead = tooLargeReason(name, body.byteLength, format);
  if (afterRead !== null) throw new DatasetError(afterRead);
  if (format === 'parquet' || isParquetBytes(body)) return parquetDataset(body, name);
  return jsonDataset(body, name);
}
