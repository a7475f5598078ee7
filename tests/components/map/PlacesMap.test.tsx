import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { PlacesMap } from '../../../src/features/map/PlacesMap';
import { emptyFilters } from '../../../src/model/filters';
import { useFilterStore } from '../../../src/state/filter-store';
import { viewProps } from '../../support/dataset';

describe('PlacesMap', () => {
  beforeEach(() => useFilterStore.getState().setFilters(emptyFilters()));

  it('names each marker, and a click or Enter toggles the place filter', () => {
    render(<PlacesMap {...viewProps()} title="Where they meet" />);
    const baku = screen.getByRole('button', { name: 'Baku, Azerbaijan: 7 engagements' });
    expect(screen.getByRole('button', { name: 'Belgrade, Serbia: 5 engagements' })).toBeVisible();
    fireEvent.click(baku);
    expect(useFilterStore.getState().filters.places).toEqual(['baku']);
    fireEvent.keyDown(baku, { key: 'Enter' });
    expect(useFilterStore.getState().filters.places).toEqual([]);
    expect(screen.getByText(/Not on the map: Serbia \(city not stated\) \(2\)/)).toBeVisible();
  });

  it('shows the same numbers as a table', () => {
    render(<PlacesMap {...viewProps()} title="Where they meet" />);
    fireEvent.click(screen.getByRole('button', { name: 'View as table' }));
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows[1]).toBe('BakuAzerbaijanAzerbaijan740.378° N, 49.892° E');
    expect(rows).toHaveLength(5);
  });
});
