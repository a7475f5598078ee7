// A `?data=` dataset read from a response that the caller started before the import code
// arrived (src/state/dataset-query.ts starts the download first).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDatasetFile } from '../../../src/data/linked-dataset';
import { fixtureJson } from '../../support/dataset';

afterEach(() => vi.unstubAllGlobals());

describe('fetchDatasetFile', () => {
  it('reads the response it is given, and fetches nothing itself', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no second download')));
    vi.stubGlobal('fetch', fetch);
    const body = JSON.stringify(fixtureJson());
    const response = Promise.resolve(new Response(body, { status: 200 }));
    const dataset = await fetchDatasetFile('/data/mine.json', 'data/mine.json', { response });
    expect(dataset.events).toHaveLength(16);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('names the file when the response is not a dataset', async () => {
    const response = Promise.resolve(new Response('{"events": "no"}', { status: 200 }));
    await expect(
      fetchDatasetFile('/data/mine.json', 'data/mine.json', { response }),
    ).rejects.toThrow(/data\/mine\.json is not a valid dataset/);
  });
});
