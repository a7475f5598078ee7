import { invalidDataset } from '../data/dataset-error';
import { fastValidate } from '../data/fast-dataset';
import { buildIndex } from '../model/dataset-index';
import type { LoadedDataset } from './dataset-query';

/**
 * Parsed JSON → a dataset and its index, or a DatasetError. Synchronous and zod-free (for
 * tests and the build): a file the fast check cannot vouch for is refused with one problem;
 * `fetchDataset` and the import list every problem.
 */
export function loadDataset(json: unknown, origin: string): LoadedDataset {
  const result = fastValidate(json);
  if (result === null) {
    throw invalidDataset(origin, [
      { path: '(file)', reason: 'does not follow the dataset format' },
    ]);
  }
  if (!result.ok) throw invalidDataset(origin, result.issues);
  return { dataset: result.dataset, index: buildIndex(result.dataset), origin };
}
