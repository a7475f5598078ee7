/**
 * The columns of a Parquet file of engagements, read whole with hyparquet and turned into the
 * text of CSV cells (lists joined by "; ", dates as YYYY-MM-DD), column by column. Both the
 * columnar fast path (parquet-fast-import.ts) and the CSV importer's path read these texts,
 * so they see the same cells.
 */
import { parquetRead, type FileMetaData } from 'hyparquet';
import type { CsvColumnName, CsvHeader } from './csv-columns';

/** One Parquet value as the text of a CSV cell: lists joined by "; ", dates as YYYY-MM-DD. */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  return String(value);
}

/** Each wanted top-level column's values, whole, by column name. */
export async function readColumns(
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

/** The cell texts of each column the import reads, by column. */
export type ColumnTexts = Partial<Record<CsvColumnName, string[]>>;

/**
 * The columns the header names, as cell texts. Values that are already strings (the usual
 * case) are kept as they are; the arrays of `columns` are reused, so read them only once.
 */
export function columnTexts(
  columns: ReadonlyMap<string, unknown[]>,
  header: CsvHeader,
  names: readonly string[],
  rows: number,
): ColumnTexts {
  const texts: ColumnTexts = {};
  for (const [column, at] of header.at) {
    const values = columns.get(names[at]!) ?? [];
    for (let r = 0; r < rows; r++) {
      const v = values[r];
      if (typeof v !== 'string') values[r] = cellText(v);
    }
    texts[column] = values as string[];
  }
  return texts;
}

/** Rows with a non-blank cell in one of the columns read, as 0-based row indexes. */
export function nonBlankRows(texts: ColumnTexts, rows: number): number[] {
  const columns = Object.values(texts);
  const out: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (const column of columns) {
      const v = column[r]!;
      if (v !== '' && v.trim() !== '') {
        out.push(r);
        break;
      }
    }
  }
  return out;
}
