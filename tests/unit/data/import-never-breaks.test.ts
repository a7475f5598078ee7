/**
 * Every importer, fed arbitrary and mutated input, ends in a dataset or a list of problems,
 * each with a path (and, for tables, a row): none throws, hangs, or changes its input.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/validate-dataset';
import { encodeCodePage, encodeUtf16 } from '../../support/code-page';
import { shippedJson } from '../../support/dataset';
import { openBytes, type Opened } from '../../support/open-file';

const ROOT = resolve(__dirname, '../../..');
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A dataset, or problems that each say where: `path: reason`, `row N: column: reason`. */
function expectSettled(opened: Opened): void {
  if (opened.ok) {
    expect(opened.dataset.events).toBeInstanceOf(Array);
    return;
  }
  expect(opened.message).not.toBe('');
  expect(opened.problems.length).toBeGreaterThan(0);
  for (const p of opened.problems) expect(p).toMatch(/^(row \d+: )?[^:\s][^:]*: \S/);
}

const run = { numRuns: 60, interruptAfterTimeLimit: 15_000 } as const;
/** Room for the runs on a busy machine: fast-check stops starting new runs after 15 s. */
const TIMEOUT = 60_000;

describe('the JSON importer never breaks', () => {
  it(
    'on random JSON values',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
          expectSettled(await openBytes('random.json', utf8(JSON.stringify(value) ?? 'null')));
        }),
        { ...run, numRuns: 150 },
      );
    },
    TIMEOUT,
  );

  const shipped = shippedJson() as unknown as Record<string, unknown[]>;
  const shippedText = JSON.stringify(shipped);
  const mutation = fc.record({
    part: fc.constantFrom('sources', 'people', 'events', 'sectors', 'places', 'milestones'),
    item: fc.nat(),
    field: fc.nat(),
    kind: fc.constantFrom('delete', 'null', 'retype'),
    value: fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.string(),
      fc.boolean(),
      fc.constant([]),
      fc.constant({}),
    ),
  });

  it(
    'on the shipped dataset with fields deleted, nulled or retyped',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
          const data = JSON.parse(shippedText) as Record<string, Record<string, unknown>[]>;
          for (const m of mutations) {
            const items = data[m.part];
            if (!Array.isArray(items) || items.length === 0) continue;
            const item = items[m.item % items.length]!;
            const keys = Object.keys(item);
            const key = keys[m.field % keys.length]!;
            if (m.kind === 'delete') delete item[key];
            else item[key] = m.kind === 'null' ? null : m.value;
          }
          const before = JSON.stringify(data);
          validateDataset(data);
          // Validation reads its input and never writes to it.
          expect(JSON.stringify(data)).toBe(before);
          expectSettled(await openBytes('mutated.json', utf8(before)));
        }),
        { ...run, numRuns: 40 },
      );
    },
    TIMEOUT,
  );
});

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '"',
    '""',
    ';',
    ',',
    '\t',
    '\n',
    '\r\n',
    'Đurić',
    'Vučić',
    'Dačić',
    '23.12.2024',
    '12/23/2024',
    '03/04/2024',
    'AZ',
    'RS',
  ),
);
const headerNames = fc.constantFrom(
  'date',
  'title',
  'sources',
  'type',
  'participants',
  'sectors',
  'host_country',
  'guest_country',
  'x',
);

/** The text in a random encoding; text a code page cannot hold goes as UTF-8. */
function encoded(text: string, encoding: string): Uint8Array {
  if (encoding === 'utf-16le') return encodeUtf16(text, 'le');
  if (encoding === 'utf-16be') return encodeUtf16(text, 'be');
  if (encoding === 'windows-1250') {
    try {
      return encodeCodePage(text, 'windows-1250');
    } catch {
      return utf8(text);
    }
  }
  return utf8(text);
}

describe('the CSV importer never breaks', () => {
  it(
    'on random CSV with random delimiters, quotes and encodings',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(headerNames, { minLength: 1, maxLength: 6 }),
          fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }),
          fc.constantFrom(',', ';', '\t'),
          fc.constantFrom('utf-8', 'utf-16le', 'utf-16be', 'windows-1250'),
          fc.boolean(),
          async (header, rows, delimiter, encoding, raw) => {
            // Raw: fields joined without quoting, so quotes and separators fall where they may.
            const text = raw
              ? [header, ...rows].map((r) => r.join(delimiter)).join('\n')
              : Papa.unparse([header, ...rows], { delimiter });
            expectSettled(await openBytes('random.csv', encoded(text, encoding)));
          },
        ),
        run,
      );
    },
    TIMEOUT,
  );
});

const FIXTURES = ['nulls.json', 'serbian-1250.csv', 'unicode-text.txt', 'engagements.xlsx'];

describe('every importer, on truncated and foreign files', () => {
  it(
    'ends in a dataset or problems when a fixture is cut anywhere',
    async () => {
      const files = FIXTURES.map((name) => ({
        name,
        bytes: new Uint8Array(readFileSync(resolve(ROOT, 'tests/fixtures/import', name))),
      }));
      await fc.assert(
        fc.asyncProperty(
          fc.nat(files.length - 1),
          fc.double({ min: 0, max: 1, noNaN: true }),
          async (at, cut) => {
            const { name, bytes } = files[at]!;
            expectSettled(await openBytes(name, bytes.slice(0, Math.floor(bytes.length * cut))));
          },
        ),
        run,
      );
    },
    TIMEOUT,
  );

  it(
    'turns random bytes named .xlsx, .csv or .json into problems',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ maxLength: 400 }),
          fc.constantFrom('x.xlsx', 'x.csv', 'x.json', 'x.parquet', 'x'),
          fc.boolean(),
          async (bytes, name, zipHeader) => {
            const data = zipHeader ? Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
            expectSettled(await openBytes(name, data));
          },
        ),
        run,
      );
    },
    TIMEOUT,
  );
});
