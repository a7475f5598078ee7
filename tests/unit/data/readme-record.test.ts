// The README states the shipped record's size and coverage; it must say what the data holds,
// never more (the record grows, and a stale count overclaims or undersells it).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/validate-dataset';
import { shippedJson } from '../../support/dataset';

const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8').replace(/\s+/g, ' ');
const result = validateDataset(shippedJson());
if (!result.ok) throw new Error('the shipped dataset does not validate');
const d = result.dataset;
const cited = new Set(d.events.flatMap((e) => e.sourceIds)).size;
const documents = d.events.reduce((n, e) => n + (e.documents?.length ?? 0), 0);

describe('the README on the shipped record', () => {
  it.each([
    ['engagements', `${d.events.length} engagements (visits`],
    ['documents', `the ${documents} documents signed`],
    ['sources', `its ${d.sources.length} sources (${cited} cited by engagements`],
    ['known gaps', `lists the ${d.meta.coverage?.gaps?.length ?? 0} known gaps`],
    [
      'header line',
      `"${d.meta.coverage?.from.slice(0, 4)}–${d.meta.coverage?.to.slice(0, 4)} · ${d.events.length} engagements ·`,
    ],
  ])('states the number of %s the data holds', (_what, phrase) => {
    expect(readme).toContain(phrase);
  });
});
