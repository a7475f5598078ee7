/**
 * Running one file through `runDatasetJob`: in a module Web Worker when the browser has them
 * (src/data/dataset.worker.ts), else, or when the worker cannot start, on the main thread.
 */
import { errorText, type DatasetJobMessage, type ImportIssue } from '../../data/dataset-job';
import { formatFromName, tooLargeReason } from '../../data/dataset-limits';

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
  await runDatasetJob({ name: job.name, buffer }, job.handle);
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
  worker.postMessage({ name: job.name, buffer }, [buffer]);
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
