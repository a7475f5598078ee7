/**
 * Dates as spreadsheets write them → `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Excel shows a date in
 * the locale's form and saves a CSV in that form: `23.12.2024` or `23. 12. 2024.` in Serbia and
 * Azerbaijan, `12/23/2024` in the US, month names in words. A date that could be read two ways
 * (`03/04/2024`) is a problem of its row, never a guess.
 */

export type ReadDate = { iso: string } | { problem: string } | null;

const pad = (n: number) => String(n).padStart(2, '0');

/** Month stems in English, Serbian (Latin and Cyrillic), Azerbaijani and Russian. */
const MONTH_STEMS: readonly (readonly string[])[] = [
  ['jan', 'yan', 'јан', 'янв'],
  ['feb', 'fev', 'феб', 'фев'],
  ['mar', 'мар'],
  ['apr', 'апр'],
  ['may', 'maj', 'мај', 'май', 'мая'],
  ['jun', 'iyun', 'јун', 'июн'],
  ['jul', 'iyul', 'јул', 'июл'],
  ['aug', 'avg', 'avq', 'авг'],
  ['sep', 'sen', 'сеп', 'сен'],
  ['oct', 'okt', 'окт'],
  ['nov', 'noy', 'нов', 'ноя'],
  ['dec', 'dek', 'дец', 'дек'],
];

/** 1–12 for a month's name or abbreviation ("December", "decembra", "dekabr", "дец."), else 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const at = MONTH_STEMS.findIndex((stems) => stems.some((s) => w.startsWith(s)));
  return at + 1;
}

function day(y: number, m: number, d: number): ReadDate {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) {
    return { problem: 'is not a real date' };
  }
  return { iso: `${y}-${pad(m)}-${pad(d)}` };
}

/** `12/23/2024`, `23/12/2024`, `23-12-2024`: whichever side is over 12 is the day. */
function slashed(a: number, b: number, y: number, written: string): ReadDate {
  if (a > 12 && b <= 12) return day(y, b, a);
  if (b > 12 && a <= 12) return day(y, a, b);
  if (a === b) return day(y, a, b);
  if (a > 12) return { problem: 'is not a real date' };
  return {
    problem: `"${written}" could be ${y}-${pad(a)}-${pad(b)} (month first) or ${y}-${pad(b)}-${pad(a)} (day first): write it YYYY-MM-DD or DD.MM.YYYY`,
  };
}

const DOTTED = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?$/;
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/** "23 December 2024", "23. decembar 2024.", "December 23, 2024", "December 2024". */
const DAY_MONTH_YEAR = /^(\d{1,2})\.?\s+([\p{L}]+\.?)\s+(\d{4})\.?$/u;
const MONTH_DAY_YEAR = /^([\p{L}]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/u;
const MONTH_YEAR = /^([\p{L}]+\.?)\s+(\d{4})\.?$/u;

/** Month names: day first, month first, or month and year alone. */
function worded(text: string): ReadDate {
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[2]!);
    return month === 0 ? null : day(Number(m[3]), month, Number(m[1]));
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    return month === 0 ? null : day(Number(m[3]), month, Number(m[2]));
  }
  m = MONTH_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    return month === 0 ? null : { iso: `${m[2]}-${pad(month)}` };
  }
  return null;
}

/**
 * A date cell in any of the forms above → its ISO form; a problem when the form is known but
 * the date is not real or could be read two ways; null when the form is not one of these
 * (ISO text included: the caller checks that as it always did).
 */
export function readLocaleDate(written: string): ReadDate {
  const text = written.trim();
  const stamp = DATE_TIME.exec(text);
  if (stamp) return { iso: stamp[1]! };
  let m = DOTTED.exec(text);
  if (m) return day(Number(m[3]), Number(m[2]), Number(m[1]));
  m = SLASHED.exec(text);
  if (m) return slashed(Number(m[1]), Number(m[2]), Number(m[3]), text);
  return worded(text);
}
