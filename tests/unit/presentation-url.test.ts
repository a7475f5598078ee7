import { describe, expect, it } from 'vitest';
import {
  readPresentation,
  resolveSlide,
  writePresentation,
} from '../../src/state/presentation-url';
import { searchParamsToFilters } from '../../src/state/url-codec';

const ids = ['headline', 'visit-frequency', 'cooperation-areas', 'people-involved', 'timeline'];

describe('presentation URL', () => {
  it('reads present and slide', () => {
    expect(readPresentation('?sector=energy&present=1&slide=people-involved')).toEqual({
      present: true,
      slide: 'people-involved',
    });
    expect(readPresentation('?present=true')).toEqual({ present: true, slide: null });
    expect(readPresentation('')).toEqual({ present: false, slide: null });
    expect(readPresentation('?present=0&slide=3').present).toBe(false);
    expect(readPresentation('?present=1&slide=%3Cscript%3E').slide).toBeNull();
  });

  it('round-trips and keeps the filter parameters untouched', () => {
    const search = '?sector=energy,defence-industry&from=2020&to=2024&dir=AZ-RS&q=gas%20pipe';
    const written = writePresentation(search, { present: true, slide: 'people-involved' });
    expect(written).toBe(`${search}&present=1&slide=people-involved`);
    expect(readPresentation(written)).toEqual({ present: true, slide: 'people-involved' });
    expect(searchParamsToFilters(new URLSearchParams(written))).toEqual(
      searchParamsToFilters(new URLSearchParams(search)),
    );

    const moved = writePresentation('?sector=energy&present=1&slide=people-involved', {
      present: true,
      slide: 'timeline',
    });
    expect(moved).toBe('?sector=energy&present=1&slide=timeline');
  });

  it('removes both parameters when leaving presentation mode', () => {
    expect(
      writePresentation('?present=1&sector=energy&slide=timeline&person=ilham-aliyev', {
        present: false,
        slide: 'timeline',
      }),
    ).toBe('?sector=energy&person=ilham-aliyev');
    expect(writePresentation('?present=1&slide=2', { present: false, slide: null })).toBe('');
    expect(writePresentation('', { present: true, slide: null })).toBe('?present=1');
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
    expect(resolveSlide(readPresentation('?slide=%00%00').slide, ids)).toBe(0);
  });
});
