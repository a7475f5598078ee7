/**
 * CSV text → records of fields, by papaparse (RFC 4180: fields holding separators, quotes or
 * line breaks are quoted, quotes doubled; CRLF, LF or a lone CR end a record). Ours: which
 * separator the header uses, and where a quote left open starts. Pure; runs in the Web Worker.
 */
import Papa from 'papaparse';

/** Report progress every this many rows. */
export const CSV_PROGRESS_EVERY = 50_000;

/** Characters handed to the parser at a time: progress is reported after each. */
const CHUNK_CHARS = 1 << 20;

export interface CsvRecords {
  /** Every record, blank lines included (as `['']`), so index + 1 is the spreadsheet row. */
  records: string[][];
  /** Row where a quoted field starts that is never closed, or null. */
  unclosedQuoteRow: number | null;
}

/** Splits CSV text into records of fields. Never throws. */
export function parseCsvRecords(
  text: string,
  delimiter = ',',
  onProgress?: (fraction: number) => void,
): CsvRecords {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body === '') return { records: [], unclosedQuoteRow: null };
  const records: string[][] = [];
  let unclosed = false;
  let done = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    // A lone CR, as old Mac files write, is a line end too; papaparse guesses from the text.
    newline: /\r\n|\n/.test(body) ? undefined : '\r',
    quoteChar: '"',
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    chunk: (result: Papa.ParseResult<string[]>) => {
      for (const row of result.data) records.push(row);
      if (result.errors.some((e) => e.code === 'MissingQuotes')) unclosed = true;
      done += CHUNK_CHARS;
      if (onProgress && done < body.length) onProgress(done / body.length);
    },
  } as Papa.ParseConfig<string[]>);
  // The line break after the last record is not a blank record.
  const last = records.at(-1);
  if (/[\r\n]$/.test(body) && last?.length === 1 && last[0] === '') records.pop();
  return { records, unclosedQuoteRow: unclosed ? records.length : null };
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
