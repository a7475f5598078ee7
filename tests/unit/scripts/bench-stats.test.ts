import { describe, expect, it } from 'vitest';
import { markdownTable, median, ms, quantile, ratio } from '../../../scripts/bench-stats';

describe('bench statistics', () => {
  it('interpolates quantiles and takes the median of an even count between the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.95)).toBeCloseTo(4.8);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('prints milliseconds and ratios for people', () => {
    expect(ms(3.14159)).toBe('3.14');
    expect(ms(72.04)).toBe('72.0');
    expect(ms(NaN)).toBe('—');
    expect(ratio(30, 3)).toBe('10×');
    expect(ratio(1.5, 3)).toBe('0.5×');
    expect(ratio(NaN, 3)).toBe('—');
  });

  it('right-aligns the number columns of the table', () => {
    expect(markdownTable(['a', 'b', 'c'], [['x', 'y', '1']])).toBe(
      '| a | b | c |\n|---|---|--:|\n| x | y | 1 |',
    );
  });
});
