/**
 * Running one file through `runDatasetJob`: in a module Web Worker when the browser has them
 * (src/data/dataset.worker.ts), else, or when the worker cannot start, on the main thread.
 * Loaded with the first file opened: the first paint carries none of it.
 */
import type { RefObject } from 'react';
import type { Dataset } from '../../data/schema';
import type { LoadedDataset } from '../../state/dataset-query';
import { loadValidatedDataset } from '../../state/load-validated';
import {
  collectDatasetJob,
  errorText,
  type DatasetJobMessage,
  type DatasetJobRequest,
  type ImportIssue,
  type WorkbookSheets,
} from '../../data/dataset-job';
import { formatFromName, tooLargeReason } from '../../data/dataset-limits';
import { paintStage } from '../../data/load-progress';
import type { ImportState, OpenOptions, OpenedWorkbook } from './import-state';
import type { JobSlot } from './use-dataset-import';

/** What a run reports to, and how it knows it is still wanted. */
export interface ImportJob {
  /** The file's name as shown ("The file" when it has none). */
  name: string;
  /** False once the user has dismissed this file or opened another. */
  live: () => boolean;
  handle: (message: DatasetJobMessage) => void;
  fail: (message: string, issues: ImportIssue[]) => void;
  /** The worker to terminate when the job stops (null once it has gone). */
  attachWorker: (worker: Worker | null) => void;
  /** Of a workbook: the sheet to read. */
  sheet?: string;
}

/** The worker's request for the job's file. */
function request(job: ImportJob, buffer: ArrayBuffer): DatasetJobRequest {
  return job.sheet === undefined
    ? { name: job.name, buffer }
    : { name: job.name, buffer, sheet: job.sheet };
}

async function readBytes(file: File, job: ImportJob): Promise<ArrayBuffer | null> {
  try {
    return await file.arrayBuffer();
  } catch (error) {
    job.fail(`${job.name} could not be read: ${errorText(error)}`, []);
    return null;
  }
}

async function parseOnMainThread(file: File, job: ImportJob): Promise<void> {
  const buffer = await readBytes(file, job);
  if (buffer === null || !job.live()) return;
  job.handle({ type: 'progress', phase: 'parsing', fraction: 0 });
  // Let the progress bar paint before the (blocking) parse.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (!job.live()) return;
  // The parsers (and zod) load only now: the first paint carries none of them.
  const { runDatasetJob } = await import('../../data/parse-dataset-file');
  if (!job.live()) return;
  await runDatasetJob(request(job, buffer), job.handle);
}

function newWorker(): Worker | null {
  try {
    return new Worker(new URL('../../data/dataset.worker.ts', import.meta.url), {
      type: 'module',
    });
  } catch {
    return null;
  }
}

/** Passes the worker's messages on; a worker that fails before its first message hands over to the main thread. */
function listen(worker: Worker, file: File, job: ImportJob): void {
  let started = false;
  worker.onmessage = (event: MessageEvent<DatasetJobMessage>) => {
    started = true;
    job.handle(event.data);
  };
  worker.onmessageerror = () =>
    job.fail(`${job.name} could not be passed back from the worker`, []);
  worker.onerror = (event) => {
    event.preventDefault();
    if (!job.live()) return;
    if (!started) {
      // The worker script could not start (blocked or unsupported): parse here instead.
      worker.terminate();
      job.attachWorker(null);
      void parseOnMainThread(file, job);
      return;
    }
    job.fail(
      `${job.name} could not be opened: ${event.message || 'the browser stopped the work (the file may be too large for the memory available)'}`,
      [],
    );
  };
}

async function parseInWorker(file: File, job: ImportJob): Promise<void> {
  if (typeof Worker === 'undefined') return parseOnMainThread(file, job);
  const buffer = await readBytes(file, job);
  if (buffer === null || !job.live()) return;
  const worker = newWorker();
  if (worker === null) return parseOnMainThread(file, job);
  job.attachWorker(worker);
  listen(worker, file, job);
  worker.postMessage(request(job, buffer), [buffer]);
}

/** Reads, parses and validates `file`, reporting to `job`; too large a file fails at once. */
export function runImportJob(file: File, job: ImportJob): void {
  const tooLarge = tooLargeReason(job.name, file.size, formatFromName(file.name) ?? 'json');
  if (tooLarge !== null) {
    job.fail(tooLarge, []);
    return;
  }
  void parseInWorker(file, job);
}

/** The dataset of a `done` message, indexed, or why it cannot be shown. */
function loadedOrFailure(
  dataset: Dataset,
  name: string,
): { loaded: LoadedDataset } | { failed: ImportState } {
  try {
    return { loaded: loadValidatedDataset(dataset, name) };
  } catch (error) {
    const message = `${name} could not be shown: ${errorText(error)}`;
    return { failed: { status: 'failed', name, issues: [], total: 0, message } };
  }
}

/** What a job reports to in the hook that started it. */
export interface JobHost {
  slot: RefObject<JobSlot>;
  stop: () => void;
  setState: (state: ImportState) => void;
}

/** The job for one opened file, turning its messages into import states. */
function importJobFor(
  file: File,
  name: string,
  host: JobHost,
  onLoaded: (loaded: LoadedDataset, workbook: OpenedWorkbook | null) => void,
): ImportJob {
  const { slot, stop, setState } = host;
  const id = slot.current.id;
  const live = () => slot.current.id === id;
  const workbookOf = (sheets: WorkbookSheets | undefined) => (sheets ? { file, sheets } : null);
  const fail = (
    message: string,
    issues: ImportIssue[],
    total = issues.length,
    sheets?: WorkbookSheets,
  ) => {
    if (!live()) return;
    stop();
    const workbook = workbookOf(sheets);
    setState({ status: 'failed', name, issues, total, message, ...(workbook ? { workbook } : {}) });
  };
  const collect = collectDatasetJob();
  let rows: number | undefined;
  const show = async (dataset: Dataset, sheets: WorkbookSheets | undefined) => {
    // Indexing blocks the main thread: let its stage paint first.
    setState({ status: 'working', name, phase: 'indexing', fraction: 0, rows });
    await paintStage();
    if (!live()) return;
    stop();
    const result = loadedOrFailure(dataset, name);
    if ('failed' in result) return setState(result.failed);
    setState({ status: 'idle' });
    onLoaded(result.loaded, workbookOf(sheets));
  };
  const handle = (incoming: DatasetJobMessage) => {
    if (!live()) return;
    const message = collect(incoming);
    if (message === null) return;
    if (message.type === 'progress') {
      rows = message.rows ?? rows;
      const { phase, fraction } = message;
      setState({
        status: 'working',
        name,
        phase,
        fraction,
        ...(rows === undefined ? {} : { rows }),
      });
    } else if (message.type === 'error') {
      fail(message.message, message.issues, message.total, message.sheets);
    } else {
      rows = message.dataset.events.length;
      void show(message.dataset, message.sheets);
    }
  };
  const attachWorker = (worker: Worker | null) => {
    slot.current.worker = worker;
  };
  return { name, live, handle, fail, attachWorker };
}

/** Starts reading `file` for the hook described by `host` (see useDatasetImport). */
export function startImportJob(
  file: File,
  name: string,
  options: OpenOptions,
  host: JobHost,
  onLoaded: (loaded: LoadedDataset, workbook: OpenedWorkbook | null) => void,
): void {
  const job = importJobFor(file, name, host, onLoaded);
  runImportJob(file, options.sheet === undefined ? job : { ...job, sheet: options.sheet });
}
