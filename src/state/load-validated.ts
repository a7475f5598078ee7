import { buildIndex } from '../model/dataset-index';
import type { LoadedDataset } from './dataset-query';
import type { Dataset } from '../data/schema';

/**
 * A dataset that has already passed `validateDataset` (in the dataset worker) → its index.
 * Skips a second validation, which would block the main thread for a large file.
 */
export function loadValidatedDataset(dataset: Dataset, origin: string): LoadedDataset {
  return { dataset, index: buildIndex(dataset), origin };
}
