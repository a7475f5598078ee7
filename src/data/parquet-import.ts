/**
 * A Parquet file of engagements → dataset, with hyparquet (pure JS, loaded only when a
 * Parquet file is opened). One row per engagement, with the columns of the CSV import
 * (csv-columns.ts: the same names, aliases and meaning, so the CSV template, the export and
 * the Parquet layout are one list). A list column (participants, sectors, topics, sources, …)
 * may be a Parquet list of strings or a string delimited by ";" as in the CSV. Booleans,
 * numbers and dates may be typed columns. Row numbers in problems count data rows from 1.
 */
import { parquetMetadata, parquetRead, parquetSchema, type FileMetaData } from 'hyparquet';
import { readCsvHeader } from './csv-columns';
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

/** "PAR1": the first and last four bytes of every Parquet file. */
export function isParquetBuffer(buffer: ArrayBuffer): boolean {
  const b = new Uint8Array(buffer, 0, Math.min(4, buffer.byteLength));
  return b.length === 4 && b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31;
}

/** One Parquet value as the text of a CSV cell: lists joined by "; ", dates as YYYY-MM-DD. */
function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  return String(value);
}

function fileIssue(reason: string): CsvImport {
  return emptyImport([{ path: '(file)', reason }]);
}

/** Each top-level column's values, whole, by column name. */
async function readColumns(
  buffer: ArrayBuffer,
  metadata: FileMetaData,
  names: readonly string[],
): Promise<Map<string, unknown[]>> {
  const columns = new Map<string, unknown[]>(names.map((n) => [n, []]));
  await parquetRead({
    file: buffer,
    metadata,
    columns: [...names],
    onChunk: ({ columnName, columnData, rowStart }) => {
      const column = columns.get(columnName);
      if (!column) return;
      for (let i = 0; i < columnData.length; i++) column[rowStart + i] = columnData[i];
    },
  });
  return columns;
}

/** The columns the import reads, as a table of text cells. */
function tableOf(
  columns: Map<string, unknown[]>,
  names: readonly string[],
  rows: number,
): CsvTable {
  const header = readCsvHeader(names);
  const used = [...header.at.values()];
  const data = names.map((n) => columns.get(n) ?? []);
  const table: CsvTable = { header, rows: [] };
  for (let r = 0; r < rows; r++) {
    const values: string[] = new Array<string>(names.length).fill('');
    for (const c of used) values[c] = cellText(data[c]![r]);
    if (values.some((v) => v.trim() !== '')) table.rows.push({ row: r + 1, values });
  }
  return table;
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

/** Reads a Parquet file of engagements; problems are reported as the CSV import reports them. */
export async function parquetToDataset(
  buffer: ArrayBuffer,
  options: CsvImportOptions,
): Promise<CsvImport> {
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
  const table = tableOf(columns, read.names, rows);
  const issues = tableIssues(table);
  if (issues !== null) return emptyImport(issues);
  return tableToDataset(table, options);
}
