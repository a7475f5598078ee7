import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoadedDataset } from '../../src/state/dataset-query';
import { loadDataset } from '../../src/state/load-dataset';
import type { DatasetInput } from '../../src/data/schema';
import { computeDashboard } from '../../src/model/dashboard';
import { emptyFilters, type Filters } from '../../src/model/filters';
import type { ViewProps } from '../../src/components/view-props';

/**
 * A frozen copy of the first 16-engagement release (2020–2024, from the five seed articles).
 * Model and component tests count against it, so the shipped record can grow without
 * breaking them; `tests/unit/data/shipped-dataset.test.ts` checks the shipped file itself.
 */
export const FIXTURE_PATH = resolve(__dirname, '../fixtures/frozen-az-rs-16.json');
export const SHIPPED_DATASET_PATH = resolve(__dirname, '../../public/data/az-rs.json');

/** The raw JSON of the frozen fixture (a fresh copy each call, safe to mutate). */
export function fixtureJson(): DatasetInput {
  return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as DatasetInput;
}

/** The raw JSON of the shipped dataset, for the data tests only. */
export function shippedJson(): DatasetInput {
  return JSON.parse(readFileSync(SHIPPED_DATASET_PATH, 'utf8')) as DatasetInput;
}

export function loadFixture(): LoadedDataset {
  return loadDataset(fixtureJson(), 'data/az-rs.json');
}

/** What every view gets under the given filters (defaults: none), but its title. */
export function viewProps(
  filters: Partial<Filters> = {},
  loaded = loadFixture(),
): Omit<ViewProps, 'title'> {
  const f = { ...emptyFilters(), ...filters };
  return { index: loaded.index, data: computeDashboard(loaded.index, f), filters: f };
}
