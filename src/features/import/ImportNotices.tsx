import { DataLinkNotice } from './DataLinkNotice';
import { ImportStatus } from './ImportStatus';
import type { ImportState } from './use-dataset-import';
import './import.css';

/**
 * The full-width strip between the header and the dashboard: a refused `?data=` link, the
 * progress of a file being opened, or the problems that stopped it.
 */
export function ImportNotices({ state, onDismiss }: { state: ImportState; onDismiss: () => void }) {
  return (
    <div className="import-region">
      <DataLinkNotice />
      <ImportStatus state={state} onDismiss={onDismiss} />
    </div>
  );
}
