/**
 * CSV text → records of fields (RFC 4180): fields holding commas, quotes or line breaks are
 * quoted, quotes doubled; CRLF, LF or a lone CR end a record. Pure; runs in the Web Worker.
 */

/** Report progress every this many rows. */
export const CSV_PROGRESS_EVERY = 50_000;

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

export interface CsvRecords {
  /** Every record, blank lines included (as `['']`), so index + 1 is the spreadsheet row. */
  records: string[][];
  /** Row where a quoted field starts that is never closed, or null. */
  unclosedQuoteRow: number | null;
}

/** Splits CSV text into records of fields. Never throws; a stray quote mid-field is kept. */
export function parseCsvRecords(
  text: string,
  delimiter = ',',
  onProgress?: (fraction: number) => void,
): CsvRecords {
  const records: string[][] = [];
  const n = text.length;
  const D = delimiter.charCodeAt(0);
  let i = n > 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (i >= n) return { records, unclosedQuoteRow: null };
  let record: string[] = [];
  let nextReport = CSV_PROGRESS_EVERY;
  for (;;) {
    let field: string;
    if (i < n && text.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      field = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          record.push(field + text.slice(j));
          records.push(record);
          return { records, unclosedQuoteRow: records.length };
        }
        field += text.slice(j, q);
        if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
          field += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // Anything between the closing quote and the next separator is kept as written.
      let k = j;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === D || c === CR || c === LF) break;
        k++;
      }
      if (k > j) field += text.slice(j, k);
      i = k;
    } else {
      let k = i;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === D || c === CR || c === LF) break;
        k++;
      }
      field = text.slice(i, k);
      i = k;
    }
    record.push(field);
    if (i >= n) {
      records.push(record);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === D) {
      i++;
      continue;
    }
    // A line break: CRLF, LF or a lone CR.
    i += c === CR && i + 1 < n && text.charCodeAt(i + 1) === LF ? 2 : 1;
    records.push(record);
    record = [];
    if (onProgress && records.length >= nextReport) {
      nextReport += CSV_PROGRESS_EVERY;
      onProgress(i / n);
    }
    if (i >= n) break;
  }
  return { records, unclosedQuoteRow: null };
}

/** The column separator of the header line: ",", or ";" / tab when those clearly win. */
export function sniffDelimiter(text: string): string {
  let end = text.indexOf('\n');
  if (end === -1) end = text.length;
  const line = text.slice(0, Math.min(end, 10_000));
  const count = (ch: string) => line.split(ch).length - 1;
  const commas = count(',');
  const semicolons = count(';');
  const tabs = count('\t');
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}
