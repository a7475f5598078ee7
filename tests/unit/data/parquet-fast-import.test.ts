import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/gen-data';
import { splitParticipants } from '../../../src/data/csv-cells';
import { parseCsvRecords } from '../../../src/data/csv-records';
import { formatIssue } from '../../../src/data/dataset-job';
import { parseDatasetFile, parseParquetFile } from '../../../src/data/parse-dataset-file';
import { splitParticipantItems } from '../../../src/data/parquet-fast-cells';
import {
  csvPathImport,
  fastPathImport,
  parquetToDataset,
  readParquetColumns,
  type ParquetColumns,
} from '../../../src/data/parquet-import';
import { validateDataset } from '../../../src/data/validate-dataset';
import { buildIndex } from '../../../src/model/dataset-index';
import { eventsCsv } from '../../../src/model/export-data';
import { TODAY } from './csv-test-helpers';

const OPTIONS = { name: 'events.parquet', today: TODAY };
/** Generating, writing and reading 2 000 events twice takes seconds on a busy machine. */
const SLOW = 30_000;

/** The export's CSV of a generated dataset, as a header and rows of cells. */
function exportedTable(events: number, seed: number): { header: string[]; rows: string[][] } {
  const dataset = generateDataset({ events, seed });
  const index = buildIndex(dataset);
  const text = eventsCsv(index, index.events).replace(/^\uFEFF/, '');
  const [header = [], ...rows] = parseCsvRecords(text, ',').records.filter((r) =>
    r.some((cell) => cell !== ''),
  );
  return { header, rows };
}

/** A Parquet file of string columns, as gen-data writes one. */
async function parquetOf(table: { header: string[]; rows: string[][] }): Promise<ArrayBuffer> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  return parquetWriteBuffer({
    columnData: table.header.map((name, c) => ({
      name,
      data: table.rows.map((r) => r[c] ?? ''),
      type: 'STRING' as const,
      nullable: false,
    })),
  });
}

async function columnsOf(buffer: ArrayBuffer): Promise<ParquetColumns> {
  const columns = await readParquetColumns(buffer);
  if (!('texts' in columns)) throw new Error(columns.issues.map(formatIssue).join('\n'));
  return columns;
}

/** Both paths over the same columns (each reads its own copy: the texts are not shared). */
async function bothPaths(table: { header: string[]; rows: string[][] }) {
  const buffer = await parquetOf(table);
  const fast = fastPathImport(await columnsOf(buffer), OPTIONS);
  const csv = csvPathImport(await columnsOf(buffer), OPTIONS);
  return { buffer, fast, csv };
}

/** `table` with the cell of `column` in data row `row` (0-based) set to `value`. */
function withCell(
  table: { header: string[]; rows: string[][] },
  row: number,
  column: string,
  value: string,
) {
  const c = table.header.indexOf(column);
  if (c === -1) throw new Error(`no column ${column}`);
  const rows = table.rows.map((r, i) => (i === row ? r.map((v, j) => (j === c ? value : v)) : r));
  return { header: table.header, rows };
}

describe('the Parquet fast path', () => {
  it.each([1, 2, 3, 4])(
    'makes the same import as the CSV path of 2 000 generated events (seed %i)',
    async (seed) => {
      const { fast, csv } = await bothPaths(exportedTable(2000, seed));
      expect(csv.issues).toEqual([]);
      expect(fast).not.toBeNull();
      expect(fast).toEqual(csv);
    },
    SLOW,
  );

  it.each([1, 7])(
    'vouches for 2 000 generated events with the dataset validation gives (seed %i)',
    async (seed) => {
      const imported = await parquetToDataset(await parquetOf(exportedTable(2000, seed)), OPTIONS);
      const validated = validateDataset(imported.dataset);
      if (!validated.ok) throw new Error('expected a valid dataset');
      expect(imported.checked).toBeDefined();
      // The same values in the same key order, as the JSON export would write them.
      expect(JSON.stringify(imported.checked)).toBe(JSON.stringify(validated.dataset));
    },
    SLOW,
  );

  it('gives the same result as before through the worker entry point', async () => {
    const table = exportedTable(500, 5);
    const buffer = await parquetOf(table);
    const result = await parseParquetFile(buffer, 'events.parquet', { today: TODAY });
    const text = [table.header, ...table.rows]
      .map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(','))
      .join('\n');
    const fromCsv = parseDatasetFile(text, 'events.csv', { today: TODAY });
    if (!result.ok || !fromCsv.ok) throw new Error('expected both to read');
    expect(result.dataset.events).toEqual(fromCsv.dataset.events);
    expect(result.dataset.people).toEqual(fromCsv.dataset.people);
    expect(result.dataset.sources).toEqual(fromCsv.dataset.sources);
    expect(result.dataset.sectors).toEqual(fromCsv.dataset.sectors);
  });
});

describe('the Parquet fast path, on files it cannot vouch for', () => {
  it.each([
    ['date', '31.12.20'],
    ['date', '2021-02-30'],
    ['type', 'banquet'],
    ['level', 'emperor'],
    ['date_inferred', 'perhaps'],
    ['guest_country', 'the host'],
    ['participants', '(Minister, AZ)'],
    ['person_ids', 'one-id; two-ids; three-ids; four; five; six; seven'],
    ['sector_ids', 'energy; trade; culture; more; and-more; still-more'],
    ['sources', 'not a source'],
    ['sources', ''],
    ['documents', 'Treaty: Friendship (signed by Nobody Known)'],
    ['documents', 'Nonsense without a kind'],
  ])('gives way to the CSV path, with its precise problems, at %s "%s"', async (column, value) => {
    const base = exportedTable(300, 6);
    const host = base.rows[120]![base.header.indexOf('host_country')]!;
    const cell = value === 'the host' ? host || 'AZ' : value;
    if (value === 'the host' && host === '')
      base.rows[120]![base.header.indexOf('host_country')] = 'AZ';
    const { buffer, fast, csv } = await bothPaths(withCell(base, 120, column, cell));
    expect(fast).toBeNull();
    expect(csv.issues.length).toBeGreaterThan(0);
    const result = await parseParquetFile(buffer, 'events.parquet', { today: TODAY });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map(formatIssue).join('\n')).toMatch(/^row 121: /m);
  });

  it.each([
    ['title', ''],
    ['title', 'x'.repeat(600)],
    ['id', 'not an id!'],
    ['visit_id', '  '],
    ['summary', '  padded summary  '],
    ['summary', 'y'.repeat(5001)],
    ['topics', `short; ${'z'.repeat(501)}`],
    ['date_note', 'w'.repeat(2001)],
    ['place_city', 'c'.repeat(201)],
    ['date_precision', 'decade'],
    ['host_country', 'Atlantis'],
  ])('reads %s "%s" as the CSV path does (validation decides)', async (column, value) => {
    const { buffer, fast, csv } = await bothPaths(
      withCell(exportedTable(300, 7), 40, column, value),
    );
    expect(fast).toEqual(csv);
    const imported = await parquetToDataset(buffer, OPTIONS);
    const validated = validateDataset(imported.dataset);
    if (validated.ok)
      expect(JSON.stringify(imported.checked)).toBe(JSON.stringify(validated.dataset));
    else expect(imported.checked).toBeUndefined();
  });

  it('skips blank rows and reads a file without optional columns as the CSV path does', async () => {
    const base = exportedTable(200, 8);
    const keep = ['date', 'title', 'sources', 'participants', 'sectors', 'host_country'];
    const at = keep.map((c) => base.header.indexOf(c));
    const rows = base.rows.map((r) => at.map((c) => r[c]!));
    rows.splice(
      50,
      0,
      keep.map(() => ''),
      keep.map(() => '  '),
    );
    const { fast, csv } = await bothPaths({ header: keep, rows });
    expect(fast).not.toBeNull();
    expect(fast).toEqual(csv);
  });

  it('gives way when the file has no sector or only one country', async () => {
    const base = exportedTable(50, 9);
    const keep = ['date', 'title', 'sources'];
    const at = keep.map((c) => base.header.indexOf(c));
    const { fast, csv } = await bothPaths({
      header: keep,
      rows: base.rows.map((r) => at.map((c) => r[c]!)),
    });
    expect(fast).toBeNull();
    expect(csv.issues.map((i) => i.path)).toEqual(['host_country', 'sectors']);
  });
});

describe('the Parquet fast path’s cell readers', () => {
  it('splits participants as splitParticipants does', () => {
    const piece = fc.constantFrom('(', ')', ';', ' ', 'a', 'Name', ', AZ', '\t');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const value = pieces.join('');
        expect(splitParticipantItems(value)).toEqual(splitParticipants(value));
      }),
      { numRuns: 2000 },
    );
  });
});
