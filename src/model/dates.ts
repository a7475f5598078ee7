import type { DatePrecision } from '../data/schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** "2022", "Nov 2023" or "7 Nov 2023": never more precise than the source allows. */
export function formatEventDate(date: string, precision: DatePrecision, long = false): string {
  const [y, m, d] = date.split('-');
  const months = long ? MONTHS_LONG : MONTHS;
  const month = m ? months[Number(m) - 1] : undefined;
  if (precision === 'year' || !month) return y ?? date;
  if (precision === 'month' || !d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** Sort key that orders partial dates before full dates of the same period. */
export function dateSortKey(date: string): string {
  return date.length === 4 ? `${date}-00-00` : date.length === 7 ? `${date}-00` : date;
}

export function formatYearSpan(first: number | null, last: number | null): string {
  if (first === null || last === null) return '—';
  return first === last ? String(first) : `${first}–${last}`;
}

export function formatIsoDay(date: string): string {
  return formatEventDate(date, 'day');
}

/** Every year from `first` to `last`, inclusive; empty when either is missing. */
export function yearRange(first: number | null, last: number | null): number[] {
  if (first === null || last === null || last < first) return [];
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}

/** "2022–2024", "From 2022", "Up to 2024"; null without a range. */
export function yearRangeLabel(filters: { from: number | null; to: number | null }): string | null {
  if (filters.from !== null && filters.to !== null) return formatYearSpan(filters.from, filters.to);
  if (filters.from !== null) return `From ${filters.from}`;
  if (filters.to !== null) return `Up to ${filters.to}`;
  return null;
}
