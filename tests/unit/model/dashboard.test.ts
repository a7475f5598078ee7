import { describe, expect, it } from 'vitest';
import {
  computeDashboard,
  filteredEvents,
  headlineStats,
  personEvents,
  sectorYearEvents,
} from '../../../src/model/dashboard';
import { emptyFilters, type Filters } from '../../../src/model/filters';
import { loadFixture } from '../../support/dataset';

const { index } = loadFixture();
const run = (f: Partial<Filters> = {}) => computeDashboard(index, { ...emptyFilters(), ...f });
const ids = (f: Partial<Filters>) => filteredEvents(index, run(f).mask, 'oldest').map((e) => e.id);

describe('visitsByYear (numbers counted by hand from the five articles and four sources)', () => {
  const rows = run().visits;
  const year = (y: number) => rows.find((r) => r.year === y)!;

  it('has every year of the dataset, including 2021 with none', () => {
    expect(rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(year(2021).trips).toBe(0);
    expect(year(2021).contacts).toBe(0);
  });

  it('counts trips per direction', () => {
    expect(rows.map((r) => [r.year, r.byDirection['AZ-RS'], r.byDirection['RS-AZ']])).toEqual([
      [2020, 0, 1],
      [2021, 0, 0],
      [2022, 1, 1],
      [2023, 2, 0],
      [2024, 1, 1],
    ]);
  });

  it('counts the December 2024 trip with two meetings once', () => {
    expect(year(2024).trips).toBe(2);
    expect(ids({ from: 2024, to: 2024, directions: ['AZ-RS'] })).toHaveLength(2);
  });

  it('keeps calls and summonses as contacts without travel', () => {
    expect(year(2020).contacts).toBe(2);
    expect(rows.reduce((s, r) => s + r.contacts, 0)).toBe(2);
  });

  it('breaks trips down by the highest level on each trip', () => {
    expect(year(2020).byLevel).toEqual({
      'head-of-state': 0,
      'head-of-government': 0,
      parliament: 0,
      'foreign-minister': 0,
      other: 1,
    });
    expect(year(2022).byLevel['head-of-state']).toBe(2);
    expect(year(2023).byLevel).toMatchObject({ 'head-of-state': 1, 'foreign-minister': 1 });
    expect(year(2024).byLevel).toMatchObject({ 'head-of-state': 1, 'foreign-minister': 1 });
  });

  it('answers: Serbian visits to Azerbaijan were 3, in 2020, 2022 and 2024', () => {
    const serbian = rows.filter((r) => (r.byDirection['RS-AZ'] ?? 0) > 0).map((r) => r.year);
    expect(serbian).toEqual([2020, 2022, 2024]);
    expect(run({ directions: ['RS-AZ'] }).headline.visits).toBe(3);
  });

  it('ignores its own year and direction filters, so it can highlight them', () => {
    expect(run({ from: 2023, to: 2023, directions: ['RS-AZ'] }).visits).toEqual(rows);
  });

  it('follows the other filters', () => {
    const energy = run({ sectors: ['energy'] }).visits;
    expect(energy.map((r) => r.trips)).toEqual([0, 0, 1, 2, 1]);
  });
});

describe('sectorMatrix', () => {
  const m = run().sectors;
  const row = (id: string) => m.rows.find((r) => r.sectorId === id)!;

  it('counts engagements per sector and year', () => {
    expect(m.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(row('energy').counts).toEqual([0, 0, 1, 2, 2]);
    expect(row('energy').total).toBe(5);
    expect(row('political-dialogue').counts).toEqual([2, 0, 3, 3, 3]);
    expect(row('defence-industry').counts).toEqual([3, 0, 2, 0, 0]);
    expect(row('climate-environment').counts).toEqual([0, 0, 0, 0, 3]);
  });

  it('sorts rows by total, largest first, and keeps every sector', () => {
    expect(m.rows[0]!.sectorId).toBe('political-dialogue');
    expect(m.rows).toHaveLength(12);
    for (let i = 1; i < m.rows.length; i++) {
      expect(m.rows[i - 1]!.total).toBeGreaterThanOrEqual(m.rows[i]!.total);
    }
    // Regional security in 2020: the summons, the call, and both Stefanović engagements.
    expect(m.max).toBe(4);
  });

  it('ignores the sector filter but follows the year range', () => {
    const f = run({ sectors: ['energy'], from: 2022, to: 2023 }).sectors;
    expect(f.years).toEqual([2022, 2023]);
    expect(f.rows.find((r) => r.sectorId === 'defence-industry')!.counts).toEqual([2, 0]);
  });

  it('lists the engagements behind a cell', () => {
    expect(sectorYearEvents(index, run().mask, 'energy', 2023).map((e) => e.id)).toEqual([
      '2023-12-10-nis-gas-interconnector',
      '2023-11-07-bayramov-dacic-talks',
    ]);
  });
});

describe('peopleRanking', () => {
  it('ranks people by engagements, ties by name', () => {
    const top = run()
      .people.slice(0, 4)
      .map((p) => [p.name, p.engagements]);
    expect(top).toEqual([
      ['Aleksandar Vučić', 7],
      ['Ilham Aliyev', 6],
      ['Jeyhun Bayramov', 6],
      ['Ivica Dačić', 3],
    ]);
    expect(run().people).toHaveLength(14);
    expect(run().people[0]!.role).toBe('President of Serbia');
  });

  it('answers: who discussed energy', () => {
    expect(
      run({ sectors: ['energy'] })
        .people.map((p) => p.name)
        .sort(),
    ).toEqual([
      'Aleksandar Vučić',
      'Ilham Aliyev',
      'Ivica Dačić',
      'Jeyhun Bayramov',
      'Marko Đurić',
      'Miloš Vučević',
      'Rumen Radev',
    ]);
  });

  it("ignores the person filter and lists a person's engagements", () => {
    const d = run({ people: ['ivica-dacic'] });
    expect(d.people).toHaveLength(14);
    expect(d.headline.engagements).toBe(3);
    expect(personEvents(index, d.mask, 'ivica-dacic')).toHaveLength(3);
  });
});

describe('filter semantics', () => {
  it('matches any value within a filter', () => {
    expect(ids({ sectors: ['energy'] })).toHaveLength(5);
    expect(ids({ sectors: ['energy', 'defence-industry'] })).toHaveLength(9);
  });

  it('requires every filter across filters', () => {
    expect(ids({ sectors: ['energy'], people: ['aleksandar-vucic'] })).toEqual([
      '2022-12-21-presidents-press',
      '2023-12-10-nis-gas-interconnector',
    ]);
    expect(ids({ sectors: ['energy'], from: 2024, to: 2024, types: ['meeting'] })).toEqual([
      '2024-12-23-bayramov-vucevic',
    ]);
  });

  it('filters by direction, including contacts without travel', () => {
    expect(ids({ directions: ['none'] })).toEqual([
      '2020-07-20-summons-veinovic',
      '2020-08-07-call-aliyev-vucic',
    ]);
  });

  it('answers: energy came up in 2022, 2023 and 2024', () => {
    const h = run({ sectors: ['energy'] }).headline;
    expect([h.firstYear, h.lastYear, h.activeYears]).toEqual([2022, 2024, 3]);
  });

  it('sorts events newest first by default, partial dates before full dates of the period', () => {
    const list = filteredEvents(index, run().mask);
    expect(list[0]!.date).toBe('2024-12-23');
    expect(list[list.length - 1]!.id).toBe('2020-07-20-summons-veinovic');
    const dec2022 = filteredEvents(index, run({ from: 2022, to: 2022 }).mask, 'oldest');
    expect(dec2022.map((e) => e.date)).toEqual([
      '2022-11-23',
      '2022-12',
      '2022-12-21',
      '2022-12-21',
    ]);
  });
});

describe('search ignores case and diacritics', () => {
  it.each([
    ['vucic', 7],
    ['VUČIĆ', 7],
    ['dacic', 3],
    ['djuric', 1],
    ['ivitsa', 3],
    ['vu?i?', 7],
    ['subsea electricity', 1],
    ['niš', 1],
    ['nis gas', 1],
    ['expo 2027', 2],
    ['zzzz', 0],
    ['minister nis', 0],
  ])('%s → %i engagements', (q, n) => {
    expect(run({ q }).headline.engagements).toBe(n);
  });
});

describe('headline', () => {
  it('counts engagements, visits, people, sectors and years', () => {
    expect(run().headline).toEqual({
      engagements: 16,
      visits: 7,
      documents: 0,
      people: 14,
      sectors: 12,
      firstYear: 2020,
      lastYear: 2024,
      activeYears: 4,
    });
  });
});

describe('the incremental cache', () => {
  it('survives counting the unfiltered totals between two filter changes', () => {
    const a = run({ sectors: ['energy'] });
    expect(headlineStats(index, new Uint16Array(index.n)).engagements).toBe(16);
    const b = run({ sectors: ['energy', 'defence-industry'] });
    // The sector grid ignores the sector filter, so it is the very same object.
    expect(b.sectors).toBe(a.sectors);
  });
});
