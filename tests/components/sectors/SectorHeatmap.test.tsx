import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SectorHeatmap } from '../../../src/features/sectors/SectorHeatmap';
import { ChartExportMenu } from '../../../src/features/export/ChartExportMenu';
import { resetFilterStore, useFilterStore } from '../../../src/state/filter-store';
import type { Filters } from '../../../src/model/filters';
import { viewPropsOf } from '../../support/views';

const viewProps = viewPropsOf('cooperation-areas');

function renderView(filters: Partial<Filters> = {}) {
  const user = userEvent.setup();
  const props = viewProps(filters);
  const utils = render(<SectorHeatmap {...props} />);
  return { user, props, ...utils };
}

const TITLE = 'Cooperation by sector and year';
const grid = () => screen.getByRole('grid', { name: TITLE });

/** The grid row of a sector, found by its label button. */
function sectorRow(label: string): HTMLTableRowElement {
  return within(grid()).getByRole('button', { name: label }).closest('tr')!;
}

/** A sector's cells as text: one per year, then the total. */
function rowCounts(label: string): string[] {
  return Array.from(sectorRow(label).querySelectorAll('td')).map((c) => c.textContent ?? '');
}

function cell(label: string, year: number): HTMLElement {
  return sectorRow(label).querySelector<HTMLElement>(`td[data-year="${year}"]`)!;
}

describe('SectorHeatmap', () => {
  beforeEach(() => {
    resetFilterStore();
  });

  it('is a named region with the subtitle in words', () => {
    renderView();
    const region = screen.getByRole('region', { name: TITLE });
    expect(region.querySelector('.panel-subtitle')).toHaveTextContent(
      'Engagements that covered each sector, per year. An engagement can cover several sectors. Click a sector to filter.',
    );
  });

  it('counts engagements per sector and year, with a total', () => {
    const { props } = renderView();
    const headers = within(grid())
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Sector', '2020', '2021', '2022', '2023', '2024', 'Total']);
    // Energy: Dec 2022 press statement; Nov 2023 talks and Dec 2023 Niš; two on 23 Dec 2024.
    // Empty cells print nothing visible but read as "0".
    expect(rowCounts('Energy')).toEqual(['0', '0', '1', '2', '2', '5']);
    expect(cell('Energy', 2020).querySelector('.visually-hidden')).toHaveTextContent('0');
    const energy = props.data.sectors.rows.find((r) => r.sectorId === 'energy')!;
    expect(energy.counts).toEqual([0, 0, 1, 2, 2]);
  });

  it('sorts sectors by total, political dialogue first', () => {
    renderView();
    const labels = within(grid())
      .getAllByRole('rowheader')
      .map((h) => h.textContent?.trim());
    expect(labels[0]).toBe('Political dialogue');
    expect(labels).toHaveLength(12);
  });

  it('filters by a sector when its label is clicked', async () => {
    const { user } = renderView();
    await user.click(within(grid()).getByRole('button', { name: 'Energy' }));
    expect(useFilterStore.getState().filters.sectors).toEqual(['energy']);
  });

  it('filters by a sector when one of its cells is clicked', async () => {
    const { user } = renderView();
    await user.click(cell('Defence industry', 2020));
    expect(useFilterStore.getState().filters.sectors).toEqual(['defence-industry']);
  });

  it('highlights the selected sector and keeps the others', () => {
    renderView({ sectors: ['energy'] });
    const energy = within(grid()).getByRole('button', { name: 'Energy' });
    expect(energy).toHaveAttribute('aria-pressed', 'true');
    expect(sectorRow('Energy')).toHaveAttribute('aria-selected', 'true');
    expect(energy).toHaveTextContent('✓');
    expect(within(grid()).getByRole('button', { name: 'Political dialogue' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(within(grid()).getAllByRole('rowheader')).toHaveLength(12);
    // The sector filter does not change the counts of this view.
    expect(rowCounts('Political dialogue')).toEqual(['2', '0', '3', '3', '3', '11']);
  });

  it('pales the sectors the sector filter leaves out, as the export does, and says so', () => {
    renderView({ sectors: ['energy'] });
    expect(sectorRow('Energy')).not.toHaveClass('is-dimmed');
    expect(sectorRow('Political dialogue')).toHaveClass('is-dimmed');
    expect(
      screen.getByText('Selected sectors are outlined; the others are paler.'),
    ).toBeInTheDocument();
    const key = screen.getByRole('list', { name: 'Shade key' });
    expect(within(key).getAllByRole('listitem')[0]).toHaveTextContent('None');
  });

  it('lists the engagements of a focused cell', () => {
    renderView();
    const target = cell('Energy', 2023);
    fireEvent.focus(target);
    const popover = screen.getByRole('tooltip');
    expect(popover).toHaveTextContent('Energy · 2023');
    expect(popover).toHaveTextContent('2 engagements');
    expect(
      within(popover).getByText(
        'Aliyev joins Vučić and Radev to open the Serbia–Bulgaria gas interconnector',
      ),
    ).toBeInTheDocument();
    expect(
      within(popover).getByText('Bayramov and Dačić review the strategic partnership'),
    ).toBeInTheDocument();
    expect(within(popover).getByText('10 Dec 2023')).toBeInTheDocument();
    expect(target).toHaveAttribute('aria-describedby', popover.id);
    fireEvent.blur(target);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('is one tab stop, moved with the arrow keys; Enter selects the sector', async () => {
    const { user } = renderView();
    const focusable = grid().querySelectorAll('[tabindex="0"]');
    expect(focusable).toHaveLength(1);
    await user.tab(); // "View as table"
    await user.tab();
    const first = within(grid()).getByRole('button', { name: 'Political dialogue' });
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(cell('Political dialogue', 2020)).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(cell('Energy', 2020)).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(cell('Energy', 2023)).toHaveFocus();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Energy · 2023');
    await user.keyboard('{Enter}');
    expect(useFilterStore.getState().filters.sectors).toEqual(['energy']);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(grid().querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    // Tabbing leaves the grid in one step.
    await user.tab();
    expect(grid()).not.toContainElement(document.activeElement as HTMLElement);
  });

  it('offers the same numbers as a table', async () => {
    const { user } = renderView();
    await user.click(screen.getByRole('button', { name: 'View as table' }));
    const table = screen.getByRole('table');
    const energy = within(table).getByRole('rowheader', { name: 'Energy' }).closest('tr')!;
    expect(Array.from(energy.querySelectorAll('td')).map((c) => c.textContent)).toEqual([
      '0',
      '0',
      '1',
      '2',
      '2',
      '5',
    ]);
  });

  it('shows only the years of the year filter', () => {
    renderView({ from: 2023, to: 2024 });
    expect(
      within(grid())
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Sector', '2023', '2024', 'Total']);
    expect(rowCounts('Energy')).toEqual(['2', '2', '4']);
  });

  it('offers PNG and SVG downloads in its header', () => {
    const props = viewProps();
    render(
      <SectorHeatmap
        {...props}
        exports={<ChartExportMenu chart="cooperation-areas" {...props} />}
      />,
    );
    const panel = screen.getByRole('region', { name: TITLE });
    expect(within(panel).getByRole('button', { name: 'Download PNG' })).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Download SVG' })).toBeInTheDocument();
  });

  it('is a plain table with the same counts, and no controls, on a slide', () => {
    const props = viewProps({ sectors: ['energy'] });
    render(
      <SectorHeatmap
        {...props}
        presentation
        exports={<ChartExportMenu chart="cooperation-areas" {...props} />}
      />,
    );
    const panel = screen.getByRole('region', { name: TITLE });
    expect(within(panel).queryAllByRole('button')).toHaveLength(0);
    expect(within(panel).queryByRole('grid')).toBeNull();
    // Arrow keys belong to the slide deck: nothing in the table takes focus.
    expect(panel.querySelectorAll('[tabindex]')).toHaveLength(0);
    expect(within(panel).queryByText(/Click a sector to filter/)).toBeNull();
    const table = within(panel).getByRole('table', { name: TITLE });
    const energy = within(table)
      .getByRole('rowheader', { name: /Energy/ })
      .closest('tr')!;
    expect(Array.from(energy.querySelectorAll('td')).map((c) => c.textContent)).toEqual([
      '0',
      '0',
      '1',
      '2',
      '2',
      '5',
    ]);
    expect(within(energy).getByText('(selected)')).toBeInTheDocument();
  });
});
