/**
 * The dataset that is showing, as a query. In the first paint, so it carries neither zod nor
 * the import code: the shipped dataset (validated when the app is built) passes the zod-free
 * fast check (src/data/fast-dataset.ts); the full validator loads only to explain a failure.
 * Any other path (a `?data=` link) loads the import code lazily (src/data/linked-dataset.ts):
 * size limits, progress, Parquet and the full validation.
 */
import { queryOptions } from '@tanstack/react-query';
import { buildIndex, type DatasetIndex } from '../model/dataset-index';
import { DatasetError } from '../data/dataset-error';
import { fastValidate } from '../data/fast-dataset';
import { fetchDatasetResponse, parseJsonText } from '../data/fetch-response';
import { paintStage, reportLoadProgress } from '../data/load-progress';
import type { Dataset } from '../data/schema';
import { plural } from '../lib/plural';

export const DEFAULT_DATASET_PATH = 'data/az-rs.json';

export interface LoadedDataset {
  dataset: Dataset;
  index: DatasetIndex;
  /** Where it came from: a path under public/ or an opened file's name. */
  origin: string;
}

function invalid(origin: string, issues: DatasetError['issues']): DatasetError {
  return new DatasetError(
    `${origin} is not a valid dataset (${plural(issues.length, 'problem')})`,
    issues,
  );
}

/**
 * Parsed JSON → a dataset and its index, or a DatasetError. Synchronous and zod-free (for
 * tests and the build): a file the fast check cannot vouch for is refused with one problem;
 * `fetchDataset` and the import list every problem.
 */
export function loadDataset(json: unknown, origin: string): LoadedDataset {
  const result = fastValidate(json);
  if (result === null) {
    throw invalid(origin, [{ path: '(file)', reason: 'does not follow the dataset format' }]);
  }
  if (!result.ok) throw invalid(origin, result.issues);
  return { dataset: result.dataset, index: buildIndex(result.dataset), origin };
}

/** Every problem of a dataset the fast check turned down, from the full (lazy) validator. */
async function validatedOrError(json: unknown, origin: string): Promise<Dataset> {
  const { validateDataset } = await import('../data/validate-dataset');
  const result = validateDataset(json);
  if (!result.ok) throw invalid(origin, result.issues);
  return result.dataset;
}

/** The shipped dataset: fetch, parse, the fast check, and the full validator only on failure. */
async function fetchShippedDataset(path: string, signal?: AbortSignal): Promise<Dataset> {
  const url = `${import.meta.env.BASE_URL}${path}`;
  const response = await fetchDatasetResponse(url, path, signal);
  const json = parseJsonText(await response.text(), path);
  const result = fastValidate(json);
  if (result?.ok) return result.dataset;
  return validatedOrError(json, path);
}

/** A `?data=` dataset: the import code, loaded now, reads and checks it with progress. */
async function fetchLinkedDataset(path: string, signal?: AbortSignal): Promise<Dataset> {
  const { fetchDatasetFile } = await import('../data/linked-dataset');
  return fetchDatasetFile(`${import.meta.env.BASE_URL}${path}`, path, { signal });
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
