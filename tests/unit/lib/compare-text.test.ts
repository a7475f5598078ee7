import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from '../../../src/lib/compare-text';

describe('compareText', () => {
  it('sorts names alphabetically, ignoring case and diacritics', () => {
    const names = ['Vučić', 'aliyev', 'Đurić', 'Dačić', 'Əliyev', 'Bayramov'];
    expect([...names].sort(compareText)).toEqual([
      'aliyev',
      'Bayramov',
      'Dačić',
      'Đurić',
      'Əliyev',
      'Vučić',
    ]);
  });

  it('is a total order: antisymmetric, and 0 only for equal text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareText(a, b)) + Math.sign(compareText(b, a))).toBe(0);
        expect(compareText(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
