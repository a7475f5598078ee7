import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Dataset } from '../../data/schema';
import type { LoadedDataset } from '../../state/dataset-query';
import { loadValidatedDataset } from '../../state/load-validated';
import {
  collectDatasetJob,
  errorText,
  type DatasetJobMessage,
  type ImportIssue,
  type ImportPhase,
} from '../../data/dataset-job';
import { paintStage } from '../../data/load-progress';
import type { ImportJob } from './import-job';
import { useLatest } from './use-latest';

export type ImportState =
  | { status: 'idle' }
  | {
      status: 'working';
      name: string;
      phase: ImportPhase;
      fraction: number;
      /** Engagements in the file, once known. */
      rows?: number;
    }
  | { status: 'failed'; name: string; issues: ImportIssue[]; total: number; message: string };

export interface DatasetImport {
  state: ImportState;
  /** Reads, parses and validates the file (in a Web Worker when the browser has them). */
  open: (file: File) => void;
  /** Hides the problems panel, or cancels the file being opened. */
  dismiss: () => void;
}

const IDLE: ImportState = { status: 'idle' };

/** The job being run: its number (bumped to drop a job's late messages) and its worker. */
interface JobSlot {
  id: number;
  worker: Worker | null;
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

/** The job for one opened file, turning its messages into import states. */
function importJobFor(
  file: File,
  slot: RefObject<JobSlot>,
  stop: () => void,
  setState: (state: ImportState) => void,
  onLoaded: (loaded: LoadedDataset) => void,
): ImportJob {
  const id = slot.current.id;
  const live = () => slot.current.id === id;
  const name = file.name.trim() === '' ? 'The file' : file.name;
  const fail = (message: string, issues: ImportIssue[], total = issues.length) => {
    if (!live()) return;
    stop();
    setState({ status: 'failed', name, issues, total, message });
  };
  const collect = collectDatasetJob();
  let rows: number | undefined;
  const show = async (dataset: Dataset) => {
    // Indexing blocks the main thread: let its stage paint first.
    setState({ status: 'working', name, phase: 'indexing', fraction: 0, rows });
    await paintStage();
    if (!live()) return;
    stop();
    const result = loadedOrFailure(dataset, name);
    if ('failed' in result) return setState(result.failed);
    setState(IDLE);
    onLoaded(result.loaded);
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
      fail(message.message, message.issues, message.total);
    } else {
      rows = message.dataset.events.length;
      void show(message.dataset);
    }
  };
  const attachWorker = (worker: Worker | null) => {
    slot.current.worker = worker;
  };
  return { name, live, handle, fail, attachWorker };
}

/**
 * Opens a JSON or CSV dataset chosen by the user. The file is read and checked off the main
 * thread (src/data/dataset.worker.ts); without Worker support (jsdom, old browsers) it falls
 * back to the main thread. The file never leaves the browser. On success `onLoaded` gets the
 * indexed dataset; on failure `state` lists the problems and nothing else changes.
 */
export function useDatasetImport({
  onLoaded,
}: {
  onLoaded: (loaded: LoadedDataset) => void;
}): DatasetImport {
  const [state, setState] = useState<ImportState>(IDLE);
  const onLoadedRef = useLatest(onLoaded);
  const slot = useRef<JobSlot>({ id: 0, worker: null });

  const stop = useCallback(() => {
    slot.current.id += 1;
    slot.current.worker?.terminate();
    slot.current.worker = null;
  }, []);
  useEffect(() => stop, [stop]);

  const open = useCallback(
    (file: File) => {
      stop();
      const job = importJobFor(file, slot, stop, setState, (loaded) => onLoadedRef.current(loaded));
      setState({ status: 'working', name: job.name, phase: 'reading', fraction: 0 });
      // The reader, the limits and the worker's wiring load with the first file opened.
      void import('./import-job').then(({ runImportJob }) => {
        if (job.live()) runImportJob(file, job);
      });
    },
    [stop, onLoadedRef],
  );

  const dismiss = useCallback(() => {
    stop();
    setState(IDLE);
  }, [stop]);

  return { state, open, dismiss };
}
