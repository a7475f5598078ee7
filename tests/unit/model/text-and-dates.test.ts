import { describe, expect, it } from 'vitest';
import { foldText, matchesTerms, queryTerms, searchableText } from '../../../src/lib/text';
import { formatEventDate, formatYearSpan } from '../../../src/model/dates';
import { describeFilters, sourceLine } from '../../../src/model/describe';
import { loadDataset } from '../../../src/state/load-dataset';
import { emptyFilters } from '../../../src/model/filters';
import { fixtureJson, loadFixture } from '../../support/dataset';

describe('foldText', () => {
  it('folds case and diacritics, including Đ', () => {
    expect(foldText('Vučić')).toBe('vucic');
    expect(foldText('Dačić')).toBe('dacic');
    expect(foldText('Đurić')).toBe('djuric');
    expect(foldText('NIŠ')).toBe('nis');
  });

  it('matches terms at the start of words', () => {
    const text = searchableText('Aleksandar Vučić met the minister in Niš');
    expect(matchesTerms(text, queryTerms('vuc nis'))).toBe(true);
    expect(matchesTerms(text, queryTerms('ister'))).toBe(false);
    expect(matchesTerms(text, queryTerms(''))).toBe(true);
  });
});

describe('formatEventDate', () => {
  it('never shows more precision than the source has', () => {
    expect(formatEventDate('2022', 'year')).toBe('2022');
    expect(formatEventDate('2023-11', 'month')).toBe('Nov 2023');
    expect(formatEventDate('2023-11-07', 'day')).toBe('7 Nov 2023');
    expect(formatEventDate('2023-11-07', 'day', true)).toBe('7 November 2023');
  });

  it('formats year spans', () => {
    expect(formatYearSpan(2020, 2024)).toBe('2020–2024');
    expect(formatYearSpan(2022, 2022)).toBe('2022');
    expect(formatYearSpan(null, null)).toBe('—');
  });
});

describe('describeFilters', () => {
  const { index } = loadFixture();
  it('states the filters in words', () => {
    expect(describeFilters(emptyFilters(), index)).toBe('All engagements');
    expect(
      describeFilters(
        { ...emptyFilters(), sectors: ['energy', 'defence-industry'], from: 2020, to: 2024 },
        index,
      ),
    ).toBe('Sectors: Energy, Defence industry · 2020–2024');
    expect(
      describeFilters(
        { ...emptyFilters(), directions: ['RS-AZ'], people: ['marko-duric'], q: 'gas' },
        index,
      ),
    ).toBe('Direction: Serbia → Azerbaijan · Person: Marko Đurić · Search: “gas”');
  });

  it('gives a source line with publishers, source count, years and version', () => {
    expect(sourceLine(index)).toBe(
      'Source: Trend, Azernews and president.az · 9 sources · 2020–2024 · Azerbaijan–Serbia relations dataset v1.0.0',
    );
  });

  it('names only the most cited publishers when there are many, so the line stays short', () => {
    const json = fixtureJson();
    const extra = ['Report.az', 'Tanjug', 'Beta (via naslovi.net)', 'Beta', 'RTS'];
    extra.forEach((publisher, i) => {
      json.sources!.push({ ...json.sources![0]!, id: `extra-${i}`, publisher });
      json.events[0]!.sourceIds.push(`extra-${i}`);
    });
    const { index: many } = loadDataset(json, 'x.json');
    // Beta with and without "(via …)" is one publisher: 7 publishers, 3 named, 4 others.
    expect(sourceLine(many)).toMatch(
      /^Source: Trend, Azernews, president\.az and 4 other publishers · 14 sources · /,
    );
  });

  it('credits the sources the engagements cite, not the pages behind the coordinates', () => {
    const json = fixtureJson();
    expect(json.sources).toHaveLength(12);
    expect(sourceLine(loadDataset(json, 'x.json').index)).toContain(' · 9 sources · ');
  });
});
