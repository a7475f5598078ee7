import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngagementEvent } from '../../../src/data/schema';
import { computeDashboard, filteredEvents } from '../../../src/model/dashboard';
import { emptyFilters } from '../../../src/model/filters';
import { timelineLayout } from '../../../src/model/timeline';
import { TIMELINE_LABEL_CHARS, truncateLabel } from '../../../src/model/timeline-labels';
import type { TimelineMarker } from '../../../src/model/timeline-marker';
import { timelinePosition, yearFraction } from '../../../src/model/timeline-position';
import { loadFixture } from '../../support/dataset';

const { index } = loadFixture();
const shippedEvents = filteredEvents(index, computeDashboard(index, emptyFilters()).mask, 'oldest');
const names = {
  personName: (id: string) => index.personById.get(id)?.name,
  countryName: (code: string) => index.countryNames.get(code),
};

function event(partial: Partial<EngagementEvent> & { id: string; date: string }): EngagementEvent {
  return {
    datePrecision:
      partial.date.length === 10 ? 'day' : partial.date.length === 7 ? 'month' : 'year',
    dateInferred: false,
    type: 'meeting',
    place: null,
    placeInferred: false,
    hostCountry: 'RS',
    guestCountry: 'AZ',
    visitId: null,
    level: 'foreign-minister',
    title: `Event ${partial.id}`,
    summary: '',
    participants: [],
    sectors: [],
    topics: [],
    documents: [],
    sourceIds: ['s'],
    ...partial,
  };
}

/** The stretch of axis a marker and its label take, as the layout reserves it. */
function extent(m: TimelineMarker, width: number, gap: number): [number, number] {
  const r = gap / 2;
  return m.side === 'right'
    ? [m.position - r, m.position + r + width]
    : [m.position - r - width, m.position + r];
}

/** A marker's extent: its dot, and its label when it has one. */
const shown = (m: TimelineMarker, width: number, gap: number): [number, number] =>
  m.labelled ? extent(m, width, gap) : [m.position - gap / 2, m.position + gap / 2];

/** No two markers (with their labels) overlap in a lane, and no leader line crosses a label. */
function expectNoOverlap(markers: TimelineMarker[], width: number, gap: number) {
  for (const a of markers) {
    for (const b of markers) {
      if (a === b) continue;
      const [a0, a1] = shown(a, width, gap);
      const [b0, b1] = shown(b, width, gap);
      if (a.lane === b.lane) {
        expect(a1 <= b0 + 1e-12 || b1 <= a0 + 1e-12, `${a.key} and ${b.key} overlap`).toBe(true);
      } else if (a.labelled && b.lane > a.lane) {
        // b's leader line runs down through a's lane: not across a's label.
        const [l0, l1] =
          a.side === 'right' ? [a.position + gap / 2, a1] : [a0, a.position - gap / 2];
        expect(
          b.position <= l0 || b.position >= l1,
          `${b.key}'s line crosses ${a.key}'s label`,
        ).toBe(true);
      }
    }
  }
}

describe('timeline positions', () => {
  it('puts a day in the middle of its day, on an axis of whole years', () => {
    // 23 Nov 2022 is day 327 of 365 (326 days after 1 Jan); 2022 is the third of five years.
    const p = timelinePosition('2022-11-23', 'day', 2020, 2024);
    expect(p).toBeCloseTo((2 + 326.5 / 365) / 5, 10);
    expect(p).toBeCloseTo(0.578904, 6);
    expect(p).toBeGreaterThan(0.5);
    expect(p).toBeLessThan(0.6);
  });

  it('puts a month in the middle of its month, and a year in the middle of its year', () => {
    // December 2022 starts 334 days into the year and has 31 days.
    expect(timelinePosition('2022-12', 'month', 2020, 2024)).toBeCloseTo(
      (2 + (334 + 15.5) / 365) / 5,
      10,
    );
    expect(timelinePosition('2021', 'year', 2020, 2024)).toBeCloseTo(0.3, 10);
    // A precise date stated with year precision is still shown as the year only.
    expect(timelinePosition('2021-03-04', 'year', 2020, 2024)).toBeCloseTo(0.3, 10);
  });

  it('counts leap days and stays within 0..1', () => {
    expect(yearFraction('2020-12-31', 'day')).toBeCloseTo(365.5 / 366, 10);
    expect(yearFraction('2021-01-01', 'day')).toBeCloseTo(0.5 / 365, 10);
    expect(timelinePosition('2030-01-01', 'day', 2020, 2024)).toBe(1);
    expect(timelinePosition('2010-01-01', 'day', 2020, 2024)).toBe(0);
    expect(timelinePosition('2020-06-15', 'day', 2020, 2020)).toBeCloseTo(
      yearFraction('2020-06-15', 'day'),
      10,
    );
  });
});

describe('timelineLayout with the shipped data', () => {
  const layout = timelineLayout(shippedEvents, 2020, 2024, names);
  const byKey = (key: string) => layout.markers.find((m) => m.key === key)!;

  it('has one marker per trip and per contact: 7 trips and 2 contacts', () => {
    expect(layout.grouping).toBe('event');
    expect(layout.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(layout.markers).toHaveLength(9);
    expect(layout.markers.filter((m) => m.kind === 'trip')).toHaveLength(7);
    expect(layout.markers.filter((m) => m.kind === 'contact')).toHaveLength(2);
    expect(layout.markers.reduce((n, m) => n + m.count, 0)).toBe(16);
    expect(layout.engagements).toBe(16);
  });

  it('groups the engagements of one visit into one marker with their count', () => {
    const vucic = byKey('visit:2022-12-vucic-baku');
    expect(vucic.count).toBe(3);
    // Dated by its most precise engagement, not by the month-only one.
    expect(vucic.date).toBe('2022-12-21');
    expect(vucic.precision).toBe('day');
    expect(vucic.dateLabel).toBe('21 Dec 2022');
    expect(vucic.direction).toBe('RS-AZ');
    expect(vucic.label).toBe('Aleksandar Vučić in Baku');
    expect(vucic.titles).toHaveLength(3);
    expect(byKey('visit:2023-11-bayramov-serbia').count).toBe(4);
    expect(byKey('visit:2024-12-bayramov-serbia')).toMatchObject({
      count: 2,
      label: 'Jeyhun Bayramov in Serbia',
      direction: 'AZ-RS',
    });
    expect(byKey('visit:2023-12-aliyev-nis').label).toBe('Ilham Aliyev in Niš');
    expect(byKey('visit:2020-08-stefanovic-baku').label).toBe('Nebojša Stefanović in Baku');
  });

  it('labels contacts by their type and keeps them apart from trips', () => {
    const contacts = layout.markers.filter((m) => m.kind === 'contact');
    // Who was involved, by surname (one a country), so that a projected marker says who spoke.
    expect(contacts.map((m) => m.label)).toEqual([
      'Diplomatic protest: Veinović',
      'Phone call: Aliyev – Vučić',
    ]);
    expect(contacts.every((m) => m.direction === 'none' && m.guest === null)).toBe(true);
  });

  it('orders markers by date', () => {
    const positions = layout.markers.map((m) => m.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(byKey('visit:2022-11-aliyev-belgrade').position).toBeCloseTo(0.578904, 6);
  });

  it('stacks colliding markers and labels in lanes that never overlap', () => {
    const width = 0.15;
    const gap = 0.015;
    const labelled = timelineLayout(shippedEvents, 2020, 2024, {
      ...names,
      labelWidth: () => width,
      markerGap: gap,
    });
    // Three markers within a month of 2020 leave room for two labels: the third is listed.
    expect(labelled.markers.filter((m) => m.labelled).length).toBeGreaterThanOrEqual(7);
    expect(labelled.lanes).toBeGreaterThan(1);
    expect(labelled.lanes).toBeLessThanOrEqual(6);
    expectNoOverlap(labelled.markers, width, gap);
    // Labels near the end of the axis go to the left so they stay inside it.
    for (const m of labelled.markers) {
      const [start, end] = extent(m, width, gap);
      expect(start).toBeGreaterThanOrEqual(-gap);
      expect(end).toBeLessThanOrEqual(1 + gap);
    }
    expect(labelled.markers.find((m) => m.key === 'visit:2024-12-bayramov-serbia')!.side).toBe(
      'left',
    );
  });
});

describe('timelineLayout in general', () => {
  it('places every marker in its lanes with no overlap and no leader line across a label', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 200 }),
        (days, widthPermille) => {
          const events = days.map((d, i) =>
            event({
              id: `e${i}`,
              date: new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10),
            }),
          );
          const width = widthPermille / 1000;
          const gap = 0.01;
          const layout = timelineLayout(events, 2020, 2022, {
            labelWidth: () => width,
            markerGap: gap,
            maxLanes: 100,
          });
          expect(layout.markers).toHaveLength(events.length);
          expectNoOverlap(layout.markers, width, gap);
          expect(layout.lanes).toBe(Math.max(...layout.markers.map((m) => m.lane)) + 1);
          expect(layout.labelled).toBe(layout.markers.every((m) => m.labelled));
        },
      ),
    );
  });

  it('draws year-only dates mid-year with year precision', () => {
    const layout = timelineLayout([event({ id: 'a', date: '2021' })], 2020, 2022);
    expect(layout.markers[0]).toMatchObject({ precision: 'year', dateLabel: '2021' });
    expect(layout.markers[0]!.position).toBeCloseTo(0.5, 10);
  });

  it('drops the label room when labels would need too many lanes', () => {
    const events = Array.from({ length: 12 }, (_, i) =>
      event({ id: `e${i}`, date: `2020-0${(i % 9) + 1}-15` }),
    );
    const layout = timelineLayout(events, 2020, 2020, {
      labelWidth: () => 0.9,
      maxLanes: 4,
      markerGap: 0.01,
    });
    expect(layout.labelled).toBe(false);
    expect(layout.lanes).toBeLessThanOrEqual(4);
  });

  it('aggregates 100 000 engagements into at most 400 markers that keep every count', () => {
    const events: EngagementEvent[] = [];
    for (let i = 0; i < 100_000; i++) {
      const year = 2000 + (i % 25);
      const month = String((i % 12) + 1).padStart(2, '0');
      const kind = i % 3;
      events.push(
        event({
          id: `e${i}`,
          date: `${year}-${month}-10`,
          guestCountry: kind === 0 ? 'AZ' : kind === 1 ? 'RS' : null,
          hostCountry: kind === 0 ? 'RS' : kind === 1 ? 'AZ' : null,
        }),
      );
    }
    const layout = timelineLayout(events, 2000, 2024, {
      directionOrder: ['AZ-RS', 'RS-AZ', 'none'],
    });
    expect(layout.markers.length).toBeLessThanOrEqual(400);
    expect(layout.grouping).not.toBe('event');
    expect(layout.markers.reduce((n, m) => n + m.count, 0)).toBe(100_000);
    expect(layout.lanes).toBe(3);
    expect(layout.markers.find((m) => m.direction === 'none')!.lane).toBe(2);
    expect(layout.markers.every((m) => m.titles.length <= 5)).toBe(true);
  });

  it('groups the busiest years by direction when their markers would collide, keeping every count', () => {
    // Forty trips in 2024 and one in each of 2020 and 2022: 2024 cannot hold them in 4 lanes.
    const busy = Array.from({ length: 40 }, (_, i) =>
      event({
        id: `b${i}`,
        date: `2024-${String((i % 12) + 1).padStart(2, '0')}-1${i % 10}`,
        guestCountry: i % 2 ? 'AZ' : 'RS',
        hostCountry: i % 2 ? 'RS' : 'AZ',
      }),
    );
    const quiet = [
      event({ id: 'q0', date: '2020-05-05' }),
      event({ id: 'q1', date: '2022-05-05' }),
    ];
    const layout = timelineLayout([...quiet, ...busy], 2020, 2024, {
      labelWidth: () => 0.1,
      markerGap: 0.03,
      maxLanes: 4,
      pair: ['AZ', 'RS'],
    });
    expect(layout.grouping).toBe('event');
    const years = layout.markers.filter((m) => m.byYear);
    expect(years.map((m) => [m.dateLabel, m.direction, m.count]).sort()).toEqual([
      ['2024', 'AZ-RS', 20],
      ['2024', 'RS-AZ', 20],
    ]);
    // The quiet years keep a marker per trip, labelled.
    expect(layout.markers.filter((m) => !m.byYear).map((m) => [m.key, m.labelled])).toEqual([
      ['event:q0', true],
      ['event:q1', true],
    ]);
    expect(layout.markers.reduce((n, m) => n + m.count, 0)).toBe(42);
    expect(layout.lanes).toBeLessThanOrEqual(4);
  });

  it('truncates labels without splitting an emoji', () => {
    expect(truncateLabel('short')).toBe('short');
    const long = truncateLabel('😀'.repeat(40), 10);
    expect(Array.from(long)).toHaveLength(10);
    expect(long.endsWith('…')).toBe(true);
    expect(truncateLabel('x'.repeat(10_000)).length).toBeLessThanOrEqual(TIMELINE_LABEL_CHARS);
  });
});
