import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { DatasetIndex } from '../model/dataset-index';
import { plural } from '../lib/plural';
import { downloadBlob } from '../features/export/download';
import { showDefaultDataset } from '../features/import/dataset-source-query';
import { DEFAULT_DATASET_PATH } from '../state/dataset-query';
import { useDatasetSourceStore } from '../state/dataset-source-store';
import { useWorkingCopyStore, workingDataset } from '../state/working-copy-store';
import { isWorkingCopy, showWorkingCopy } from './working-copy-view';
import './working-copy.css';

// Few visitors curate: the forms, the checks (zod) and the drafting engine load when asked for.
const CurateMode = lazy(() =>
  import('../features/curate/CurateMode').then((m) => ({ default: m.CurateMode })),
);

/**
 * Reads the working copy from IndexedDB once the page runs, and shows it on the dashboard
 * whenever it changes; when it has changes, the header says so, with Curate and Discard.
 */
function useShownWorkingCopy() {
  const client = useQueryClient();
  const status = useWorkingCopyStore((s) => s.status);
  const base = useWorkingCopyStore((s) => s.base);
  const changes = useWorkingCopyStore((s) => s.changes);
  const baseOrigin = useWorkingCopyStore((s) => s.baseOrigin);
  useEffect(() => void useWorkingCopyStore.getState().load(), []);
  useEffect(() => {
    if (status !== 'ready' || base === null) return;
    const showing = isWorkingCopy(useDatasetSourceStore.getState().source);
    if (changes.length > 0) showWorkingCopy(client, workingDataset({ base, changes })!);
    else if (showing && baseOrigin === DEFAULT_DATASET_PATH) showDefaultDataset(client);
    else if (showing) showWorkingCopy(client, base);
  }, [client, status, base, changes, baseOrigin]);
  return changes.length;
}

/** The header's Curate button and, with pending changes, the working copy's marker. */
export function CurateHeader({ index }: { index: DatasetIndex }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  const client = useQueryClient();
  const count = useShownWorkingCopy();
  const source = useDatasetSourceStore((s) => s.source);
  const origin = source.kind === 'path' ? source.path : source.name;
  const close = () => {
    setOpen(false);
    setTimeout(() => ref.current?.focus(), 0);
  };
  const discard = () => {
    if (!window.confirm(`Discard the working copy and its ${plural(count, 'change')}?`)) return;
    useWorkingCopyStore.getState().discard();
    if (isWorkingCopy(useDatasetSourceStore.getState().source)) showDefaultDataset(client);
  };
  return (
    <div className="working-copy-marker">
      {count > 0 ? (
        <p data-testid="working-copy-marker">Working copy · {plural(count, 'unsaved change')}</p>
      ) : null}
      <button
        ref={ref}
        type="button"
        className="btn"
        aria-haspopup="dialog"
        title="Add and edit engagements, people, sources, sectors and places; paste an article for a draft"
        onClick={() => setOpen(true)}
      >
        Curate
      </button>
      {count > 0 ? (
        <button type="button" className="btn" onClick={discard}>
          Discard
        </button>
      ) : null}
      {open ? (
        <Suspense fallback={null}>
          <CurateMode
            dataset={index.dataset}
            origin={origin}
            onClose={close}
            onDownload={downloadBlob}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
