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
  // ASCII cells apart: a batch's text is two bytes a character as soon as one cell needs it,
  // and the cells kept after the import (titles, summaries) keep their batch's text.
  const batches = [new Batch(values), new Batch(values)] as const;
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
    if (v.indexOf(0) !== -1 || startsWithBom(v)) values[r] = decoder.decode(v);
    else batches[isAscii(v) ? 0 : 1].add(r, v);
  }
  for (const batch of batches) batch.flush();
  for (const [r, first] of repeats) values[r] = values[first];
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/** Cells waiting to be decoded together into `values`. */
class Batch {
  private at: number[] = [];
  private cells: Uint8Array[] = [];
  private bytes = 0;
  constructor(private readonly values: unknown[]) {}

  add(row: number, cell: Uint8Array): void {
    this.at.push(row);
    this.cells.push(cell);
    this.bytes += cell.length + 1;
    if (this.bytes >= BATCH_BYTES) this.flush();
  }

  flush(): void {
    if (this.cells.length > 0) decodeBatch(this.values, this.at, this.cells);
    this.at = [];
    this.cells = [];
    this.bytes = 0;
  }
}
