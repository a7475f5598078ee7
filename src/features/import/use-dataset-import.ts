import { useCallback, useEffect, useRef, useState } from 'react';
import type { LoadedDataset } from '../../state/dataset-query';
import type { ImportState, OpenOptions, OpenedWorkbook } from './import-state';
import { useLatest } from './use-latest';

export interface DatasetImport {
  state: ImportState;
  /**
   * Reads, parses and validates the file (in a Web Worker when the browser has them); of a
   * workbook, the sheet named in `options`.
   */
  open: (file: File, options?: OpenOptions) => void;
  /** Hides the problems panel, or cancels the file being opened. */
  dismiss: () => void;
  /** The workbook last opened successfully (its sheets, to show another), else null. */
  workbook: OpenedWorkbook | null;
}

const IDLE: ImportState = { status: 'idle' };

/** The job being run: its number (bumped to drop a job's late messages) and its worker. */
export interface JobSlot {
  id: number;
  worker: Worker | null;
}

/**
 * Opens a dataset chosen by the user. The file is read and checked off the main thread
 * (src/data/dataset.worker.ts); without Worker support (jsdom, old browsers) it falls back to
 * the main thread. The file never leaves the browser. On success `onLoaded` gets the indexed
 * dataset; on failure `state` lists the problems and nothing else changes.
 */
export function useDatasetImport({
  onLoaded,
}: {
  onLoaded: (loaded: LoadedDataset) => void;
}): DatasetImport {
  const [state, setState] = useState<ImportState>(IDLE);
  const [workbook, setWorkbook] = useState<OpenedWorkbook | null>(null);
  const onLoadedRef = useLatest(onLoaded);
  const slot = useRef<JobSlot>({ id: 0, worker: null });

  const stop = useCallback(() => {
    slot.current.id += 1;
    slot.current.worker?.terminate();
    slot.current.worker = null;
  }, []);
  useEffect(() => stop, [stop]);

  const open = useCallback(
    (file: File, options: OpenOptions = {}) => {
      stop();
      const id = slot.current.id;
      const name = file.name.trim() === '' ? 'The file' : file.name;
      setState({ status: 'working', name, phase: 'reading', fraction: 0 });
      // The job, the reader, the limits and the worker's wiring load with the first file opened.
      void import('./import-job').then(({ startImportJob }) => {
        if (slot.current.id !== id) return;
        startImportJob(file, name, options, { slot, stop, setState }, (loaded, opened) => {
          setWorkbook(opened);
          onLoadedRef.current(loaded);
        });
      });
    },
    [stop, onLoadedRef],
  );

  const dismiss = useCallback(() => {
    stop();
    setState(IDLE);
  }, [stop]);

  return { state, open, dismiss, workbook };
}
