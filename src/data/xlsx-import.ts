/**
 * An Excel workbook (.xlsx) of engagements → dataset, with read-excel-file (loaded only when
 * such a file is opened). The sheet has the CSV's columns (csv-columns.ts) under a header row;
 * the first sheet with that header is read, or the sheet the user named. Cells typed as dates
 * and dates stored as Excel serial numbers (days since 1899-12-30) become `YYYY-MM-DD`; every
 * other cell is read as its text. Row numbers in problems are the sheet's own.
 */
import { readCsvHeader } from './csv-columns';
import type { CsvImport, CsvImportOptions, CsvTable } from './csv-import';
import { emptyImport, tableIssues, tableToDataset } from './csv-import';
import { tooManyRowsReason } from './dataset-limits';
import { errorText } from './dataset-job';

type Cell = string | number | boolean | Date | null | undefined;

const DAY_MS = 86_400_000;
/** Excel's day 0, counted so that serials after February 1900 come out right (its 1900 leap-year bug). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** 1900-01-01 to 2299-12-31: a number in a date column outside this is not a date. */
const SERIAL_RANGE = [1, 146_462] as const;

/** An Excel serial day number → `YYYY-MM-DD` (the time of day is dropped). */
export function excelSerialDay(serial: number): string {
  return new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

const isoDay = (d: Date) => (Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10));

/** A cell's text; in the date column a serial number is read as the day it stands for. */
function cellText(cell: Cell, isDate: boolean): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDay(cell);
  if (typeof cell === 'number') {
    const serial = isDate && Number.isInteger(Math.floor(cell));
    if (serial && cell >= SERIAL_RANGE[0] && cell <= SERIAL_RANGE[1]) return excelSerialDay(cell);
    return String(cell);
  }
  return String(cell);
}

interface Sheet {
  sheet: string;
  data: Cell[][];
}

const plainRow = (row: readonly Cell[]) => row.map((c) => cellText(c, false));

/** The sheet to read: the one named, else the first whose header names the required columns. */
function chooseSheet(sheets: readonly Sheet[], wanted: string | undefined): Sheet | string {
  if (wanted !== undefined) {
    const sheet = sheets.find((s) => s.sheet === wanted);
    if (sheet) return sheet;
    return `has no sheet "${wanted}" (its sheets: ${sheets.map((s) => `"${s.sheet}"`).join(', ')})`;
  }
  const fits = sheets.find((s) => {
    const first = s.data.find((r) => r.some((c) => c !== null && c !== ''));
    return (
      first !== undefined &&
      tableIssues({ header: readCsvHeader(plainRow(first)), rows: [{ row: 2, values: [] }] }) ===
        null
    );
  });
  const sheet = fits ?? sheets[0];
  return sheet ?? 'has no sheets';
}

/** A sheet's rows → the header and the non-blank data rows, with the sheet's row numbers. */
function sheetTable(sheet: Sheet): { table: CsvTable; headerRow: number } | CsvImport {
  const isBlank = (r: readonly Cell[]) => r.every((c) => cellText(c, false).trim() === '');
  const headerAt = sheet.data.findIndex((r) => !isBlank(r));
  if (headerAt === -1) {
    return emptyImport([{ path: '(file)', reason: `sheet "${sheet.sheet}" is empty` }]);
  }
  const header = readCsvHeader(plainRow(sheet.data[headerAt]!));
  const dateAt = header.at.get('date');
  const rows: CsvTable['rows'] = [];
  for (let r = headerAt + 1; r < sheet.data.length; r++) {
    const cells = sheet.data[r]!;
    if (isBlank(cells)) continue;
    rows.push({ row: r + 1, values: cells.map((c, i) => cellText(c, i === dateAt)) });
  }
  return { table: { header, rows }, headerRow: headerAt + 1 };
}

export interface XlsxImportOptions extends CsvImportOptions {
  /** The sheet to read, by name; default the first with the columns of engagements. */
  sheet?: string;
}

/** The chosen sheet's engagements, or the problems that stop them. */
function readSheet(sheet: Sheet, options: XlsxImportOptions): CsvImport {
  const read = sheetTable(sheet);
  if (!('table' in read)) return read;
  const { table, headerRow } = read;
  const tooMany = tooManyRowsReason(table.rows.length);
  if (tooMany !== null) return emptyImport([{ path: '(file)', reason: tooMany }]);
  const issues = tableIssues(table, headerRow);
  if (issues !== null) return emptyImport(issues);
  return tableToDataset(table, options);
}

/**
 * Reads a workbook's sheet of engagements, reporting its sheets and the one read (so another
 * can be chosen). Never throws: a file it cannot read is a problem.
 */
export async function xlsxToDataset(
  buffer: ArrayBuffer,
  options: XlsxImportOptions,
): Promise<CsvImport> {
  let sheets: Sheet[];
  try {
    const { default: readXlsxFile } = await import('read-excel-file/universal');
    sheets = (await readXlsxFile(buffer)) as unknown as Sheet[];
  } catch (error) {
    const reason = `is not an Excel workbook that can be read (.xlsx): ${errorText(error)}`;
    return emptyImport([{ path: '(file)', reason }]);
  }
  const names = sheets.map((s) => s.sheet);
  const sheet = chooseSheet(sheets, options.sheet);
  if (typeof sheet === 'string') {
    return { ...emptyImport([{ path: '(file)', reason: sheet }]), sheets: { names, read: null } };
  }
  return { ...readSheet(sheet, options), sheets: { names, read: sheet.sheet } };
}
