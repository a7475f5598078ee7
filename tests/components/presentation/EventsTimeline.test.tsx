import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { EventsTimeline } from '../../../src/features/presentation/EventsTimeline';
import { Presentation } from '../../../src/features/presentation/Presentation';
import { filteredEvents } from '../../../src/model/dashboard';
import type { Filters } from '../../../src/model/filters';
import { resetFilterStore } from '../../../src/state/filter-store';
import { viewProps } from '../../support/dataset';

function show(filters: Partial<Filters> = {}) {
  const { index, data } = viewProps(filters);
  render(<EventsTimeline index={index} events={filteredEvents(index, data.mask, 'oldest')} />);
  const chart = screen.getByRole('group', { name: /Events timeline 2020–2024/ });
  return within(chart).getAllByRole('img');
}

beforeEach(() => {
  resetFilterStore();
});

describe('EventsTimeline', () => {
  it('draws the 7 trips and 2 contacts of the shipped data, each with an accessible label', () => {
    const markers = show();
    expect(markers).toHaveLength(9);
    expect(markers.filter((m) => m.dataset.kind === 'trip')).toHaveLength(7);
    expect(markers.filter((m) => m.dataset.kind === 'contact')).toHaveLength(2);
    expect(
      screen.getByRole('group', {
        name: 'Events timeline 2020–2024: 7 trips and 2 contacts without travel',
      }),
    ).toBeInTheDocument();

    // Serbian visits to Azerbaijan: 3 trips.
    const serbian = markers.filter((m) =>
      m.getAttribute('aria-label')!.startsWith('Trip, Serbia → Azerbaijan'),
    );
    expect(serbian.map((m) => m.getAttribute('aria-label'))).toEqual([
      'Trip, Serbia → Azerbaijan, 11 Aug 2020: Nebojša Stefanović in Baku, 2 engagements',
      'Trip, Serbia → Azerbaijan, 21 Dec 2022: Aleksandar Vučić in Baku, 3 engagements',
      'Trip, Serbia → Azerbaijan, 11 Nov 2024: Aleksandar Vučić in Baku, 1 engagement',
    ]);
    // Azerbaijani visits to Serbia: 4 trips; the two engagements of Dec 2024 are one trip.
    const azerbaijani = markers.filter((m) =>
      m.getAttribute('aria-label')!.startsWith('Trip, Azerbaijan → Serbia'),
    );
    expect(azerbaijani.map((m) => m.getAttribute('aria-label'))).toEqual([
      'Trip, Azerbaijan → Serbia, 23 Nov 2022: Ilham Aliyev in Belgrade, 1 engagement',
      'Trip, Azerbaijan → Serbia, 7 Nov 2023: Jeyhun Bayramov in Belgrade, 4 engagements',
      'Trip, Azerbaijan → Serbia, 10 Dec 2023: Ilham Aliyev in Niš, 1 engagement',
      'Trip, Azerbaijan → Serbia, 23 Dec 2024: Jeyhun Bayramov in Serbia, 2 engagements',
    ]);
    expect(
      markers.filter((m) => m.dataset.kind === 'contact').map((m) => m.getAttribute('aria-label')),
    ).toEqual([
      'Contact without travel, 20 Jul 2020: Diplomatic protest, 1 engagement',
      'Contact without travel, 7 Aug 2020: Phone call, 1 engagement',
    ]);
  });

  it('shows short labels, dates, count badges and the full titles as tooltips', () => {
    const markers = show();
    const vucic = markers.find((m) => m.dataset.count === '3')!;
    expect(within(vucic).getByText('Aleksandar Vučić in Baku')).toBeInTheDocument();
    expect(within(vucic).getByText('21 Dec 2022')).toBeInTheDocument();
    expect(within(vucic).getByText('×3')).toBeInTheDocument();
    const tooltip = vucic.querySelector('title')!.textContent!;
    expect(tooltip).toContain('Aliyev and Vučić hold one-on-one talks in Baku');
    expect(tooltip).toContain('Vučić talks with Azerbaijan');
  });

  it('labels every year of the axis and explains the marks in a legend', () => {
    show();
    for (const year of ['2020', '2021', '2022', '2023', '2024']) {
      expect(screen.getByText(year)).toBeInTheDocument();
    }
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getByText('Azerbaijan visits Serbia')).toBeInTheDocument();
    expect(within(legend).getByText('Serbia visits Azerbaijan')).toBeInTheDocument();
    expect(within(legend).getByText('Contact without travel (call, protest)')).toBeInTheDocument();
    expect(within(legend).getByText('engagements on one trip')).toBeInTheDocument();
  });

  it('follows the filters: energy was discussed in 2022, 2023 and 2024', () => {
    const markers = show({ sectors: ['energy'] });
    const years = new Set(markers.map((m) => m.getAttribute('aria-label')!.match(/\d{4}/)![0]));
    expect([...years].sort()).toEqual(['2022', '2023', '2024']);
    // The axis still spans the whole dataset, so it does not jump when filters change.
    expect(screen.getByText('2020')).toBeInTheDocument();
  });

  it('says so when nothing matches', () => {
    const { index, data } = viewProps({ q: 'no such engagement anywhere' });
    render(<EventsTimeline index={index} events={filteredEvents(index, data.mask, 'oldest')} />);
    expect(screen.getByText('No engagements match the filters.')).toBeInTheDocument();
  });
});

describe('the timeline slide in a presentation', () => {
  it('has no axe violations', async () => {
    const { index, data } = viewProps();
    const { container } = render(
      <Presentation
        slides={[
          {
            id: 'timeline',
            title: 'Events timeline',
            render: () => (
              <EventsTimeline index={index} events={filteredEvents(index, data.mask, 'oldest')} />
            ),
          },
        ]}
        caption="All engagements"
        sourceLine="Source: test"
        datasetTitle="Azerbaijan–Serbia relations"
        onExit={() => {}}
      />,
    );
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});
