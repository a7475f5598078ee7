import { describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../../../src/state/dataset-query';
import { DIM_OPACITY } from '../../../src/model/chart-spec';
import { NO_TRAVEL_COLOR } from '../../../src/model/colors';
import { buildIndex } from '../../../src/model/dataset-index';
import type { Filters } from '../../../src/model/filters';
import {
  FADED_NOTE,
  NO_CONTACTS_NOTE,
  visitAxisLabel,
  visitChartSpec,
  visitMark,
  visitSubtitle,
  VISIT_EMPTY,
  type VisitSpecOptions,
} from '../../../src/model/visit-chart-spec';
import { CONTACTS_KEY } from '../../../src/model/visits-view';
import { loadFixture, viewProps } from '../../support/dataset';

const TITLE = 'Visit frequency';
const DIRECTION: VisitSpecOptions = { title: TITLE, mode: 'direction', showContacts: true };
const LEVEL: VisitSpecOptions = { title: TITLE, mode: 'level', showContacts: true };
const METHOD_NOTE =
  'A trip is one journey abroad: the engagements on it count once, in the year it began, at the highest level of anyone on it.';
const CONTACTS_NOTE =
  'The hatched grey bar counts contacts without travel (phone calls, letters, diplomatic protests); they are not trips.';

function specOf(filters: Partial<Filters> = {}, options = DIRECTION) {
  const { index, data, filters: f } = viewProps(filters);
  return visitChartSpec(index, data, f, options);
}

const year = (spec: ReturnType<typeof specOf>, y: number) => spec.years.find((x) => x.year === y)!;

describe('visitChartSpec', () => {
  it('frames trips by direction: title, subtitle, legend, axis and notes', () => {
    const spec = specOf();
    expect(spec.title).toBe('Visit frequency');
    expect(spec.subtitle).toBe(
      'Trips per year by who travelled. Engagements on one trip count once.',
    );
    expect(spec.legend).toEqual([
      { key: 'dir:AZ-RS', label: 'Azerbaijan → Serbia', color: '#0072B2', dimmed: false },
      { key: 'dir:RS-AZ', label: 'Serbia → Azerbaijan', color: '#D55E00', dimmed: false },
      {
        key: CONTACTS_KEY,
        label: 'Contacts without travel (calls, letters, protests)',
        color: NO_TRAVEL_COLOR,
        dimmed: false,
        pattern: 'hatch',
      },
    ]);
    expect(spec.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(spec.ticks).toEqual([0, 1, 2]);
    expect(spec.yMax).toBe(2);
    expect(spec.yLabel).toBe('Trips');
    expect(spec.notes).toEqual([METHOD_NOTE, CONTACTS_NOTE]);
    expect(spec.empty).toBeNull();
    expect(spec.totals).toEqual({ trips: 7, elsewhere: 0, contacts: 2 });
    expect(spec.selected).toBeNull();
  });

  it('labels segments only on a stack of more than one, and totals above non-empty bars', () => {
    const spec = specOf();
    expect(year(spec, 2022).stack.map((m) => m.label)).toEqual(['1', '1']);
    expect(year(spec, 2023).stack.map((m) => m.label)).toEqual([null, null]);
    expect(spec.years.map((y) => y.total.label)).toEqual(['1', null, '2', '2', '2']);
    expect(year(spec, 2020).contacts).toMatchObject({ value: 2, label: '2', dimmed: false });
    expect(year(spec, 2022).stack[0]!.labelColor).toBe('#FFFFFF');
    expect(visitMark(spec, 2020, CONTACTS_KEY)?.value).toBe(2);
    expect(visitMark(spec, 2022, 'dir:RS-AZ')?.value).toBe(1);
  });

  it('splits by level under a subtitle that says so', () => {
    const spec = specOf({}, LEVEL);
    expect(spec.subtitle).toBe(
      'Trips per year by the highest level of the delegation. Engagements on one trip count once.',
    );
    expect(spec.legend.map((e) => e.label)).toEqual([
      'Head of state',
      'Head of government',
      'Speaker or parliamentary delegation',
      'Foreign minister',
      'Other minister or official',
      'Contacts without travel (calls, letters, protests)',
    ]);
    expect(spec.filterNote).toBeNull();
  });

  it('fades the directions a direction filter leaves out, and says so', () => {
    const spec = specOf({ directions: ['RS-AZ'] });
    expect(spec.legend.map((e) => e.dimmed)).toEqual([true, false, true]);
    expect(year(spec, 2022).stack.map((m) => [m.dimmed, m.label])).toEqual([
      [true, null],
      [false, '1'],
    ]);
    expect(year(spec, 2020).contacts!.dimmed).toBe(true);
    expect(spec.notes.at(-1)).toBe(FADED_NOTE);
    expect(spec.selected).toEqual({ trips: 3, elsewhere: 0, contacts: 0 });
  });

  it('notes that the level split shows only the filtered directions', () => {
    const spec = specOf({ directions: ['RS-AZ'] }, LEVEL);
    expect(spec.levelDirections).toEqual(['Serbia → Azerbaijan']);
    expect(spec.filterNote).toBe('Levels shown for Serbia → Azerbaijan only (direction filter).');
    expect(spec.notes).toContain(spec.filterNote);
  });

  it('highlights the selected years and fades the rest', () => {
    const spec = specOf({ from: 2022, to: 2022 });
    expect(spec.years.map((y) => y.emphasis)).toEqual([
      'dimmed',
      'dimmed',
      'selected',
      'dimmed',
      'dimmed',
    ]);
    expect(year(spec, 2023).total).toEqual({ value: 2, dimmed: true, label: '2' });
    expect(year(spec, 2022).total.dimmed).toBe(false);
    expect(spec.selectedYear).toBe(2022);
    expect(spec.selected).toEqual({ trips: 2, elsewhere: 0, contacts: 0 });
    expect(spec.notes).toContain(FADED_NOTE);
  });

  it('leaves contacts out of the legend, the axis and the notes when hidden', () => {
    const spec = specOf({}, { ...DIRECTION, showContacts: false });
    expect(spec.contactSeries).toBeNull();
    expect(spec.legend.map((e) => e.key)).toEqual(['dir:AZ-RS', 'dir:RS-AZ']);
    expect(spec.years.every((y) => y.contacts === null)).toBe(true);
    expect(spec.notes).toEqual([METHOD_NOTE]);
    expect(spec.shownSeries.some((s) => s.kind === 'contacts')).toBe(false);
  });

  it('has a note instead of a contacts key when no contact matches', () => {
    const spec = specOf({ sectors: ['energy'] });
    expect(spec.contactSeries).toBeNull();
    expect(spec.legend.some((e) => e.pattern === 'hatch')).toBe(false);
    expect(spec.notes).toContain(NO_CONTACTS_NOTE);
  });

  it('stacks contacts on the trips when asked, with an axis that fits both', () => {
    const spec = specOf({}, { ...DIRECTION, stackContacts: true });
    expect(spec.ticks).toEqual([0, 1, 2, 3]);
    expect(year(spec, 2020).contacts!.label).toBeNull();
    expect(spec.notes[1]).toBe(
      `${CONTACTS_NOTE} On a narrow screen it sits on top of the trips to leave each year room.`,
    );
  });

  it('says so when nothing matches, and keeps an axis', () => {
    const spec = specOf({ q: 'zzzz-no-such-thing' });
    expect(spec.empty).toBe(VISIT_EMPTY);
    expect(spec.ticks).toEqual([0, 1]);
  });

  it('prints no counts on the bars of a long dataset', () => {
    const dataset = structuredClone(loadFixture().dataset);
    dataset.events[0]!.date = '1950-07-20';
    const index = buildIndex(dataset);
    const { data, filters } = viewProps({}, { index } as LoadedDataset);
    for (const surface of ['screen', 'slide'] as const) {
      const spec = visitChartSpec(index, data, filters, { ...DIRECTION, surface });
      expect(spec.years.length).toBe(75);
      expect(spec.years.every((y) => y.total.label === null)).toBe(true);
      expect(spec.years.every((y) => y.stack.every((m) => m.label === null))).toBe(true);
    }
  });

  it('names the third-country series in the subtitle and on the axis', () => {
    expect(visitSubtitle('direction', true)).toBe(
      'Trips per year by who travelled, and meetings in third countries. Engagements on one trip count once.',
    );
    expect(visitAxisLabel(true)).toBe('Trips & meetings');
    expect(visitAxisLabel(false)).toBe('Trips');
    expect(DIM_OPACITY).toBe(0.3);
  });
});
