import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/gen-data';
import { canonicalDataset } from '../../../src/data/fast-dataset';
import {
  referentialIssues,
  schemaDataset,
  validateDataset,
  type ValidationResult,
} from '../../../src/data/validate-dataset';
import { fixtureJson } from '../../support/dataset';
import { nullFilled } from '../../support/null-filled';

/** The verdict of the zod schema alone, then the references: what validation was before. */
function reference(input: unknown): ValidationResult {
  const structural = schemaDataset(input);
  if (!structural.ok) return structural;
  const issues = referentialIssues(structural.dataset);
  return issues.length > 0 ? { ok: false, issues } : structural;
}

/** Same verdict, same problems, and the same dataset down to the order of its keys. */
function expectSameAsSchema(input: unknown): void {
  const fast = validateDataset(structuredClone(input));
  const slow = reference(structuredClone(input));
  expect(fast).toEqual(slow);
  if (fast.ok && slow.ok) expect(JSON.stringify(fast.dataset)).toBe(JSON.stringify(slow.dataset));
}

type Json = Record<string, unknown> | unknown[];

/** Every object and array inside `root`, with the keys that reach it. */
function containers(root: Json): { node: Json; keys: (string | number)[] }[] {
  const out: { node: Json; keys: (string | number)[] }[] = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const c = node as Json;
    out.push({ node: c, keys: Array.isArray(c) ? c.map((_, i) => i) : Object.keys(c) });
    for (const v of Object.values(c)) walk(v);
  };
  walk(root);
  return out;
}

/** Values that sit on the edges of the format: near-valid, blank, padded, wrong type, long. */
const TRICKY: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  '  padded  ',
  'AZ',
  'RS',
  'XX',
  'az',
  'x',
  'new-id',
  '-bad-id',
  'a'.repeat(201),
  'a'.repeat(5001),
  '2021',
  '2021-02',
  '2021-02-29',
  '2020-02-29',
  '1799-01-01',
  '2021-13',
  'day',
  'month',
  'meeting',
  'head-of-state',
  'treaty',
  'energy',
  'https://example.org/a',
  'http:example.org',
  ' https://example.org ',
  'https://exa\nmple.org',
  'ftp://example.org',
  'en',
  0,
  1,
  true,
  false,
  [],
  {},
  ['x'],
  [{}],
];

const mutation = fc.record({
  at: fc.nat(),
  key: fc.nat(),
  kind: fc.constantFrom('set', 'delete', 'extra'),
  value: fc.constantFrom(...TRICKY),
});

describe('the fast path of validation agrees with the zod schema', () => {
  it('on the fixture and on generated datasets', () => {
    expectSameAsSchema(fixtureJson());
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 40 }),
        (seed, n) => {
          expectSameAsSchema(JSON.parse(JSON.stringify(generateDataset({ events: n, seed }))));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('on mutated datasets: wrong types, blanks, padding, missing and unknown keys', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const data = fixtureJson() as unknown as Json;
        for (const m of mutations) {
          const all = containers(data);
          const { node, keys } = all[m.at % all.length]!;
          if (m.kind === 'extra' && !Array.isArray(node)) {
            node[`unknown${m.key % 3}`] = m.value;
            continue;
          }
          if (keys.length === 0) continue;
          const key = keys[m.key % keys.length]!;
          if (m.kind === 'delete' && !Array.isArray(node)) delete node[key as string];
          else (node as Record<string | number, unknown>)[key] = m.value;
        }
        expectSameAsSchema(data);
      }),
      { numRuns: 400 },
    );
  });

  it('fills in defaults, trims text and drops unknown keys as the schema does', () => {
    const data = fixtureJson() as unknown as { events: Record<string, unknown>[] };
    const e = data.events[0]!;
    delete e.dateInferred;
    delete e.documents;
    e.title = `  ${String(e.title)}  `;
    e.extra = 1;
    expectSameAsSchema(data);
    const fast = canonicalDataset(structuredClone(data));
    expect(fast?.dataset.events[0]).toMatchObject({ dateInferred: false, documents: [] });
    expect(fast?.dataset.events[0]).not.toHaveProperty('extra');
  });

  it('reads null as absent in every optional field, as the schema does', () => {
    const data = nullFilled(fixtureJson());
    expectSameAsSchema(data);
    expect(validateDataset(data).ok).toBe(true);
    const noCountry = fixtureJson() as unknown as { events: Record<string, unknown>[] };
    noCountry.events[0]!.place = { city: 'Novi Sad', country: null };
    expectSameAsSchema(noCountry);
    noCountry.events[0]!.place = { city: null, country: null };
    expectSameAsSchema(noCountry);
    expect(validateDataset(noCountry).ok).toBe(false);
  });

  it('hands what it cannot vouch for to the schema', () => {
    const data = fixtureJson() as unknown as { events: Record<string, unknown>[] };
    data.events[0]!.dateNote = undefined;
    expect(canonicalDataset(data)).toBeNull();
    expect(canonicalDataset([])).toBeNull();
    expect(canonicalDataset(null)).toBeNull();
  });
});
