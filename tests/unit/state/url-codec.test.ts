import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from '../../../src/model/filters';
import { sanitizeFilters } from '../../../src/model/describe';
import {
  filtersToSearchParams,
  mergeFiltersIntoSearch,
  searchParamsToFilters,
} from '../../../src/state/url-codec';
import { loadFixture } from '../../support/dataset';

const parse = (s: string) => searchParamsToFilters(new URLSearchParams(s));

describe('URL codec', () => {
  it('writes the documented parameter names, lists comma-separated', () => {
    const f: Filters = {
      sectors: ['energy', 'defence-industry'],
      from: 2020,
      to: 2024,
      directions: ['AZ-RS'],
      types: ['meeting'],
      people: ['aleksandar-vucic'],
      q: 'gas',
    };
    expect(mergeFiltersIntoSearch('', f)).toBe(
      '?sector=energy,defence-industry&from=2020&to=2024&dir=AZ-RS&type=meeting&person=aleksandar-vucic&q=gas',
    );
  });

  it('round-trips', () => {
    const f: Filters = {
      sectors: ['energy'],
      from: 2022,
      to: null,
      directions: ['RS-AZ', 'none'],
      types: [],
      people: ['ivica-dacic', 'marko-duric'],
      q: 'Vučić & co, 100%',
    };
    expect(searchParamsToFilters(filtersToSearchParams(f))).toEqual(f);
    expect(parse(mergeFiltersIntoSearch('', f))).toEqual(f);
  });

  it('writes nothing for empty filters and keeps other parameters', () => {
    expect(mergeFiltersIntoSearch('', emptyFilters())).toBe('');
    expect(mergeFiltersIntoSearch('?present=1&slide=people&sector=x', emptyFilters())).toBe(
      '?present=1&slide=people',
    );
  });

  it('drops junk silently', () => {
    expect(
      parse('sector=energy,,%3Cscript%3E,energy&from=abc&to=99999&dir=sideways&foo=bar'),
    ).toEqual({
      ...emptyFilters(),
      sectors: ['energy'],
    });
  });

  it('drops a reversed or absurd year range', () => {
    expect(parse('from=2024&to=2020')).toMatchObject({ from: null, to: null });
    expect(parse('from=0001&to=2020')).toMatchObject({ from: null, to: 2020 });
    expect(parse('from=2020.5')).toMatchObject({ from: null });
  });

  it('drops ids the dataset does not know', () => {
    const { index } = loadFixture();
    const f = sanitizeFilters(
      parse('sector=energy,astrology&person=nobody,ivica-dacic&type=meeting,duel&dir=AZ-RS,FR-DE'),
      index,
    );
    expect(f).toMatchObject({
      sectors: ['energy'],
      people: ['ivica-dacic'],
      types: ['meeting'],
      directions: ['AZ-RS'],
    });
  });

  it('turns any query string into a valid filter state (property)', () => {
    const { index } = loadFixture();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const f = sanitizeFilters(parse(raw), index);
        const lists = [f.sectors, f.directions, f.types, f.people];
        for (const list of lists) {
          expect(Array.isArray(list)).toBe(true);
          expect(new Set(list).size).toBe(list.length);
        }
        for (const y of [f.from, f.to]) {
          if (y !== null) expect(Number.isInteger(y) && y >= 1800 && y <= 2200).toBe(true);
        }
        if (f.from !== null && f.to !== null) expect(f.from).toBeLessThanOrEqual(f.to);
        expect(typeof f.q).toBe('string');
        expect(f.q.length).toBeLessThanOrEqual(200);
        // And what it understood survives a round trip.
        expect(parse(mergeFiltersIntoSearch('', f))).toEqual(f);
      }),
      { numRuns: 500 },
    );
  });

  it('turns any key/value pairs into a valid filter state (property)', () => {
    const keys = fc.constantFrom('sector', 'from', 'to', 'dir', 'type', 'person', 'q', 'x');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(keys, fc.string({ maxLength: 40 })), { maxLength: 12 }),
        (pairs) => {
          const params = new URLSearchParams(pairs);
          const f = searchParamsToFilters(params);
          expect(parse(mergeFiltersIntoSearch('', f))).toEqual(f);
        },
      ),
    );
  });
});
