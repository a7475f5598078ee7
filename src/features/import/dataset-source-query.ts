import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { datasetQueryOptions, type LoadedDataset } from '../../state/dataset-query';
import { DatasetError } from '../../data/dataset-error';
import { useDatasetSourceStore, type DatasetSource } from '../../state/dataset-source-store';
import { useFilterStore } from '../../state/filter-store';

/** Opened files live in the query cache under `['dataset', 'file', key]`. */
export const OPENED_FILE_QUERY_KEY = ['dataset', 'file'] as const;

let opened = 0;

/** Query options for whichever dataset is showing. */
export function datasetSourceQueryOptions(source: DatasetSource) {
  if (source.kind === 'path') return datasetQueryOptions(source.path);
  return queryOptions({
    queryKey: [...OPENED_FILE_QUERY_KEY, source.key],
    // Only reached if the cache entry is gone (it is set by showOpenedDataset).
    queryFn: (): Promise<LoadedDataset> =>
      Promise.reject(
        new DatasetError(`${source.name} is no longer open: open it again with "Open dataset…".`),
      ),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}

/** The query of the dataset that is showing (shipped path or opened file). */
export function useShownDataset() {
  const source = useDatasetSourceStore((s) => s.source);
  return useQuery(datasetSourceQueryOptions(source));
}

/** Drops opened files from the cache once nothing shows them. */
function forgetOpenedFiles(client: QueryClient, keep?: string): void {
  setTimeout(() => {
    const cache = client.getQueryCache();
    for (const query of cache.findAll({ queryKey: OPENED_FILE_QUERY_KEY })) {
      if (query.queryKey[2] !== keep && query.getObserversCount() === 0) cache.remove(query);
    }
  }, 0);
}

/**
 * Shows a dataset the user opened: caches it, points the dataset-source store at it and
 * starts from clear filters (the old ones named another dataset's sectors and people).
 */
export function showOpenedDataset(client: QueryClient, loaded: LoadedDataset): void {
  opened += 1;
  const key = `${Date.now().toString(36)}-${opened}`;
  client.setQueryData([...OPENED_FILE_QUERY_KEY, key], loaded);
  useFilterStore.getState().reset();
  useDatasetSourceStore.getState().showFile(loaded.origin, key);
  forgetOpenedFiles(client, key);
}

/** "Back to the default dataset": the shipped dataset, clear filters, no `?data=`. */
export function showDefaultDataset(client: QueryClient): void {
  useFilterStore.getState().reset();
  useDatasetSourceStore.getState().showDefault();
  forgetOpenedFiles(client);
}
