/**
 * A Parquet file of engagements → dataset, with hyparquet (pure JS, loaded only when a
 * Parquet file is opened). One row per engagement, with the columns of the CSV import
 * (csv-columns.ts: the same names, aliases and meaning, so the CSV template, the export and
 * the Parquet layout are one list). A list column (participants, sectors, topics, sources, …)
 * may be a Parquet list of strings or a string delimited by ";" as in the CSV. Booleans,
 * numbers and dates may be typed columns. Row numbers in problems count data rows from 1.
 */
import { parquetMetadata, parquetSchema, type FileMetaData } from 'hyparquet';
import { readCsvHeader, REQUIRED_CSV_COLUMNS, type CsvHeader } from './csv-columns';
import {
  emptyImport,
  tableIssues,
  tableToDataset,
  type CsvImport,
  type CsvImportOptions,
  type CsvTable,
} from './csv-import';
import { errorText } from './dataset-job';
import { tooManyRowsReason } from './dataset-limits';
import { columnTexts, readColumns, type ColumnTexts } from './parquet-columns';
import { vouchedDataset } from './parquet-fast-checks';
import { fastTableImport } from './parquet-fast-import';
import type { Dataset } from './schema';

/** "PAR1": the first and last four bytes of every Parquet file. */
export function isParquetBuffer(buffer: ArrayBuffer): boolean {
  const b = new Uint8Array(buffer, 0, Math.min(4, buffer.byteLength));
  return b.length === 4 && b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31;
}

function fileIssue(reason: string): CsvImport {
  return emptyImport([{ path: '(file)', reason }]);
}

/** A Parquet file's engagements as columns of cell texts. */
export interface ParquetColumns {
  header: CsvHeader;
  /** The file's top-level column names, in order. */
  names: string[];
  rows: number;
  texts: ColumnTexts;
}

/** The columns as a table of text cells: the CSV importer's path. */
export function columnsTable(columns: ParquetColumns): CsvTable {
  const { header, names, rows, texts } = columns;
  const used = [...header.at].map(([column, c]) => [c, texts[column]!] as const);
  const table: CsvTable = { header, rows: [] };
  for (let r = 0; r < rows; r++) {
    const values: string[] = new Array<string>(names.length).fill('');
    for (const [c, column] of used) values[c] = column[r]!;
    if (values.some((v) => v.trim() !== '')) table.rows.push({ row: r + 1, values });
  }
  return table;
}

/** The CSV importer's path: precise about every problem, and slower. */
export function csvPathImport(columns: ParquetColumns, options: CsvImportOptions): CsvImport {
  const table = columnsTable(columns);
  const issues = tableIssues(table);
  if (issues !== null) return emptyImport(issues);
  return tableToDataset(table, options);
}

/** The columnar fast path, or null when it cannot vouch for every cell (see its file). */
export function fastPathImport(
  columns: ParquetColumns,
  options: CsvImportOptions,
): CsvImport | null {
  const hasRequired = REQUIRED_CSV_COLUMNS.every((c) => columns.header.at.has(c));
  if (!hasRequired) return null;
  return fastTableImport(columns.texts, columns.header, columns.rows, options);
}

/** The file's metadata and top-level column names, or why it is not a Parquet file. */
function readMetadata(buffer: ArrayBuffer): { metadata: FileMetaData; names: string[] } | string {
  try {
    const metadata = parquetMetadata(buffer);
    const names = parquetSchema(metadata).children.map((c) => c.element.name);
    return { metadata, names };
  } catch (error) {
    return `is not a readable Parquet file (${errorText(error)})`;
  }
}

/** The columns of a Parquet file of engagements, or the problem that stops the import. */
export async function readParquetColumns(buffer: ArrayBuffer): Promise<ParquetColumns | CsvImport> {
  const read = readMetadata(buffer);
  if (typeof read === 'string') return fileIssue(read);
  const rows = Number(read.metadata.num_rows);
  const tooMany = tooManyRowsReason(rows);
  if (tooMany !== null) return fileIssue(tooMany);
  const header = readCsvHeader(read.names);
  if (header.at.size === 0) {
    return fileIssue(
      'has none of the columns of the engagements table (date, title, type, participants, sectors, sources, …): see the CSV template',
    );
  }
  let columns: Map<string, unknown[]>;
  try {
    const wanted = [...header.at.values()].map((i) => read.names[i]!);
    columns = await readColumns(buffer, read.metadata, wanted);
  } catch (error) {
    return fileIssue(`could not be read: the Parquet data is damaged (${errorText(error)})`);
  }
  const texts = columnTexts(columns, header, read.names, rows);
  return { header, names: read.names, rows, texts };
}

/** An import, and for a file the fast path vouched for, the dataset validation would give. */
export interface ParquetImport extends CsvImport {
  /** Already validated (see parquet-fast-checks.ts): validating it again would change nothing. */
  checked?: Dataset;
}

/**
 * Reads a Parquet file of engagements; problems are reported as the CSV import reports them.
 * The columnar fast path reads a well-formed file; the CSV importer's path reads the rest.
 */
export async function parquetToDataset(
  buffer: ArrayBuffer,
  options: CsvImportOptions,
): Promise<ParquetImport> {
  const columns = await readParquetColumns(buffer);
  if (!('texts' in columns)) return columns;
  const fast = fastPathImport(columns, options);
  if (fast === null) return csvPathImport(columns, options);
  const checked = fast.dataset && vouchedDataset(fast.dataset);
  return checked ? { ...fast, checked } : fast;
}
