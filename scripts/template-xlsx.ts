/**
 * Writes public/data/template.xlsx: the CSV template (public/data/template.csv) as an Excel
 * workbook, its day-precision dates as real date cells (Excel keeps them as serial numbers).
 * Run `npx tsx scripts/template-xlsx.ts` after changing the CSV template; a unit test checks
 * that both templates open as the same dataset. write-excel-file runs here, at build time only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { parseCsvRecords } from '../src/data/csv-records';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/** A `YYYY-MM-DD` cell as an Excel date; any other text as text. */
export function workbookCell(text: string, isDate: boolean, format = 'yyyy-mm-dd'): Cell {
  if (isDate && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return { value: new Date(`${text}T00:00:00Z`), type: Date, format };
  }
  return text === '' ? null : { value: text, type: String };
}

/** CSV records (header first) → sheet data, with the `date` column as date cells. */
export function sheetFromRecords(records: readonly string[][], format?: string): SheetData {
  const [header = [], ...rows] = records;
  const dateAt = header.findIndex((h) => h.replace(/^\uFEFF/, '').trim() === 'date');
  return [
    header.map((h) => workbookCell(h.replace(/^\uFEFF/, ''), false)),
    ...rows.map((r) => r.map((c, i) => workbookCell(c, i === dateAt, format))),
  ];
}

export async function workbookBytes(sheets: { sheet: string; data: SheetData }[]): Promise<Buffer> {
  return writeXlsxFile(sheets).toBuffer();
}

async function main() {
  const csv = readFileSync(resolve(ROOT, 'public/data/template.csv'), 'utf8');
  const data = sheetFromRecords(parseCsvRecords(csv).records);
  const bytes = await workbookBytes([{ sheet: 'Engagements', data }]);
  writeFileSync(resolve(ROOT, 'public/data/template.xlsx'), bytes);
  console.log(`public/data/template.xlsx: ${bytes.length} bytes`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
