import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { VisitFrequency } from '../../../src/features/visits/VisitFrequency';
import type { Filters } from '../../../src/model/filters';
import { useFilterStore } from '../../../src/state/filter-store';
import { viewPropsOf } from '../../support/views';
import { wakeVisitChart } from '../../support/visit-chart';

const viewProps = viewPropsOf('visit-frequency');

/** The view under the store's filters, redrawn when they change (as the dashboard does). */
function StoreView({ initial }: { initial: Partial<Filters> }) {
  const filters = useFilterStore((s) => s.filters);
  return <VisitFrequency {...viewProps({ ...initial, ...filters })} />;
}

async function renderView(filters: Partial<Filters> = {}) {
  const user = userEvent.setup();
  act(() => {
    useFilterStore.setState((s) => ({ filters: { ...s.filters, ...filters } }));
  });
  const utils = render(<StoreView initial={{}} />);
  const panel = screen.getByRole('region', { name: 'Visit frequency' });
  await wakeVisitChart(panel);
  return { user, panel, ...utils };
}

const yearFilter = () => {
  const { from, to } = useFilterStore.getState().filters;
  return { from, to };
};

/** Where a year's label sits under its bars, in the chart's pixels (jsdom puts the svg at 0,0). */
function yearLabel(panel: HTMLElement, year: number): { x: number; y: number } {
  const tick = Array.from(panel.querySelectorAll('svg text')).find(
    (t) => t.textContent === String(year) && t.classList.contains('visits-year-tick'),
  );
  if (!tick) throw new Error(`no label for ${year}`);
  return { x: Number(tick.getAttribute('x')), y: Number(tick.getAttribute('y')) };
}

describe('Visit frequency: choosing a year on the chart', { timeout: 30_000 }, () => {
  it('selects a year with one click on its bars, with no pointer resting there first', async () => {
    const { panel } = await renderView();
    const { x, y } = yearLabel(panel, 2022);
    fireEvent.click(panel.querySelector('.visits-chart')!, { clientX: x + 3, clientY: y - 40 });
    expect(yearFilter()).toEqual({ from: 2022, to: 2022 });
  });

  it('clears the year with a second click on it, and picks the year whose band was hit', async () => {
    const { panel } = await renderView({ from: 2023, to: 2023 });
    const chart = panel.querySelector('.visits-chart')!;
    const a = yearLabel(panel, 2023);
    const b = yearLabel(panel, 2024);
    // Just right of the middle between two years' centres: the later year.
    fireEvent.click(chart, { clientX: (a.x + b.x) / 2 + 2, clientY: a.y - 40 });
    expect(yearFilter()).toEqual({ from: 2024, to: 2024 });
    fireEvent.click(chart, { clientX: b.x, clientY: b.y - 40 });
    expect(yearFilter()).toEqual({ from: null, to: null });
  });

  it('marks the selected year alone: one band, over that year only', async () => {
    const { panel } = await renderView({ from: 2022, to: 2022 });
    const bands = panel.querySelectorAll('.visits-selected-band');
    expect(bands).toHaveLength(1);
    const band = bands[0]!;
    const left = Number(band.getAttribute('x'));
    const right = left + Number(band.getAttribute('width'));
    const inBand = (year: number) => {
      const { x } = yearLabel(panel, year);
      return x > left && x < right;
    };
    expect([2020, 2021, 2022, 2023, 2024].filter(inBand)).toEqual([2022]);
  });

  it('toggles with Enter: a second Enter on the focused year clears it, as the tooltip says', async () => {
    const { user, panel } = await renderView();
    const chart = within(panel).getByRole('application');
    act(() => chart.focus());
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const tooltip = () => panel.querySelector('.visits-tooltip');
    await waitFor(() => expect(tooltip()).toHaveTextContent(/^2022/));
    await user.keyboard('{Enter}');
    expect(yearFilter()).toEqual({ from: 2022, to: 2022 });
    await waitFor(() =>
      expect(tooltip()).toHaveTextContent('Click or press Enter to clear the year filter'),
    );
    await user.keyboard('{Enter}');
    expect(yearFilter()).toEqual({ from: null, to: null });
    await user.keyboard(' ');
    expect(yearFilter()).toEqual({ from: 2022, to: 2022 });
    await user.keyboard(' ');
    expect(yearFilter()).toEqual({ from: null, to: null });
  });
});

describe('Visit frequency: the totals in words', { timeout: 30_000 }, () => {
  const summary = (panel: HTMLElement) =>
    panel.querySelector('.visits-summary')?.textContent?.replace(/\s+/g, ' ');

  it('leaves out the counts that are zero', async () => {
    const { panel } = await renderView({ from: 2022, to: 2022 });
    expect(summary(panel)).toBe(
      '7 trips and 2 contacts without travel, 2020–2024 · Selected (2022): 2 trips',
    );
  });

  it('says "no trips" rather than "0 trips"', async () => {
    const { panel } = await renderView({ from: 2021, to: 2021 });
    expect(summary(panel)).toContain('Selected (2021): no trips');
    expect(summary(panel)).not.toMatch(/\b0 /);
  });
});
