import { describe, expect, it } from 'vitest';
import { computeDashboard } from '../../../src/model/dashboard';
import { formatPlace } from '../../../src/model/events-view';
import { emptyFilters } from '../../../src/model/filters';
import { mapSpec } from '../../../src/model/map-spec';
import { loadDataset } from '../../../src/state/load-dataset';
import { fixtureJson } from '../../support/dataset';

/** The fixture with two venues named by their city alone, as a script that could not tell the country writes them. */
function cityOnly() {
  const d = fixtureJson();
  const baku = d.events.findIndex((e) => e.place?.city === 'Baku');
  d.events[baku]!.place = { city: 'Baku' } as never;
  const other = d.events.findIndex((e) => e.place !== null && e.place?.city !== 'Baku');
  d.events[other]!.place = { city: 'Novi Sad' } as never;
  return { index: loadDataset(d, 'tracker.json').index, baku, other };
}

describe('a place with a city and no country', () => {
  it('is named by its city, and is on the map only when the places table has that city', () => {
    const { index, baku, other } = cityOnly();
    expect(formatPlace(index, index.dataset.events[other]!.place)).toBe('Novi Sad');
    expect(formatPlace(index, index.dataset.events[baku]!.place)).toBe('Baku');
    const filters = emptyFilters();
    const spec = mapSpec(index, computeDashboard(index, filters), filters, { title: 'Map' });
    // Baku takes the country of the places table's one Baku row, so its count stays whole.
    expect(spec.venues.find((v) => v.key === 'baku')?.engagements).toBe(7);
    expect(spec.venues.some((v) => v.label === 'Novi Sad')).toBe(false);
    expect(spec.rows.find((r) => r.label === 'Novi Sad')?.position).toBe('no cited coordinates');
  });
});
