import { describe, expect, it } from 'vitest';
import { datelineOf, readDates } from '../../../src/curation/draft-date';

describe('readDates', () => {
  it('takes the publication date from the ` date` header when no option gives one', () => {
    const ctx = readDates(' date 2024-12-23 BAKU, Azerbaijan, December 23. Talks.', undefined);
    expect(ctx.published).toBe('2024-12-23');
    expect(ctx.publishedFrom).toBe('header');
    expect(ctx.dateline?.date).toBe('2024-12-23');
    expect(ctx.dateline?.inferred).toMatch(/without a year/);
  });

  it('keeps a stated year and marks no inference', () => {
    const ctx = readDates(
      'On November 7, 2023, the ministers met. 7 November 2023 17:41',
      undefined,
    );
    expect(ctx.mentions.map((m) => m.date)).toEqual(['2023-11-07', '2023-11-07']);
    expect(ctx.mentions.every((m) => m.inferred === undefined && m.confidence === 'high')).toBe(
      true,
    );
  });

  it('puts a late-December date in a January article in the year before', () => {
    const ctx = readDates('The talks on December 30 went well.', '2025-01-04');
    expect(ctx.mentions[0]!.date).toBe('2024-12-30');
  });

  it('resolves relative dates against the publication date, marked inferred', () => {
    const ctx = readDates(
      'They met yesterday. He called on Monday. The visit was a month ago.',
      '2024-12-25',
    );
    const byQuote = Object.fromEntries(ctx.mentions.map((m) => [m.quote, m]));
    expect(byQuote['yesterday']!.date).toBe('2024-12-24');
    // 25 December 2024 was a Wednesday.
    expect(byQuote['on Monday']!.date).toBe('2024-12-23');
    expect(byQuote['a month ago']).toMatchObject({ date: '2024-11', precision: 'month' });
    expect(ctx.mentions.every((m) => m.inferred?.includes('2024-12-25'))).toBe(true);
  });

  it('without a publication date, relative dates stay unresolved and impossible days are dropped', () => {
    expect(readDates('They met yesterday.', undefined).mentions).toEqual([]);
    expect(readDates('On February 30, 2024 they met.', undefined).mentions).toEqual([]);
    expect(readDates('met', '2024-02-30').published).toBeNull();
  });
});

describe('datelineOf', () => {
  it('reads the bureau city and the country of a news agency dateline', () => {
    expect(datelineOf('BAKU, Azerbaijan, December 21. There are')).toMatchObject({
      city: 'BAKU',
      country: 'Azerbaijan',
    });
    expect(datelineOf('Serbia and Azerbaijan have expressed support')).toBeNull();
  });
});
