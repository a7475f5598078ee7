import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LoadedDataset } from '../../state/dataset-query';
import { loadValidatedDataset } from '../../state/load-validated';
import {
  MAX_FILE_BYTES,
  collectDatasetJob,
  runDatasetJob,
  type DatasetJobMessage,
  type ImportIssue,
  type ImportPhase,
} from '../../data/parse-dataset-file';

export type ImportState =
  | { status: 'idle' }
  | { status: 'working'; name: string; phase: ImportPhase; fraction: number }
  | { status: 'failed'; name: string; issues: ImportIssue[]; total: number; message: string };

export interface DatasetImport {
  state: ImportState;
  /** Reads, parses and validates the file (in a Web Worker when the browser has them). */
  open: (file: File) => void;
  /** Hides the problems panel, or cancels the file being opened. */
  dismiss: () => void;
}

const IDLE: ImportState = { status: 'idle' };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
  const onLoadedRef = useRef(onLoaded);
  useLayoutEffect(() => {
    onLoadedRef.current = onLoaded;
  });
  const job = useRef<{ id: number; worker: Worker | null }>({ id: 0, worker: null });

  const stop = useCallback(() => {
    job.current.id += 1;
    job.current.worker?.terminate();
    job.current.worker = null;
  }, []);
  useEffect(() => stop, [stop]);

  const open = useCallback(
    (file: File) => {
      stop();
      const id = job.current.id;
      const live = () => job.current.id === id;
      const name = file.name.trim() === '' ? 'The file' : file.name;
      const fail = (message: string, issues: ImportIssue[], total = issues.length) => {
        if (!live()) return;
        stop();
        setState({ status: 'failed', name, issues, total, message });
      };
      const collect = collectDatasetJob();
      const handle = (incoming: DatasetJobMessage) => {
        if (!live()) return;
        const message = collect(incoming);
        if (message === null) return;
        if (message.type === 'progress') {
          setState({ status: 'working', name, phase: message.phase, fraction: message.fraction });
        } else if (message.type === 'error') {
          fail(message.message, message.issues, message.total);
        } else {
          stop();
          let loaded: LoadedDataset;
          try {
            loaded = loadValidatedDataset(message.dataset, name);
          } catch (error) {
            setState({
              status: 'failed',
              name,
              issues: [],
              total: 0,
              message: `${name} could not be shown: ${errorText(error)}`,
            });
            return;
          }
          setState(IDLE);
          onLoadedRef.current(loaded);
        }
      };
      const readBytes = async (): Promise<ArrayBuffer | null> => {
        try {
          return await file.arrayBuffer();
        } catch (error) {
          fail(`${name} could not be read: ${errorText(error)}`, []);
          return null;
        }
      };
      const onMainThread = async () => {
        const buffer = await readBytes();
        if (buffer === null || !live()) return;
        handle({ type: 'progress', phase: 'parsing', fraction: 0 });
        // Let the progress bar paint before the (blocking) parse.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (!live()) return;
        runDatasetJob({ name, buffer }, handle);
      };

      setState({ status: 'working', name, phase: 'reading', fraction: 0 });
      if (file.size > MAX_FILE_BYTES) {
        fail(
          `${name} is too large (${megabytes(file.size)}): files up to ${megabytes(MAX_FILE_BYTES)} can be opened`,
          [],
        );
        return;
      }
      void (async () => {
        if (typeof Worker === 'undefined') {
          await onMainThread();
          return;
        }
        const buffer = await readBytes();
        if (buffer === null || !live()) return;
        let worker: Worker;
        try {
          worker = new Worker(new URL('../../data/dataset.worker.ts', import.meta.url), {
            type: 'module',
          });
        } catch {
          await onMainThread();
          return;
        }
        job.current.worker = worker;
        let started = false;
        worker.onmessage = (event: MessageEvent<DatasetJobMessage>) => {
          started = true;
          handle(event.data);
        };
        worker.onmessageerror = () => fail(`${name} could not be passed back from the worker`, []);
        worker.onerror = (event) => {
          event.preventDefault();
          if (!live()) return;
          if (!started) {
            // The worker script could not start (blocked or unsupported): parse here instead.
            worker.terminate();
            job.current.worker = null;
            void onMainThread();
            return;
          }
          fail(
            `${name} could not be opened: ${event.message || 'the browser stopped the work (the file may be too large for the memory available)'}`,
            [],
          );
        };
        worker.postMessage({ name, buffer }, [buffer]);
      })();
    },
    [stop],
  );

  const dismiss = useCallback(() => {
    stop();
    setState(IDLE);
  }, [stop]);

  return { state, open, dismiss };
}
