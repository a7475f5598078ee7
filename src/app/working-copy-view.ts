/**
 * Shows the curator's working copy on the dashboard as an opened dataset is shown (in the
 * query cache under the opened-file key, the dataset-source store pointing at it), keeping
 * the filters: the curator is looking at the same charts with one engagement more.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Dataset } from '../data/schema';
import { buildIndex } from '../model/dataset-index';
import { OPENED_FILE_QUERY_KEY } from '../features/import/dataset-source-query';
import { useDatasetSourceStore, type DatasetSource } from '../state/dataset-source-store';

export const WORKING_COPY_NAME = 'Working copy';
const PREFIX = 'working-copy-';
let shown = 0;

export const isWorkingCopy = (source: DatasetSource) =>
  source.kind === 'file' && source.key.startsWith(PREFIX);

export function showWorkingCopy(client: QueryClient, dataset: Dataset): void {
  shown += 1;
  const key = `${PREFIX}${shown}`;
  client.setQueryData([...OPENED_FILE_QUERY_KEY, key], {
    dataset,
    index: buildIndex(dataset),
    origin: WORKING_COPY_NAME,
  });
  useDatasetSourceStore.getState().showFile(WORKING_COPY_NAME, key);
  // The copies shown before this one are no longer needed once nothing shows them.
  setTimeout(() => {
    const cache = client.getQueryCache();
    for (const query of cache.findAll({ queryKey: OPENED_FILE_QUERY_KEY })) {
      const k = String(query.queryKey[2]);
      if (k.startsWith(PREFIX) && k !== key && query.getObserversCount() === 0) {
        cache.remove(query);
      }
    }
  }, 0);
}
