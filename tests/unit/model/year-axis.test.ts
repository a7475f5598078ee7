import { describe, expect, it } from 'vitest';
import { compactYearAxis, skippedBefore, skippedYearsLabel } from '../../../src/model/year-axis';
import { yearRange } from '../../../src/model/dates';

describe('compactYearAxis', () => {
  const active = new Set([1991, 1997, 2009, 2010, 2012, 2026]);
  const axis = compactYearAxis(yearRange(1991, 2026), (y) => active.has(y));

  it('leaves out runs of three or more empty years, keeping short gaps and both ends', () => {
    expect(axis.skipped).toEqual([
      { from: 1992, to: 1996 },
      { from: 1998, to: 2008 },
      { from: 2013, to: 2025 },
    ]);
    expect(axis.years).toEqual([1991, 1997, 2009, 2010, 2011, 2012, 2026]);
  });

  it('keeps every year when none is empty, and the ends even when empty', () => {
    expect(compactYearAxis([2020, 2021, 2022], () => true)).toEqual({
      years: [2020, 2021, 2022],
      skipped: [],
    });
    expect(compactYearAxis([2020, 2021, 2022, 2023, 2024], (y) => y === 2022).years).toEqual([
      2020, 2021, 2022, 2023, 2024,
    ]);
  });

  it('says in words which years it skipped', () => {
    expect(skippedYearsLabel(axis.skipped)).toBe('1992–1996, 1998–2008 and 2013–2025');
    expect(skippedYearsLabel([])).toBe('');
  });

  it('finds the run skipped just before a year, for the mark at its label', () => {
    expect(skippedBefore(axis.skipped, 1997)).toEqual({ from: 1992, to: 1996 });
    expect(skippedBefore(axis.skipped, 2009)).toEqual({ from: 1998, to: 2008 });
    expect(skippedBefore(axis.skipped, 2010)).toBeUndefined();
  });
});
