/**
 * The dataset that is showing, as a query. In the first paint, so it carries neither zod nor
 * the import code: the shipped dataset (validated when the app is built)
 * is the very file the build validated and wrote, which the page's digest proves; any other
 * copy gets the zod-free fast check (src/data/fast-dataset.ts), and the full validator loads
 * only to explain a failure.
 * Any other path (a `?data=` link) loads the import code lazily (src/data/linked-dataset.ts):
 * size limits, progress, Parquet and the full validation.
 */
import { queryOptions } from '@tanstack/react-query';
import { buildIndex, type DatasetIndex } from '../model/dataset-index';
import { invalidDataset } from '../data/dataset-error';
import { isBakedDataset, SHIPPED_DATASET_PATH } from '../data/baked-dataset';
import { fetchDatasetResponse, parseJsonText } from '../data/fetch-response';
import { paintStage, reportLoadProgress } from '../data/load-progress';
import type { Dataset } from '../data/schema';

export const DEFAULT_DATASET_PATH = SHIPPED_DATASET_PATH;

export interface LoadedDataset {
  dataset: Dataset;
  index: DatasetIndex;
  /** Where it came from: a path under public/ or an opened file's name. */
  origin: string;
}

/** Every problem of a dataset the fast check turned down, from the full (lazy) validator. */
async function validatedOrError(json: unknown, origin: string): Promise<Dataset> {
  const { validateDataset } = await import('../data/validate-dataset');
  const result = validateDataset(json);
  if (!result.ok) throw invalidDataset(origin, result.issues);
  return result.dataset;
}

/** The shipped dataset: fetch, parse, the fast check, and the full validator only on failure. */
async function fetchShippedDataset(path: string, signal?: AbortSignal): Promise<Dataset> {
  const url = `${import.meta.env.BASE_URL}${path}`;
  const response = await fetchDatasetResponse(url, path, signal);
  const text = await response.text();
  // The very file the build validated and wrote (scripts/bake-plugin.ts): nothing to check.
  if (await isBakedDataset(text)) return JSON.parse(text) as Dataset;
  const json = parseJsonText(text, path);
  const { fastValidate } = await import('../data/fast-dataset');
  const result = fastValidate(json);
  if (result?.ok) return result.dataset;
  return validatedOrError(json, path);
}

/** A `?data=` dataset: the import code, loaded now, reads and checks it with progress. */
async function fetchLinkedDataset(path: string, signal?: AbortSignal): Promise<Dataset> {
  const url = `${import.meta.env.BASE_URL}${path}`;
  // The download starts now, while the import code is still on its way.
  const response = fetchDatasetResponse(url, path, signal);
  response.catch(() => undefined);
  const { fetchDatasetFile } = await import('../data/linked-dataset');
  return fetchDatasetFile(url, path, { signal, response });
}

export async function fetchDataset(path: string, signal?: AbortSignal): Promise<LoadedDataset> {
  if (path === DEFAULT_DATASET_PATH) {
    const dataset = await fetchShippedDataset(path, signal);
    return { dataset, index: buildIndex(dataset), origin: path };
  }
  try {
    const dataset = await fetchLinkedDataset(path, signal);
    reportLoadProgress({ name: path, stage: 'indexing', rows: dataset.events.length });
    await paintStage();
    return { dataset, index: buildIndex(dataset), origin: path };
  } finally {
    reportLoadProgress(null);
  }
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
