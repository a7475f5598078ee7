import { describe, expect, it } from 'vitest';
import { MILESTONE_COLOR } from '../../../src/model/colors';
import type { Filters } from '../../../src/model/filters';
import {
  allMilestones,
  milestonesInRange,
  milestoneYears,
  timelineMilestones,
} from '../../../src/model/milestones';
import {
  MILESTONE_LEGEND,
  MILESTONE_NOTE,
  visitChartSpec,
  type VisitSpecOptions,
} from '../../../src/model/visit-chart-spec';
import { viewProps } from '../../support/dataset';

const OPTIONS: VisitSpecOptions = {
  title: 'Visit frequency',
  mode: 'direction',
  showContacts: true,
  showMilestones: true,
};

function specOf(filters: Partial<Filters> = {}, options = OPTIONS) {
  const { index, data, filters: f } = viewProps(filters);
  return visitChartSpec(index, data, f, options);
}

describe('milestones on the frozen fixture', () => {
  it('lists every milestone by date, numbered from 1, dated as precisely as the source', () => {
    const { index } = viewProps();
    expect(allMilestones(index).map((m) => [m.number, m.year, m.date, m.label])).toEqual([
      [1, 2022, '23 Nov 2022', 'Strategic Partnership Council founded'],
      [2, 2023, '10 Dec 2023', 'Serbia–Bulgaria gas interconnector opens'],
      [3, 2024, 'Jan 2024', 'First gas deliveries'],
    ]);
    expect(allMilestones(index)[0]!.eventId).toBe('2022-11-23-aliyev-belgrade');
    expect(allMilestones(index)[2]!.eventId).toBeNull();
  });

  it('follows the year range only, keeping the numbers of the full list', () => {
    const { index } = viewProps();
    expect(milestonesInRange(index, { from: 2023, to: null }).map((m) => m.number)).toEqual([2, 3]);
    expect(milestonesInRange(index, { from: 2020, to: 2022 }).map((m) => m.id)).toEqual([
      'spc-founded',
    ]);
    expect(milestonesInRange(index, { from: 2025, to: null })).toEqual([]);
  });

  it('ignores the engagement filters: sectors, people and directions', () => {
    const all = specOf().milestones.map((m) => m.id);
    expect(all).toHaveLength(3);
    const { index } = viewProps();
    const person = index.dataset.people[0]!.id;
    const sector = index.dataset.sectors[0]!.id;
    expect(specOf({ people: [person], sectors: [sector] }).milestones.map((m) => m.id)).toEqual(
      all,
    );
  });

  it('groups the milestones of one year under one marker', () => {
    const { index } = viewProps();
    const marks = allMilestones(index).map((m) => ({ ...m, year: 2023 }));
    const years = milestoneYears(marks);
    expect(years).toHaveLength(1);
    expect(years[0]!.marker).toBe('1, 2, 3');
    expect(years[0]!.title).toBe(
      '1. 23 Nov 2022: Strategic Partnership Council founded; 2. 10 Dec 2023: Serbia–Bulgaria gas interconnector opens; 3. Jan 2024: First gas deliveries',
    );
  });
});

describe('milestones in the Visit frequency spec', () => {
  it('puts a marker on the slot of each milestone year, a legend key and a note', () => {
    const spec = specOf();
    const slotOf = (y: number) => spec.years.findIndex((x) => x.year === y);
    expect(spec.milestoneYears.map((y) => [y.year, y.marker, y.slot])).toEqual([
      [2022, '1', slotOf(2022)],
      [2023, '2', slotOf(2023)],
      [2024, '3', slotOf(2024)],
    ]);
    expect(spec.legend.at(-1)).toEqual({
      key: 'milestones',
      label: MILESTONE_LEGEND,
      color: MILESTONE_COLOR,
      dimmed: false,
    });
    expect(spec.notes).toContain(MILESTONE_NOTE);
  });

  it('draws none when switched off, or when the range holds none', () => {
    for (const spec of [
      specOf({}, { ...OPTIONS, showMilestones: false }),
      specOf({ from: 2020, to: 2021 }),
    ]) {
      expect(spec.milestones).toEqual([]);
      expect(spec.milestoneYears).toEqual([]);
      expect(spec.legend.map((l) => l.key)).not.toContain('milestones');
      expect(spec.notes).not.toContain(MILESTONE_NOTE);
    }
  });

  it('keeps the year range of the filters: 2023 only marks the interconnector', () => {
    const spec = specOf({ from: 2023, to: 2023 });
    expect(spec.milestones.map((m) => m.label)).toEqual([
      'Serbia–Bulgaria gas interconnector opens',
    ]);
  });
});

describe('timelineMilestones', () => {
  const years = [2020, 2021, 2022, 2023, 2024];

  it('puts each milestone of the range at its date on the axis of years', () => {
    const { index } = viewProps();
    const marks = timelineMilestones(index, { from: null, to: null }, years);
    expect(marks.map((m) => m.mark.number)).toEqual([1, 2, 3]);
    // 23 Nov 2022: the third of five years, 327 days in; mid-January 2024 for a month.
    expect(marks[0]!.position).toBeCloseTo((2 + 326.5 / 365) / 5, 5);
    expect(marks[2]!.position).toBeCloseTo((4 + 15.5 / 366) / 5, 5);
  });

  it('follows the year range and leaves out the years not on the axis', () => {
    const { index } = viewProps();
    expect(
      timelineMilestones(index, { from: 2023, to: null }, years).map((m) => m.mark.id),
    ).toEqual(['interconnector-opens', 'first-gas']);
    expect(timelineMilestones(index, { from: null, to: null }, [2020, 2021, 2022])).toHaveLength(1);
    expect(timelineMilestones(index, { from: null, to: null }, [])).toEqual([]);
  });
});
