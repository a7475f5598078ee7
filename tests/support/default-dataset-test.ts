// Component tests of the dataset switch: each starts on the default dataset (served by a
// stubbed fetch from the frozen fixture) with clear filters and a bare address.
import { afterEach, beforeEach, vi } from 'vitest';
import { resetDatasetSourceStore } from '../../src/state/dataset-source-store';
import { resetFilterStore } from '../../src/state/filter-store';
import { fixtureJson } from './dataset';

/** Registers the set-up and tear-down of each test in the calling file. */
export function startEachTestOnTheDefaultDataset(): void {
  beforeEach(() => {
    resetFilterStore();
    resetDatasetSourceStore();
    window.history.replaceState(null, '', '/');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(fixtureJson()), { status: 200 })),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
}
