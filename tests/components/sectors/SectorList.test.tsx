import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SectorHeatmap } from '../../../src/features/sectors/SectorHeatmap';
import { resetFilterStore, useFilterStore } from '../../../src/state/filter-store';
import type { Filters } from '../../../src/model/filters';
import { viewPropsOf } from '../../support/views';

const viewProps = viewPropsOf('cooperation-areas');

const TITLE = 'Cooperation by sector and year';

/** The panel as a phone lays it out: 336 px for the view (a 390 px screen). */
function renderNarrow(filters: Partial<Filters> = {}, width = 336) {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
  const props = viewProps(filters);
  return { user: userEvent.setup(), props, ...render(<SectorHeatmap {...props} />) };
}

const list = () => screen.getByRole('list', { name: TITLE });
const item = (label: string) =>
  within(list()).getByRole('button', { name: label }).closest('li') as HTMLElement;

describe('SectorHeatmap on a narrow screen', () => {
  beforeEach(() => resetFilterStore());
  afterEach(() => vi.restoreAllMocks());

  it('lists every sector with its total and the years it had engagements in', () => {
    const { props } = renderNarrow();
    expect(screen.queryByRole('grid')).toBeNull();
    const items = within(list()).getAllByRole('button');
    expect(items).toHaveLength(props.data.sectors.rows.length);
    expect(items[0]).toHaveAccessibleName('Political dialogue');
    const energy = item('Energy');
    expect(energy).toHaveTextContent('Total 5');
    const years = within(energy).getByRole('list', { name: 'Energy by year' });
    // Only the years with engagements, each with its count: nothing is left to the side.
    expect(
      within(years)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['2022: 1', '2023: 2', '2024: 2']);
  });

  it('shows every year with data in some entry', () => {
    const { props } = renderNarrow();
    const shown = new Set(
      within(list())
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.sectors-item-year')?.textContent)
        .filter(Boolean),
    );
    const withData = props.data.sectors.years.filter((_, j) =>
      props.data.sectors.rows.some((r) => r.counts[j]! > 0),
    );
    expect([...shown].sort()).toEqual(withData.map(String));
  });

  it('filters by a sector from its name', async () => {
    const { user } = renderNarrow();
    await user.click(within(list()).getByRole('button', { name: 'Energy' }));
    expect(useFilterStore.getState().filters.sectors).toEqual(['energy']);
  });

  it('marks the selected sector, and keeps the others with their counts', () => {
    renderNarrow({ sectors: ['energy'] });
    const energy = within(list()).getByRole('button', { name: 'Energy' });
    expect(energy).toHaveAttribute('aria-pressed', 'true');
    expect(energy).toHaveTextContent('✓');
    expect(item('Political dialogue')).toHaveTextContent('Total 11');
    expect(screen.getByText('Selected sectors are outlined; the others are paler.')).toBeVisible();
  });

  it('does not offer the arrow keys, which only the grid has', () => {
    renderNarrow();
    expect(screen.queryByText(/Use the arrow keys/)).toBeNull();
    expect(screen.getByText(/counts once in each/)).toBeInTheDocument();
  });

  it('keeps the grid for a single year, which fits as bars', () => {
    renderNarrow({ from: 2024, to: 2024 }, 266);
    expect(screen.getByRole('grid', { name: TITLE })).toBeInTheDocument();
    expect(screen.getByText(/Use the arrow keys/)).toBeInTheDocument();
  });

  it('keeps the grid where the years fit', () => {
    renderNarrow({}, 700);
    expect(screen.getByRole('grid', { name: TITLE })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: TITLE })).toBeNull();
  });
});
