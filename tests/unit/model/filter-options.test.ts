import { describe, expect, it } from 'vitest';
import { filterMasks } from '../../../src/model/filter-mask';
import {
  activeFilterChips,
  filterOptionCounts,
  orderedTypes,
  personOptions,
  yearOptions,
} from '../../../src/model/filter-options';
import { emptyFilters, type Filters } from '../../../src/model/filters';
import { loadFixture, fixtureJson } from '../../support/dataset';
import { loadDataset } from '../../../src/state/load-dataset';

const { index } = loadFixture();
const f = (partial: Partial<Filters> = {}): Filters => ({ ...emptyFilters(), ...partial });
const counts = (partial: Partial<Filters> = {}) =>
  filterOptionCounts(index, filterMasks(index, f(partial)));
const sectorCount = (c: ReturnType<typeof counts>, id: string) =>
  c.sectors[index.sectorIndex.get(id)!];
const dirCount = (c: ReturnType<typeof counts>, key: string) =>
  c.directions[index.directionIndex.get(key)!];

describe('filterOptionCounts', () => {
  it('counts every engagement per value when nothing is filtered', () => {
    const c = counts();
    expect(sectorCount(c, 'energy')).toBe(5);
    expect(sectorCount(c, 'political-dialogue')).toBe(11);
    expect(c.types[index.typeIndex.get('meeting')!]).toBe(6);
    expect(c.people[index.personIndex.get('aleksandar-vucic')!]).toBe(7);
    expect(Array.from(c.years)).toEqual([4, 0, 4, 5, 3]);
    const total = Array.from(c.directions).reduce((a, b) => a + b, 0);
    expect(total).toBe(index.n);
  });

  it('ignores a group’s own filter (faceted counts) but applies the others', () => {
    const energy = counts({ sectors: ['energy'] });
    // The sector counts do not collapse to the selected sector…
    expect(sectorCount(energy, 'political-dialogue')).toBe(11);
    // …while every other group only counts energy engagements.
    expect(Array.from(energy.years).reduce((a, b) => a + b, 0)).toBe(5);
    const years = counts({ from: 2022, to: 2022 });
    expect(Array.from(years.years)).toEqual([4, 0, 4, 5, 3]);
    expect(Array.from(years.directions).reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('counts directions, including engagements without travel', () => {
    const c = counts();
    expect(dirCount(c, 'none')).toBeGreaterThanOrEqual(2);
    expect(dirCount(c, 'RS-AZ')).toBeGreaterThanOrEqual(3);
  });
});

describe('yearOptions and orderedTypes', () => {
  it('lists every year of the dataset and types in schema order', () => {
    expect(yearOptions(index)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(orderedTypes(index)).toEqual([
      'meeting',
      'phone-call',
      'press-statement',
      'diplomatic-protest',
      'agreement',
      'ceremony',
    ]);
  });

  it('handles an empty dataset', () => {
    const json = fixtureJson();
    json.events = [];
    delete json.milestones; // they name the engagements removed here
    delete json.places;
    const empty = loadDataset(json, 'empty.json').index;
    expect(yearOptions(empty)).toEqual([]);
    expect(filterOptionCounts(empty, new Uint16Array(0)).years).toHaveLength(0);
  });
});

describe('personOptions', () => {
  it('sorts by name and finds names without case or diacritics', () => {
    const all = personOptions(index, '', []);
    expect(all.rows).toHaveLength(14);
    expect(all.rows[0]!.name).toBe('Aleksandar Vučić');
    expect(personOptions(index, 'djuric', []).rows.map((p) => p.id)).toEqual(['marko-duric']);
    expect(personOptions(index, 'VUCIC', []).rows.map((p) => p.id)).toContain('aleksandar-vucic');
  });

  it('matches aliases and every term', () => {
    expect(personOptions(index, 'president ilham', []).rows.map((p) => p.id)).toEqual([
      'ilham-aliyev',
    ]);
    expect(personOptions(index, 'zzz', []).matches).toBe(0);
  });

  it('keeps selected people listed first whatever the query', () => {
    const o = personOptions(index, 'djuric', ['ivica-dacic']);
    expect(o.rows.map((p) => p.id)).toEqual(['ivica-dacic', 'marko-duric']);
    expect(o.selected).toBe(1);
    expect(o.matches).toBe(1);
  });

  it('caps the unselected rows and reports how many were left out', () => {
    const o = personOptions(index, '', [], 5);
    expect(o.rows).toHaveLength(5);
    expect(o.hidden).toBe(9);
    expect(o.matches).toBe(14);
  });
});

describe('activeFilterChips', () => {
  it('is empty without filters', () => {
    expect(activeFilterChips(index, f())).toEqual([]);
    expect(activeFilterChips(index, f({ q: '   ' }))).toEqual([]);
  });

  it('gives one chip per value, labelled in words', () => {
    const chips = activeFilterChips(
      index,
      f({
        sectors: ['energy', 'defence-industry'],
        from: 2022,
        to: 2024,
        directions: ['AZ-RS'],
        types: ['meeting'],
        people: ['ivica-dacic'],
        q: ' gas ',
      }),
    );
    expect(chips.map((c) => c.label)).toEqual([
      'Sector: Energy',
      'Sector: Defence industry',
      '2022–2024',
      'Direction: Azerbaijan → Serbia',
      'Type: Meeting',
      'Person: Ivica Dačić',
      'Search: “gas”',
    ]);
    expect(new Set(chips.map((c) => c.key)).size).toBe(chips.length);
  });

  it('words open-ended year ranges', () => {
    expect(activeFilterChips(index, f({ from: 2022 }))[0]!.label).toBe('From 2022');
    expect(activeFilterChips(index, f({ to: 2023 }))[0]!.label).toBe('Up to 2023');
    expect(activeFilterChips(index, f({ from: 2023, to: 2023 }))[0]!.label).toBe('2023');
  });
});
