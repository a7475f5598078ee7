import { useQueryClient } from '@tanstack/react-query';
import { showOpenedDataset } from './dataset-source-query';
import { useDatasetImport, type DatasetImport } from './use-dataset-import';

/** `useDatasetImport` wired to the app: a successfully opened file becomes the shown dataset. */
export function useOpenDataset(): DatasetImport {
  const client = useQueryClient();
  return useDatasetImport({ onLoaded: (loaded) => showOpenedDataset(client, loaded) });
}
