import { lazy, Suspense } from 'react';
import { DataLinkNotice } from './DataLinkNotice';
import type { ImportState } from './use-dataset-import';
import './import.css';

// Shown only once a file is being opened: its code loads then.
const ImportStatus = lazy(() =>
  import('./ImportStatus').then((m) => ({ default: m.ImportStatus })),
);

/**
 * The full-width strip between the header and the dashboard: a refused `?data=` link, the
 * progress of a file being opened, or the problems that stopped it.
 */
export function ImportNotices({ state, onDismiss }: { state: ImportState; onDismiss: () => void }) {
  return (
    <div className="import-region">
      <DataLinkNotice />
      {state.status === 'idle' ? null : (
        <Suspense fallback={null}>
          <ImportStatus state={state} onDismiss={onDismiss} />
        </Suspense>
      )}
    </div>
  );
}
