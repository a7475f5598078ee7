import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VisitFrequency } from '../../../src/features/visits/VisitFrequency';
import { ChartExportMenu } from '../../../src/features/export/ChartExportMenu';
import type { ViewExportOptions } from '../../../src/components/view-props';
import { resetFilterStore, useFilterStore } from '../../../src/state/filter-store';
import type { Filters } from '../../../src/model/filters';
import { viewPropsOf } from '../../support/views';
import { wakeVisitChart } from '../../support/visit-chart';

const viewProps = viewPropsOf('visit-frequency');

const CONTACTS = 'Contacts without travel (calls, letters, protests)';

function renderView(filters: Partial<Filters> = {}) {
  const user = userEvent.setup();
  const utils = render(<VisitFrequency {...viewProps(filters)} />);
  return { user, ...utils };
}

async function openTable(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'View as table' }));
  return screen.getByRole('table', { name: /^Trips per year/ });
}

/** The table row of a year, as its cells' text. */
function yearRow(table: HTMLElement, year: number): string[] {
  const button = within(table).getByRole('button', { name: new RegExp(`^${year}:`) });
  const row = button.closest('tr')!;
  return Array.from(row.querySelectorAll('th, td')).map((c) => c.textContent ?? '');
}

describe('VisitFrequency', () => {
  beforeEach(() => {
    resetFilterStore();
  });

  it('is a named region with the subtitle in words', () => {
    renderView();
    expect(screen.getByRole('region', { name: 'Visit frequency' })).toBeInTheDocument();
    expect(
      screen.getByText('Trips per year by who travelled. Engagements on one trip count once.'),
    ).toBeInTheDocument();
  });

  it('shows trips per year and direction, with contacts, in the table', async () => {
    const { user } = renderView();
    const table = await openTable(user);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Year',
      'Azerbaijan → Serbia',
      'Serbia → Azerbaijan',
      'Total trips',
      'Contacts without travel',
    ]);
    expect(yearRow(table, 2020)).toEqual(['2020', '0', '1', '1', '2']);
    expect(yearRow(table, 2021)).toEqual(['2021', '0', '0', '0', '0']);
    expect(yearRow(table, 2022)).toEqual(['2022', '1', '1', '2', '0']);
    expect(yearRow(table, 2023)).toEqual(['2023', '2', '0', '2', '0']);
    expect(yearRow(table, 2024)).toEqual(['2024', '1', '1', '2', '0']);
    // 4 Azerbaijani trips, 3 Serbian trips, 2 contacts without travel.
    const total = within(table).getByRole('rowheader', { name: 'Total' }).closest('tr')!;
    expect(Array.from(total.querySelectorAll('td')).map((c) => c.textContent)).toEqual([
      '4',
      '3',
      '7',
      '2',
    ]);
  });

  it('restacks by level', async () => {
    const { user } = renderView();
    await user.click(screen.getByRole('button', { name: 'By level' }));
    expect(screen.getByRole('button', { name: 'By level' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'By direction' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    const table = await openTable(user);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Year',
      'Head of state',
      'Head of government',
      'Speaker or parliamentary delegation',
      'Foreign minister',
      'Other minister or official',
      'Total trips',
      'Contacts without travel',
    ]);
    expect(yearRow(table, 2024)).toEqual(['2024', '1', '0', '0', '1', '0', '2', '0']);
    expect(yearRow(table, 2020)).toEqual(['2020', '0', '0', '0', '0', '1', '1', '2']);
    expect(yearRow(table, 2022)).toEqual(['2022', '2', '0', '0', '0', '0', '2', '0']);
  });

  it('in level mode, counts only the trips of the selected direction', async () => {
    const { user } = renderView({ directions: ['RS-AZ'] });
    await user.click(screen.getByRole('button', { name: 'By level' }));
    const table = await openTable(user);
    // Serbian trips: 2020 minister level, 2022 and 2024 Vučić (head of state).
    expect(yearRow(table, 2020)).toEqual(['2020', '0', '0', '0', '0', '1', '1', '2']);
    expect(yearRow(table, 2022)).toEqual(['2022', '1', '0', '0', '0', '0', '1', '0']);
    expect(yearRow(table, 2023)).toEqual(['2023', '0', '0', '0', '0', '0', '0', '0']);
    expect(yearRow(table, 2024)).toEqual(['2024', '1', '0', '0', '0', '0', '1', '0']);
    expect(screen.getByText(/Levels shown for Serbia → Azerbaijan only/)).toBeInTheDocument();
  });

  it("toggles the year filter from the table's year buttons", async () => {
    const { user } = renderView();
    const table = await openTable(user);
    const button = within(table).getByRole('button', { name: /^2022:/ });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(useFilterStore.getState().filters).toMatchObject({ from: 2022, to: 2022 });
    await user.click(button);
    expect(useFilterStore.getState().filters).toMatchObject({ from: null, to: null });
  });

  it('marks the selected year and keeps every year in the chart', async () => {
    const { user } = renderView({ from: 2022, to: 2022 });
    expect(screen.getByText('Selected (2022): 2 trips')).toBeInTheDocument();
    const table = await openTable(user);
    expect(within(table).getByRole('button', { name: /^2022:/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Highlight, not collapse: the other years are still there with their numbers.
    expect(yearRow(table, 2023)).toEqual(['2023', '2', '0', '2', '0']);
  });

  it('shows contacts as a labelled series that can be hidden', async () => {
    const { user } = renderView();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getByText(CONTACTS)).toBeInTheDocument();
    expect(screen.getByText(/2 contacts without travel/)).toBeInTheDocument();
    const box = screen.getByRole('checkbox', { name: 'Show contacts without travel' });
    expect(box).toBeChecked();
    await user.click(box);
    expect(box).not.toBeChecked();
    expect(screen.queryByText(CONTACTS)).not.toBeInTheDocument();
    expect(screen.queryByText(/2 contacts without travel/)).not.toBeInTheDocument();
  });

  it('dims the directions a direction filter leaves out', () => {
    renderView({ directions: ['AZ-RS'] });
    expect(screen.getByText('Selected: 4 trips')).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getByText('Azerbaijan → Serbia').closest('li')).not.toHaveClass(
      'is-dimmed',
    );
    expect(within(legend).getByText('Serbia → Azerbaijan').closest('li')).toHaveClass('is-dimmed');
    expect(within(legend).getByText(CONTACTS).closest('li')).toHaveClass('is-dimmed');
  });

  describe('chart', () => {
    // jsdom lays nothing out: give the chart's container a size so Recharts draws.
    beforeEach(() => {
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
        DOMRect.fromRect({ x: 0, y: 0, width: 800, height: 320 }),
      );
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('draws a bar chart with every year on the axis', async () => {
      const { container } = renderView();
      await wakeVisitChart(container);
      const ticks = Array.from(
        container.querySelectorAll('.recharts-cartesian-axis-tick-value'),
      ).map((t) => t.textContent ?? '');
      // Tick labels are drawn in a separate layer: split them into years and counts.
      expect(ticks.filter((t) => /^20\d\d$/.test(t))).toEqual([
        '2020',
        '2021',
        '2022',
        '2023',
        '2024',
      ]);
      // Whole numbers only on the value axis.
      expect(ticks.filter((t) => !/^20\d\d$/.test(t))).toEqual(['0', '1', '2']);
      expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0);
      expect(screen.getByText('Trips')).toBeInTheDocument();
    });

    it('dims the bars of years outside the selected range', async () => {
      const { container } = renderView({ from: 2022, to: 2022 });
      await wakeVisitChart(container);
      const opacities = Array.from(container.querySelectorAll('.recharts-bar-rectangle path')).map(
        (p) => p.getAttribute('fill-opacity'),
      );
      expect(opacities).toContain('1');
      expect(opacities).toContain('0.3');
    });
  });

  it('says so when nothing matches', () => {
    renderView({ q: 'zzzz-no-such-thing' });
    expect(screen.getByText('No trips or contacts match the filters.')).toBeInTheDocument();
  });

  describe('exports', () => {
    it('offers PNG and SVG downloads in its header', () => {
      const props = viewProps();
      render(
        <VisitFrequency
          {...props}
          exportsFor={(o) => (
            <ChartExportMenu
              chart="visit-frequency"
              {...props}
              visitMode={o.visitMode}
              showContacts={o.showContacts}
            />
          )}
        />,
      );
      const panel = screen.getByRole('region', { name: 'Visit frequency' });
      expect(within(panel).getByRole('button', { name: 'Download PNG' })).toBeInTheDocument();
      expect(within(panel).getByRole('button', { name: 'Download SVG' })).toBeInTheDocument();
      expect(within(panel).getByRole('group', { name: 'Export Visit frequency' })).toBeVisible();
    });

    it('passes the split and the contacts toggle on screen to the export', async () => {
      const user = userEvent.setup();
      const seen: ViewExportOptions[] = [];
      render(
        <VisitFrequency
          {...viewProps()}
          exportsFor={(o) => {
            seen.push(o);
            return <span>export</span>;
          }}
        />,
      );
      const on = { showMilestones: true };
      expect(seen.at(-1)).toEqual({ visitMode: 'direction', showContacts: true, ...on });
      await user.click(screen.getByRole('button', { name: 'By level' }));
      expect(seen.at(-1)).toEqual({ visitMode: 'level', showContacts: true, ...on });
      await user.click(screen.getByRole('checkbox', { name: 'Show contacts without travel' }));
      expect(seen.at(-1)).toEqual({ visitMode: 'level', showContacts: false, ...on });
      await user.click(screen.getByRole('checkbox', { name: 'Milestones' }));
      expect(seen.at(-1)).toEqual({
        visitMode: 'level',
        showContacts: false,
        showMilestones: false,
      });
      await user.click(screen.getByRole('checkbox', { name: 'Milestones' }));
    });

    it('shows plain `actions` when no export function is given', () => {
      render(<VisitFrequency {...viewProps()} exports={<button type="button">Save me</button>} />);
      expect(screen.getByRole('button', { name: 'Save me' })).toBeInTheDocument();
    });
  });

  describe('presentation', () => {
    it('shows the chart and legend without any control', () => {
      const exportActions = vi.fn(() => <button type="button">Download PNG</button>);
      render(<VisitFrequency {...viewProps()} presentation exportsFor={exportActions} />);
      const panel = screen.getByRole('region', { name: 'Visit frequency' });
      expect(within(panel).queryByRole('button', { name: 'By direction' })).toBeNull();
      expect(within(panel).queryByRole('button', { name: 'By level' })).toBeNull();
      expect(within(panel).queryByRole('button', { name: 'View as table' })).toBeNull();
      expect(within(panel).queryByRole('button', { name: 'Download PNG' })).toBeNull();
      expect(
        within(panel).queryByRole('checkbox', { name: 'Show contacts without travel' }),
      ).toBeNull();
      expect(within(panel).queryAllByRole('button')).toHaveLength(0);
      expect(within(panel).queryAllByRole('checkbox')).toHaveLength(0);
      // What the slide is for is still there: the legend (with contacts) and the totals.
      const legend = within(panel).getByRole('list', { name: 'Legend' });
      expect(within(legend).getByText(CONTACTS)).toBeInTheDocument();
      expect(within(panel).getByText(/2 contacts without travel/)).toBeInTheDocument();
    });
  });
});
