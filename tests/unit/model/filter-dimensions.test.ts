import { describe, expect, it } from 'vitest';
import { computeDashboard, filteredEvents } from '../../../src/model/dashboard';
import { describeFilters, sanitizeFilters } from '../../../src/model/describe';
import { exportFileName } from '../../../src/model/file-names';
import {
  ALL_BITS,
  bitOf,
  FILTER_DIMENSIONS,
  LIST_DIMENSIONS,
} from '../../../src/model/filter-dimensions';
import { filterMasks } from '../../../src/model/filter-mask';
import { activeFilterChips, filterOptionCounts } from '../../../src/model/filter-options';
import { emptyFilters } from '../../../src/model/filters';
import { emptyUrlState, formatAppUrl, parseAppUrl } from '../../../src/state/app-url';
import { loadFixture } from '../../support/dataset';
import { slugId } from '../../../src/lib/text';

const { index } = loadFixture();

/** The value of a list dimension that most fixture engagements have. */
function commonValue(d: (typeof LIST_DIMENSIONS)[number]): { value: string; count: number } {
  const counts = filterOptionCounts(index, filterMasks(index, emptyFilters()))[d.key];
  let best = 0;
  counts.forEach((c, i) => {
    if (c > counts[best]!) best = i;
  });
  const value = [...d.lookup(index).entries()].find(([, at]) => at === best)![0];
  return { value, count: counts[best]! };
}

describe('the filter-dimension table', () => {
  it('gives every dimension its own bit, all within the 16-bit mask', () => {
    const bits = FILTER_DIMENSIONS.map((d) => bitOf(d.key));
    expect(new Set(bits).size).toBe(FILTER_DIMENSIONS.length);
    expect(ALL_BITS).toBeLessThan(1 << 16);
    expect(filterMasks(index, emptyFilters())).toBeInstanceOf(Uint16Array);
  });

  describe.each(LIST_DIMENSIONS.map((d) => [d.key, d] as const))('%s', (_key, d) => {
    const { value, count } = commonValue(d);
    const filters = { ...emptyFilters(), [d.key]: [value] };

    it('filters the engagements to those with the value, and its bit marks the rest', () => {
      const data = computeDashboard(index, filters);
      expect(data.headline.engagements).toBe(count);
      expect(filteredEvents(index, data.mask)).toHaveLength(count);
      const mask = filterMasks(index, filters);
      const failing = [...mask].filter((m) => m === bitOf(d.key)).length;
      expect(failing).toBe(index.n - count);
    });

    it('round-trips through the URL under its own parameter', () => {
      const search = formatAppUrl({ ...emptyUrlState(), filters });
      expect(new URLSearchParams(search).get(d.param)).toBe(value);
      expect(parseAppUrl(search).filters).toEqual(filters);
    });

    it('shows as a chip, in the caption and in the file name', () => {
      const label = d.label(index, value);
      const chips = activeFilterChips(index, filters);
      expect(chips).toHaveLength(1);
      expect(chips[0]).toMatchObject({ dimension: d.key, value, label: `${d.one}: ${label}` });
      expect(describeFilters(filters, index)).toBe(`${d.one}: ${label}`);
      expect(exportFileName(index, filters, 'events', 'csv')).toBe(
        `az-rs-events-${slugId(value)}.csv`,
      );
    });

    it('drops values the dataset does not know', () => {
      const withUnknown = { ...filters, [d.key]: [value, 'no-such-value'] };
      expect(sanitizeFilters(withUnknown, index)[d.key]).toEqual([value]);
    });
  });
});
