import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { EventsTimeline } from '../../../src/features/presentation/EventsTimeline';
import { Presentation } from '../../../src/features/presentation/Presentation';
import { filteredEvents } from '../../../src/model/dashboard';
import type { Filters } from '../../../src/model/filters';
import { resetFilterStore } from '../../../src/state/filter-store';
import { resetViewOptionsStore, useViewOptionsStore } from '../../../src/state/view-options-store';
import { viewProps } from '../../support/dataset';

function show(filters: Partial<Filters> = {}) {
  const { index, data, filters: f } = viewProps(filters);
  render(
    <EventsTimeline
      index={index}
      events={filteredEvents(index, data.mask, 'oldest')}
      filters={f}
    />,
  );
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
      'Contact without travel, 20 Jul 2020: Diplomatic protest: Veinović, 1 engagement',
      'Contact without travel, 7 Aug 2020: Phone call: Aliyev – Vučić, 1 engagement',
    ]);
  });

  it('shows short labels, dates, the count in the marker and the full titles as tooltips', () => {
    const markers = show();
    const vucic = markers.find((m) => m.dataset.count === '3')!;
    expect(within(vucic).getByText('Aleksandar Vučić in Baku')).toBeInTheDocument();
    expect(within(vucic).getByText('21 Dec 2022')).toBeInTheDocument();
    expect(within(vucic).getByText('3')).toBeInTheDocument();
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

  it('says who was involved in a contact: "Phone call: Aliyev – Vučić", as shown on the slide', () => {
    const markers = show();
    const call = markers.find((m) => m.getAttribute('aria-label')!.includes('Phone call'))!;
    expect(within(call).getByText('Phone call: Aliyev – Vučić')).toBeInTheDocument();
  });

  it('asks no one to hover: a projector has no pointer', () => {
    show();
    expect(screen.queryByText(/hover/i)).not.toBeInTheDocument();
    expect(screen.getByText(/a number in a marker counts its engagements/)).toBeInTheDocument();
  });

  it('never lets a leader line cross a label, and lists the markers it could not label', () => {
    const { index, data } = viewProps();
    const events = filteredEvents(index, data.mask, 'oldest');
    // Twelve copies of each engagement a day apart: far more than fits on 2020–2024.
    const crowded = events.flatMap((e) =>
      Array.from({ length: 12 }, (_, i) => ({ ...e, id: `${e.id}-${i}`, visitId: null })),
    );
    render(<EventsTimeline index={index} events={crowded} />);
    const svg = document.querySelector('svg.timeline-chart')!;
    const stems = [...svg.querySelectorAll('line.timeline-stem')].map((l) => ({
      x: Number(l.getAttribute('x1')),
      top: Number(l.getAttribute('y1')),
    }));
    const labels = [...svg.querySelectorAll('text.timeline-label')];
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      const first = label.querySelector('tspan')!;
      const x = Number(first.getAttribute('x'));
      const y = Number(first.getAttribute('y'));
      const width = first.textContent!.length * 25 * 0.6;
      const [from, to] =
        label.getAttribute('text-anchor') === 'end' ? [x - width, x] : [x, x + width];
      for (const s of stems) {
        // A stem that starts above the label's baseline and runs down past it crosses it.
        const crosses = s.x > from && s.x < to && s.top < y;
        expect(crosses, `a stem at x=${s.x} crosses “${first.textContent}”`).toBe(false);
      }
    }
    const rest = screen.queryByRole('list', { name: 'Markers not labelled on the chart' });
    const drawn = svg.querySelectorAll('g.timeline-marker').length;
    const labelledCount = labels.length;
    if (labelledCount < drawn)
      expect(rest ?? screen.getByText(/a number in a marker/)).toBeTruthy();
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

describe('EventsTimeline milestones', () => {
  beforeEach(() => {
    resetViewOptionsStore();
  });

  const flags = () =>
    Array.from(document.querySelectorAll('[data-milestone-year] text')).map((g) => g.textContent);

  it('marks the milestones of the year range, numbered as in the key under the chart', () => {
    show({ from: 2023 });
    expect(flags()).toEqual(['2', '3']);
    const key = screen.getByRole('heading', { name: 'Milestones' }).parentElement!;
    expect(key).toHaveTextContent('10 Dec 2023 Serbia–Bulgaria gas interconnector opens');
    expect(key).not.toHaveTextContent('Strategic Partnership Council founded');
  });

  it('draws none, and no key, when the Milestones switch is off', () => {
    useViewOptionsStore.getState().setShowMilestones(false);
    show();
    expect(flags()).toEqual([]);
    expect(screen.queryByRole('heading', { name: 'Milestones' })).toBeNull();
  });
});
