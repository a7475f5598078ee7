import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from '../../../src/model/filters';
import { sanitizeFilters } from '../../../src/model/describe';
import {
  emptyUrlState,
  formatAppUrl,
  parseAppUrl,
  resolveSlide,
  URL_PARAMS,
  type AppUrlState,
} from '../../../src/state/app-url';
import { loadFixture } from '../../support/dataset';

const parse = (s: string) => parseAppUrl(s).filters;
const withFilters = (filters: Filters): AppUrlState => ({ ...emptyUrlState(), filters });
const ids = ['headline', 'visit-frequency', 'cooperation-areas', 'people-involved', 'timeline'];

describe('the app URL codec: filters', () => {
  it('writes the documented parameter names, lists comma-separated', () => {
    const f: Filters = {
      sectors: ['energy', 'defence-industry'],
      from: 2020,
      to: 2024,
      directions: ['AZ-RS', 'elsewhere'],
      types: ['meeting'],
      people: ['aleksandar-vucic'],
      places: ['baku', 'novi-sad'],
      q: 'gas',
    };
    expect(formatAppUrl(withFilters(f))).toBe(
      '?sector=energy,defence-industry&from=2020&to=2024&dir=AZ-RS,elsewhere&type=meeting&person=aleksandar-vucic&place=baku,novi-sad&q=gas',
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
      places: ['nis', 'RS'],
      q: 'Vučić & co, 100%',
    };
    expect(parse(formatAppUrl(withFilters(f)))).toEqual(f);
  });

  it('writes nothing for the empty state', () => {
    expect(formatAppUrl(emptyUrlState())).toBe('');
    expect(formatAppUrl(withFilters(emptyFilters()))).toBe('');
  });

  it('drops junk and unknown parameters silently', () => {
    expect(
      parse('sector=energy,,%3Cscript%3E,energy&from=abc&to=99999&dir=sideways&foo=bar'),
    ).toEqual({ ...emptyFilters(), sectors: ['energy'] });
    expect(formatAppUrl(parseAppUrl('?zzz=1&sector=energy&present=maybe'))).toBe('?sector=energy');
  });

  it('drops a reversed or absurd year range', () => {
    expect(parse('from=2024&to=2020')).toMatchObject({ from: null, to: null });
    expect(parse('from=0001&to=2020')).toMatchObject({ from: null, to: 2020 });
    expect(parse('from=2020.5')).toMatchObject({ from: null });
  });

  it('drops ids the dataset does not know', () => {
    const { index } = loadFixture();
    const f = sanitizeFilters(
      parse(
        'sector=energy,astrology&person=nobody,ivica-dacic&type=meeting,duel&dir=AZ-RS,FR-DE&place=atlantis,baku',
      ),
      index,
    );
    expect(f).toMatchObject({
      places: ['baku'],
      sectors: ['energy'],
      people: ['ivica-dacic'],
      types: ['meeting'],
      directions: ['AZ-RS'],
    });
  });
});

describe('the app URL codec: presentation and dataset', () => {
  it('reads present and slide', () => {
    expect(parseAppUrl('?sector=energy&present=1&slide=people-involved')).toMatchObject({
      present: true,
      slide: 'people-involved',
    });
    expect(parseAppUrl('?present=true')).toMatchObject({ present: true, slide: null });
    expect(parseAppUrl('')).toMatchObject({ present: false, slide: null, data: null });
    expect(parseAppUrl('?present=0&slide=3').present).toBe(false);
    expect(parseAppUrl('?present=1&slide=%3Cscript%3E').slide).toBeNull();
  });

  it('writes filters, the dataset, then the slide, and keeps each part on a round trip', () => {
    const state = parseAppUrl('?slide=people-involved&present=1&q=gas%20pipe&sector=energy');
    const written = formatAppUrl(state);
    expect(written).toBe('?sector=energy&q=gas+pipe&present=1&slide=people-involved');
    expect(parseAppUrl(written)).toEqual(state);
    expect(formatAppUrl({ ...state, data: 'data/other.json' })).toBe(
      '?sector=energy&q=gas+pipe&data=data%2Fother.json&present=1&slide=people-involved',
    );
  });

  it('writes no slide when not presenting', () => {
    const state = parseAppUrl('?present=1&sector=energy&slide=timeline&person=ilham-aliyev');
    expect(formatAppUrl({ ...state, present: false })).toBe('?sector=energy&person=ilham-aliyev');
    expect(formatAppUrl({ ...emptyUrlState(), present: true })).toBe('?present=1');
  });

  it('keeps a data link as written, for the dataset store to check', () => {
    expect(parseAppUrl('?data=https://evil.example/x.json').data).toBe(
      'https://evil.example/x.json',
    );
    expect(parseAppUrl('?data=%20').data).toBeNull();
    expect(parseAppUrl('?data=a%00b').data).toBe('a b');
  });

  it('resolves a slide id, a 1-based number, or junk', () => {
    expect(resolveSlide('people-involved', ids)).toBe(3);
    expect(resolveSlide('3', ids)).toBe(2);
    expect(resolveSlide('1', ids)).toBe(0);
    expect(resolveSlide('5', ids)).toBe(4);
    expect(resolveSlide('6', ids)).toBe(0);
    expect(resolveSlide('0', ids)).toBe(0);
    expect(resolveSlide('nonsense', ids)).toBe(0);
    expect(resolveSlide(null, ids)).toBe(0);
    expect(resolveSlide('2', [])).toBe(0);
    expect(resolveSlide(parseAppUrl('?slide=%00%00').slide, ids)).toBe(0);
  });
});

describe('the app URL codec: milestones', () => {
  it('shows milestones unless the URL switches them off', () => {
    expect(parseAppUrl('').milestones).toBe(true);
    expect(parseAppUrl('?milestones=0').milestones).toBe(false);
    expect(parseAppUrl('?milestones=OFF').milestones).toBe(false);
    expect(parseAppUrl('?milestones=false').milestones).toBe(false);
    expect(parseAppUrl('?milestones=1').milestones).toBe(true);
    expect(parseAppUrl('?milestones=%3Cx%3E').milestones).toBe(true);
  });

  it('writes milestones=0 only when they are off, after the filters', () => {
    expect(formatAppUrl(emptyUrlState())).toBe('');
    expect(formatAppUrl({ ...emptyUrlState(), milestones: false })).toBe('?milestones=0');
    const state = parseAppUrl('?present=1&milestones=off&sector=energy');
    expect(formatAppUrl(state)).toBe('?sector=energy&milestones=0&present=1');
  });

  it('round-trips every state of the switch, presenting or not, with a search', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('', 'gas', 'Niš pipe', 'a,b'),
        (on, present, q) => {
          const state = { ...emptyUrlState(), milestones: on, present };
          state.filters.q = q;
          expect(parseAppUrl(formatAppUrl(state)).milestones).toBe(on);
        },
      ),
    );
  });
});

describe('the app URL codec: properties', () => {
  it('turns any query string into a valid state whose canonical form is a fixed point', () => {
    const { index } = loadFixture();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        const state = parseAppUrl(raw);
        const f = sanitizeFilters(state.filters, index);
        for (const list of [f.sectors, f.directions, f.types, f.people, f.places]) {
          expect(new Set(list).size).toBe(list.length);
        }
        for (const y of [f.from, f.to]) {
          if (y !== null) expect(Number.isInteger(y) && y >= 1800 && y <= 2200).toBe(true);
        }
        if (f.from !== null && f.to !== null) expect(f.from).toBeLessThanOrEqual(f.to);
        expect(f.q.length).toBeLessThanOrEqual(200);
        const canonical = formatAppUrl(state);
        const again = parseAppUrl(canonical);
        expect(again).toEqual(state.present ? state : { ...state, slide: again.slide });
        expect(formatAppUrl(again)).toBe(canonical);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every parameter it understood through a round trip', () => {
    const keys = fc.constantFrom(...URL_PARAMS, 'x');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(keys, fc.string({ maxLength: 40 })), { maxLength: 12 }),
        (pairs) => {
          const state = parseAppUrl(new URLSearchParams(pairs).toString());
          const round = parseAppUrl(formatAppUrl(state));
          expect(round.filters).toEqual(state.filters);
          expect(round.present).toBe(state.present);
          expect(round.data).toBe(state.data);
          expect(round.milestones).toBe(state.milestones);
          if (state.present) expect(round.slide).toBe(state.slide);
        },
      ),
    );
  });
});
