import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTextColumn } from '../../../src/data/parquet-strings';

const decoder = new TextDecoder();

/** Bytes that exercise the decoder: ASCII, NUL, a byte order mark, lead and stray bytes. */
const cellBytes = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(0x00, 0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0xef, 0xbb, 0xbf),
    ),
    { maxLength: 40 },
  )
  .map((b) => new Uint8Array(b));

describe('decoding a Parquet string column in batches', () => {
  it('gives each cell the string TextDecoder gives it on its own', () => {
    fc.assert(
      fc.property(fc.array(cellBytes, { maxLength: 300 }), fc.boolean(), (cells, dictionary) => {
        // Repeated objects, as a dictionary-encoded column holds them.
        const values: unknown[] = cells.flatMap((c, i) => (i % 3 === 0 ? [c, c] : [c]));
        const expected = values.map((v) => decoder.decode(v as Uint8Array));
        decodeTextColumn(values, dictionary);
        expect(values).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('drops a leading byte order mark as TextDecoder does, and decodes lists and nulls', () => {
    const enc = new TextEncoder();
    const words = ['Vučić', '\uFEFFbom', 'a\u0000b', '', 'İlham Əliyev', '😀'];
    const values: unknown[] = [...words.map((w) => enc.encode(w)), null, [enc.encode('x'), null]];
    decodeTextColumn(values, false);
    expect(values).toEqual([
      'Vučić',
      'bom',
      'a\u0000b',
      '',
      'İlham Əliyev',
      '😀',
      null,
      ['x', null],
    ]);
  });
});
