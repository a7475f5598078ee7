import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { DEFAULT_DATASET_PATH } from '../../state/dataset-query';
import { useDatasetSourceStore } from '../../state/dataset-source-store';
import { showDefaultDataset } from './dataset-source-query';
import './import.css';

/**
 * Says which dataset is showing when it is not the default one ("Showing: my-file.csv"), with
 * a way back, and `children` (of a workbook, its sheet). The live region announces the switch
 * to screen readers.
 */
export function ShowingDataset({ children }: { children?: ReactNode }) {
  const source = useDatasetSourceStore((s) => s.source);
  const client = useQueryClient();
  const isDefault = source.kind === 'path' && source.path === DEFAULT_DATASET_PATH;
  return (
    <div className="dataset-source" aria-live="polite">
      {isDefault ? null : (
        <>
          <p className="dataset-source-text">
            <span className="dataset-source-label">Showing:</span>{' '}
            <strong className="dataset-source-name">
              {source.kind === 'file' ? source.name : source.path}
            </strong>
            <span className="dataset-source-note">
              {source.kind === 'path'
                ? ' (opened from a link)'
                : // The curator's working copy (src/app/working-copy-view.ts) is shown as a file.
                  source.key.startsWith('working-copy-')
                  ? ' (your edits of the record, kept in this browser until you discard them)'
                  : ' (opened from your device; it stays in this browser)'}
            </span>
          </p>
          {children}
          <button type="button" className="btn" onClick={() => showDefaultDataset(client)}>
            Back to the default dataset
          </button>
        </>
      )}
    </div>
  );
}
