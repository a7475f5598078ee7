import { lazy, Suspense } from 'react';
import { DataLinkNotice } from './DataLinkNotice';
import type { ImportState, OpenOptions } from './import-state';
import type { SheetSelectProps } from './SheetSelect';
import './import.css';

// Shown only once a file is being opened: its code loads then.
const ImportStatus = lazy(() =>
  import('./ImportStatus').then((m) => ({ default: m.ImportStatus })),
);
// Shown only once a workbook has opened.
const ShownSheetSelect = lazy(() =>
  import('./SheetSelect').then((m) => ({ default: m.ShownSheetSelect })),
);

/** The sheet of the workbook showing, for the "Showing:" line (its code loads when needed). */
export function SheetChoice(props: SheetSelectProps) {
  return (
    <Suspense fallback={null}>
      <ShownSheetSelect {...props} />
    </Suspense>
  );
}

/**
 * The full-width strip between the header and the dashboard: a refused `?data=` link, the
 * progress of a file being opened, or the problems that stopped it (of a workbook, with the
 * choice of another sheet).
 */
export function ImportNotices({
  state,
  onDismiss,
  onOpen,
}: {
  state: ImportState;
  onDismiss: () => void;
  onOpen: (file: File, options: OpenOptions) => void;
}) {
  return (
    <div className="import-region">
      <DataLinkNotice />
      {state.status === 'idle' ? null : (
        <Suspense fallback={null}>
          <ImportStatus state={state} onDismiss={onDismiss} onOpen={onOpen} />
        </Suspense>
      )}
    </div>
  );
}
