import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { VisitFrequency } from '../../../src/features/visits/VisitFrequency';
import { VisitTable } from '../../../src/features/visits/VisitTable';
import { visitChartSpec } from '../../../src/model/visit-chart-spec';
import { resetViewOptionsStore, useViewOptionsStore } from '../../../src/state/view-options-store';
import { viewProps as fixtureProps } from '../../support/dataset';
import { viewPropsOf } from '../../support/views';
import { wakeVisitChart } from '../../support/visit-chart';

const viewProps = viewPropsOf('visit-frequency');

afterEach(() => resetViewOptionsStore());

const markers = (panel: HTMLElement) =>
  Array.from(panel.querySelectorAll<HTMLElement>('.visits-milestone')).map((m) => m.textContent);

describe('Visit frequency: milestone markers', { timeout: 30_000 }, () => {
  it('marks the fixture’s milestones on the baked chart and lists them in a key', () => {
    render(<VisitFrequency {...viewProps()} />);
    const panel = screen.getByRole('region', { name: 'Visit frequency' });
    expect(markers(panel)).toEqual(['1', '2', '3']);
    const key = within(panel).getByRole('heading', { name: 'Milestones' }).parentElement!;
    expect(
      within(key)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '1 23 Nov 2022 Strategic Partnership Council founded',
      '2 10 Dec 2023 Serbia–Bulgaria gas interconnector opens',
      '3 Jan 2024 First gas deliveries',
    ]);
    expect(within(panel).getByRole('checkbox', { name: 'Milestones' })).toBeChecked();
  });

  it('the switch hides and shows the markers, the key and the legend entry', async () => {
    const user = userEvent.setup();
    render(<VisitFrequency {...viewProps()} />);
    const panel = screen.getByRole('region', { name: 'Visit frequency' });
    await wakeVisitChart(panel);
    expect(markers(panel)).toHaveLength(3);
    await user.click(within(panel).getByRole('checkbox', { name: 'Milestones' }));
    expect(useViewOptionsStore.getState().showMilestones).toBe(false);
    expect(markers(panel)).toEqual([]);
    expect(within(panel).queryByRole('heading', { name: 'Milestones' })).toBeNull();
    expect(within(panel).getByRole('list', { name: 'Legend' })).not.toHaveTextContent('Milestone');
    await user.click(within(panel).getByRole('checkbox', { name: 'Milestones' }));
    expect(markers(panel)).toEqual(['1', '2', '3']);
    expect(within(panel).getByRole('list', { name: 'Legend' })).toHaveTextContent(
      'Milestone (numbered)',
    );
  });

  it('the year range leaves only its milestones', () => {
    render(<VisitFrequency {...viewProps({ from: 2023, to: 2024 })} />);
    const panel = screen.getByRole('region', { name: 'Visit frequency' });
    expect(markers(panel)).toEqual(['2', '3']);
  });

  it('the table view lists the milestones the chart marks', () => {
    const { index, data, filters } = fixtureProps();
    const spec = visitChartSpec(index, data, filters, {
      title: 'Visit frequency',
      mode: 'direction',
      showContacts: true,
      showMilestones: true,
    });
    render(<VisitTable spec={spec} onToggleYear={() => {}} />);
    const table = screen.getByRole('table', { name: /Milestones marked on the chart/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '123 Nov 2022Strategic Partnership Council foundedCouncil',
      '210 Dec 2023Serbia–Bulgaria gas interconnector opensEnergy',
      '3Jan 2024First gas deliveriesEnergy',
    ]);
  });
});
