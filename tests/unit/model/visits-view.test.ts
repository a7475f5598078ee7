import { describe, expect, it } from 'vitest';
import { integerTicks } from '../../../src/model/chart-spec';
import { textOn } from '../../../src/model/colors';
import { computeDashboard } from '../../../src/model/dashboard';
import { emptyFilters } from '../../../src/model/filters';
import {
  CONTACTS_KEY,
  joinWords,
  levelVisits,
  visitCountWords,
  visitChartRows,
  visitSeries,
  visitTotals,
  yearInRange,
} from '../../../src/model/visits-view';
import { loadFixture } from '../../support/dataset';

const { index } = loadFixture();
const dash = (f: Partial<ReturnType<typeof emptyFilters>> = {}) =>
  computeDashboard(index, { ...emptyFilters(), ...f });

describe('visitSeries', () => {
  it('has one series per travel direction, coloured by the guest country, then contacts', () => {
    const s = visitSeries(index, 'direction', emptyFilters());
    expect(s.map((x) => [x.key, x.label, x.kind])).toEqual([
      ['dir:AZ-RS', 'Azerbaijan → Serbia', 'trips'],
      ['dir:RS-AZ', 'Serbia → Azerbaijan', 'trips'],
      [CONTACTS_KEY, 'Contacts without travel (calls, letters, protests)', 'contacts'],
    ]);
    expect(s[0]!.color).toBe('#0072B2');
    expect(s[1]!.color).toBe('#D55E00');
    expect(s.every((x) => x.highlighted)).toBe(true);
  });

  it('dims the directions a direction filter leaves out', () => {
    const s = visitSeries(index, 'direction', { directions: ['RS-AZ'] });
    expect(s.map((x) => x.highlighted)).toEqual([false, true, false]);
    const none = visitSeries(index, 'direction', { directions: ['none'] });
    expect(none.map((x) => x.highlighted)).toEqual([false, false, true]);
  });

  it('has the five level groups in level mode, parliament a branch of its own', () => {
    const s = visitSeries(index, 'level', emptyFilters());
    expect(s.map((x) => x.label)).toEqual([
      'Head of state',
      'Head of government',
      'Speaker or parliamentary delegation',
      'Foreign minister',
      'Other minister or official',
      'Contacts without travel (calls, letters, protests)',
    ]);
  });
});

describe('visitChartRows', () => {
  it('flattens trips by direction with a total per year', () => {
    const rows = visitChartRows('direction', dash().visits);
    expect(
      rows.map((r) => [r.year, r['dir:AZ-RS'], r['dir:RS-AZ'], r.trips, r[CONTACTS_KEY]]),
    ).toEqual([
      [2020, 0, 1, 1, 2],
      [2021, 0, 0, 0, 0],
      [2022, 1, 1, 2, 0],
      [2023, 2, 0, 2, 0],
      [2024, 1, 1, 2, 0],
    ]);
    expect(visitTotals(rows)).toEqual({ trips: 7, elsewhere: 0, contacts: 2 });
    expect(visitTotals(rows, { from: 2022, to: 2023 })).toEqual({
      trips: 4,
      elsewhere: 0,
      contacts: 0,
    });
    const rsAz = visitSeries(index, 'direction', { directions: ['RS-AZ'] });
    expect(visitTotals(rows, { from: null, to: null }, rsAz)).toEqual({
      trips: 3,
      elsewhere: 0,
      contacts: 0,
    });
    expect(visitTotals(rows, { from: 2024, to: 2024 }, rsAz)).toEqual({
      trips: 1,
      elsewhere: 0,
      contacts: 0,
    });
  });

  it('flattens trips by level', () => {
    const rows = visitChartRows('level', dash().visits);
    const y2024 = rows.find((r) => r.year === 2024)!;
    expect(y2024['lvl:head-of-state']).toBe(1);
    expect(y2024['lvl:foreign-minister']).toBe(1);
    expect(y2024.trips).toBe(2);
  });
});

describe('levelVisits', () => {
  it('equals the model without a direction filter', () => {
    const d = dash();
    expect(levelVisits(index, d.mask).map((v) => v.byLevel)).toEqual(
      d.visits.map((v) => v.byLevel),
    );
  });

  it('follows the direction filter but not the year filter', () => {
    const d = dash({ directions: ['AZ-RS'], from: 2023, to: 2023 });
    const rows = levelVisits(index, d.mask);
    expect(rows.map((r) => r.trips)).toEqual([0, 0, 1, 2, 1]);
    expect(rows.find((r) => r.year === 2022)!.byLevel['head-of-state']).toBe(1);
  });
});

describe('integerTicks', () => {
  it('gives whole-number ticks from 0 that cover the maximum', () => {
    expect(integerTicks(0)).toEqual([0, 1]);
    expect(integerTicks(2)).toEqual([0, 1, 2]);
    expect(integerTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(integerTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(integerTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(integerTicks(480)).toEqual([0, 100, 200, 300, 400, 500]);
  });
});

describe('yearInRange', () => {
  it('treats a missing bound as open', () => {
    expect(yearInRange(2020, { from: null, to: null })).toBe(true);
    expect(yearInRange(2020, { from: 2022, to: null })).toBe(false);
    expect(yearInRange(2024, { from: 2022, to: null })).toBe(true);
    expect(yearInRange(2022, { from: 2022, to: 2022 })).toBe(true);
    expect(yearInRange(2023, { from: null, to: 2022 })).toBe(false);
  });
});

describe('textOn', () => {
  it('picks the more legible text colour', () => {
    expect(textOn('#0072B2')).toBe('#FFFFFF');
    expect(textOn('#3B0F70')).toBe('#FFFFFF');
    expect(textOn('#FE9F6D')).toBe('#111111');
    expect(textOn('#D55E00')).toBe('#111111');
  });
});

describe('visitCountWords', () => {
  const all = { elsewhere: true, contacts: true };
  it('names trips first, then only the counts that are not zero', () => {
    const words = (trips: number, elsewhere: number, contacts: number) =>
      joinWords(visitCountWords({ trips, elsewhere, contacts }, 'total', all));
    expect(words(4, 0, 0)).toBe('4 trips');
    expect(words(76, 5, 27)).toBe(
      '76 trips, 5 meetings in third countries and 27 contacts without travel',
    );
    expect(words(1, 1, 1)).toBe(
      '1 trip, 1 meeting in a third country and 1 contact without travel',
    );
    expect(words(0, 0, 3)).toBe('no trips and 3 contacts without travel');
  });

  it('uses the short words for a selection, and leaves out what is not shown', () => {
    const t = { trips: 4, elsewhere: 1, contacts: 2 };
    expect(visitCountWords(t, 'selected', all)).toEqual([
      '4 trips',
      '1 meeting abroad',
      '2 contacts',
    ]);
    expect(visitCountWords(t, 'selected', { elsewhere: false, contacts: false })).toEqual([
      '4 trips',
    ]);
  });
});
