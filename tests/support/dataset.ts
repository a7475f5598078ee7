import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoadedDataset } from '../../src/data/dataset-query';
import { loadDataset } from '../../src/data/dataset-query';
import type { DatasetInput } from '../../src/data/schema';
import { computeDashboard } from '../../src/model/dashboard';
import { emptyFilters, type Filters } from '../../src/model/filters';
import type { ViewProps } from '../../src/components/view-props';

export const SHIPPED_DATASET_PATH = resolve(__dirname, '../../public/data/az-rs.json');

/** The raw JSON of the shipped dataset (a fresh copy each call, safe to mutate). */
export function shippedJson(): DatasetInput {
  return JSON.parse(readFileSync(SHIPPED_DATASET_PATH, 'utf8')) as DatasetInput;
}

export function loadShipped(): LoadedDataset {
  return loadDataset(shippedJson(), 'data/az-rs.json');
}

/** Props for a view under the given filters (defaults: none). */
export function viewProps(filters: Partial<Filters> = {}, loaded = loadShipped()): ViewProps {
  const f = { ...emptyFilters(), ...filters };
  return { index: loaded.index, data: computeDashboard(loaded.index, f), filters: f };
}
