/**
 * The text of a Parquet file's string columns, decoded many cells per TextDecoder call. In
 * Chromium each TextDecoder call crosses into the browser's C++ (about 2 µs): one call per
 * cell was most of the time of reading 10^5 rows. hyparquet is asked to keep the bytes
 * (`keepBytes`); a column's cells are then decoded in batches, joined by a NUL byte and split
 * again. A NUL byte never takes part in a UTF-8 sequence, so each cell decodes exactly as on
 * its own (even malformed ones, into the same U+FFFD). Cells holding a NUL, or starting with a
 * byte order mark (which TextDecoder drops only at the start), are decoded on their own.
 */

const decoder = new TextDecoder();

/** hyparquet's `stringFromBytes`: the bytes themselves, decoded later by `decodeTextColumn`. */
export const keepBytes = (bytes: Uint8Array): Uint8Array => bytes;

/** Bytes per batch: small, since a cell kept after the import keeps its batch's text alive. */
const BATCH_BYTES = 4096;

const startsWithBom = (b: Uint8Array) =>
  b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

/** Decodes `cells` (each decodable in a batch), in place at `at`. */
function decodeBatch(values: unknown[], at: readonly number[], cells: readonly Uint8Array[]) {
  let size = 0;
  for (const c of cells) size += c.length + 1;
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const c of cells) {
    joined.set(c, offset);
    offset += c.length + 1;
  }
  const texts = decoder.decode(joined.subarray(0, size - 1)).split('\u0000');
  for (let k = 0; k < at.length; k++) values[at[k]!] = texts[k];
}

/** A value of a string column with its bytes decoded (lists item by item). */
function decodedValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return decoder.decode(value);
  if (Array.isArray(value)) return value.map(decodedValue);
  return value;
}

/**
 * The cells of a column read with `keepBytes`, decoded in place: the same strings as
 * TextDecoder gives cell by cell. In a `dictionary` column a repeated cell is one object:
 * it is decoded once, and its rows share the string.
 */
export function decodeTextColumn(values: unknown[], dictionary: boolean): void {
  const done = new Map<Uint8Array, number>();
  let at: number[] = [];
  let cells: Uint8Array[] = [];
  let bytes = 0;
  const flush = () => {
    if (cells.length > 0) decodeBatch(values, at, cells);
    at = [];
    cells = [];
    bytes = 0;
  };
  // Repeats are decoded after their first row's batch, from that row.
  const repeats: [number, number][] = [];
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    if (!(v instanceof Uint8Array)) {
      if (Array.isArray(v)) values[r] = decodedValue(v);
      continue;
    }
    if (dictionary) {
      const first = done.get(v);
      if (first !== undefined) {
        repeats.push([r, first]);
        continue;
      }
      done.set(v, r);
    }
    if (v.indexOf(0) !== -1 || startsWithBom(v)) {
      values[r] = decoder.decode(v);
      continue;
    }
    at.push(r);
    cells.push(v);
    bytes += v.length + 1;
    if (bytes >= BATCH_BYTES) flush();
  }
  flush();
  for (const [r, first] of repeats) values[r] = values[first];
}
