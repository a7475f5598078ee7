// draftFromArticle on any text: arbitrary, unicode, huge, binary decoded as latin1, hostile.
// It never throws; it returns a draft of valid shape or { ok: false } with a reason, and a
// complete drafted event, placeholders filled, passes the dataset's own event schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFromArticle } from '../../../src/curation/draft-article';
import { MAX_ARTICLE_CHARS } from '../../../src/curation/draft-text';
import {
  DRAFT_FIELDS,
  type DraftEngagement,
  type DraftResult,
} from '../../../src/curation/draft-types';
import { datasetSchema } from '../../../src/data/dataset-schema';
import { seedText, shippedDataset, SEEDS } from '../../support/draft-seeds';

const dataset = shippedDataset();
const eventSchema = datasetSchema().shape.events.element;

/** A drafted event with date, kind and level set, as the curator would save it. */
function completed(d: DraftEngagement) {
  return { ...d.event, title: d.event.title || 'Draft' };
}

function checkShape(result: DraftResult) {
  if (!result.ok) {
    expect(typeof result.problem).toBe('string');
    expect(result.problem.length).toBeGreaterThan(0);
    // A caught exception would be a bug hidden behind the safety net.
    expect(result.problem).not.toMatch(/draft failed/);
    return;
  }
  expect(Array.isArray(result.engagements)).toBe(true);
  for (const d of result.engagements) {
    for (const f of DRAFT_FIELDS) expect(typeof d.fields[f].needsReview).toBe('boolean');
    expect(d.event.summary).toBe('');
    if (d.event.date && d.event.type && d.event.level) {
      const parsed = eventSchema.safeParse(completed(d));
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    } else {
      // Whatever the draft could not settle is marked for the curator.
      const open = DRAFT_FIELDS.filter((f) => d.fields[f].needsReview);
      expect(open.length).toBeGreaterThan(0);
    }
  }
  expect(Array.isArray(result.warnings)).toBe(true);
  expect(Array.isArray(result.skipped)).toBe(true);
}

const HOSTILE = [
  '<script>alert(1)</script> President Ilham Aliyev met Aleksandar Vučić in Baku on May 5, 2020.',
  '{{constructor.constructor("return process")()}} Bayramov met Dačić',
  '\u202eBaku in met Bayramov\u202c on \u200fMonday',
  'Vu\u0000?i?\u0000 met\u0000 in Belgrade',
  '"'.repeat(500) + 'met'.repeat(200),
  '?'.repeat(3000),
  'met with '.repeat(5000),
  'President '.repeat(3000) + 'Aliyev',
  'On February 30, 2024 and 99 December 12345 Bayramov met Djuric',
  '\ud800 lone surrogate Bayramov met',
  'BAKU, Azerbaijan, December 99. summoned summoned phone call wreath',
];

describe('draftFromArticle never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        checkShape(draftFromArticle(text, dataset, {}));
      }),
      { numRuns: 150 },
    );
  });

  it('on unicode, with a publication date or a garbled one', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom(undefined, '2024-12-23', '2024-02-30', 'yesterday', ''),
        (text, published) => {
          checkShape(draftFromArticle(text, dataset, published === undefined ? {} : { published }));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('on binary bytes decoded as latin1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        checkShape(draftFromArticle(Buffer.from(bytes).toString('latin1'), dataset, {}));
      }),
      { numRuns: 100 },
    );
  });

  it('on seed sentences shuffled with noise', () => {
    const sentences = SEEDS.flatMap((s) => seedText(s.seedFile).split(/(?<=\.)\s+/));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...sentences), fc.string({ maxLength: 40 })), {
          maxLength: 12,
        }),
        (parts) =>
          checkShape(draftFromArticle(parts.join(' '), dataset, { published: '2023-11-07' })),
      ),
      { numRuns: 80 },
    );
  });

  it.each(HOSTILE.map((h) => [h.slice(0, 30), h] as const))('on the hostile %j', (_l, text) => {
    checkShape(draftFromArticle(text, dataset, { published: '2024-12-23' }));
  });

  it('reads at most the first 200k characters of a huge article, and says so', () => {
    const seed = seedText(SEEDS[3]!.seedFile);
    const huge = seed + ' filler words here.'.repeat(Math.ceil((MAX_ARTICLE_CHARS * 2) / 19));
    const started = performance.now();
    const result = draftFromArticle(huge, dataset, {});
    expect(performance.now() - started).toBeLessThan(20_000);
    checkShape(result);
    if (!result.ok) throw new Error(result.problem);
    expect(result.warnings.join(' ')).toMatch(/Only the first 200,000 characters were read/);
    expect(result.engagements[0]!.event.date).toBe('2023-11-07');
  });

  it.each([
    ['garbled names', 'Vu?i? '.repeat(34_000)],
    ['title-only posts', 'the Minister of Aa Bb Cc Dd '.repeat(8_000)],
    ['dates and meetings', 'on December 23, 2024 met '.repeat(8_000)],
  ])('stays bounded on 200k characters of %s', (_label, text) => {
    const started = performance.now();
    checkShape(draftFromArticle(text, dataset, { published: '2024-12-23' }));
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('answers empty text and text without words with a reason, not a draft', () => {
    for (const text of ['', '   \n\t', '1234 5678 !!! ---', '\u0000\u0001\u0002']) {
      const result = draftFromArticle(text, dataset, {});
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem).toMatch(/\w/);
    }
  });
});
