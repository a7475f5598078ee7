import { queryOptions } from '@tanstack/react-query';
import { buildIndex, type DatasetIndex } from '../model/dataset-index';
import type { Dataset } from '../data/schema';
import { DatasetError, validateDataset } from '../data/validate-dataset';

export const DEFAULT_DATASET_PATH = 'data/az-rs.json';

export interface LoadedDataset {
  dataset: Dataset;
  index: DatasetIndex;
  /** Where it came from: a path under public/ or an opened file's name. */
  origin: string;
}

/** Turns parsed JSON into a dataset and its index, or throws a DatasetError listing every problem. */
export function loadDataset(json: unknown, origin: string): LoadedDataset {
  const result = validateDataset(json);
  if (!result.ok) {
    throw new DatasetError(
      `${origin} is not a valid dataset (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'})`,
      result.issues,
    );
  }
  return { dataset: result.dataset, index: buildIndex(result.dataset), origin };
}

export async function fetchDataset(path: string, signal?: AbortSignal): Promise<LoadedDataset> {
  const url = `${import.meta.env.BASE_URL}${path}`;
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError(
      `Could not reach ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!response.ok) {
    throw new DatasetError(
      `Could not load ${path}: the server answered ${response.status} ${response.statusText}`.trim(),
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new DatasetError(
      `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return loadDataset(json, path);
}

export function datasetQueryOptions(path: string = DEFAULT_DATASET_PATH) {
  return queryOptions({
    queryKey: ['dataset', path],
    queryFn: ({ signal }) => fetchDataset(path, signal),
    // The dataset is static: fetch it once per session.
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
