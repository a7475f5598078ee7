import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInt } from '../../../src/lib/format-number';

describe('formatInt', () => {
  it('writes counts with thousands commas, as en-GB does', () => {
    expect(formatInt(0)).toBe('0');
    expect(formatInt(999)).toBe('999');
    expect(formatInt(1000)).toBe('1,000');
    expect(formatInt(176)).toBe('176');
    expect(formatInt(1234567)).toBe('1,234,567');
    expect(formatInt(-25000)).toBe('-25,000');
    expect(formatInt(-0)).toBe('-0');
  });

  it('agrees with Intl for every number', () => {
    const intl = new Intl.NumberFormat('en-GB');
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ noNaN: true })), (n) => {
        expect(formatInt(n)).toBe(intl.format(n));
      }),
    );
  });
});
