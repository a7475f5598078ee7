import type { DatePrecision } from '../data/schema';

const DAY_MS = 86_400_000;
/** Higher is more precise: a day beats a month beats a year. */
export const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

export const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The precision a date string can actually carry: "2022-12" is never more than a month. */
export function effectivePrecision(date: string, precision: DatePrecision): DatePrecision {
  // Dates are YYYY, YYYY-MM or YYYY-MM-DD (the schema checks it).
  const available: DatePrecision = date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
  return PRECISION_RANK[available] < PRECISION_RANK[precision] ? available : precision;
}

/**
 * Where in its year a date falls, 0 … 1: the middle of its day, the middle of its month for
 * month precision, and the middle of the year (0.5) for year precision.
 */
export function yearFraction(date: string, precision: DatePrecision): number {
  const [ys, ms, ds] = date.split('-');
  const y = Number(ys);
  const m = Number(ms);
  const p = effectivePrecision(date, precision);
  if (p === 'year' || !Number.isInteger(m) || m < 1 || m > 12 || !Number.isFinite(y)) return 0.5;
  const start = Date.UTC(y, 0, 1);
  const yearDays = (Date.UTC(y + 1, 0, 1) - start) / DAY_MS;
  const monthStart = (Date.UTC(y, m - 1, 1) - start) / DAY_MS;
  const monthDays = (Date.UTC(y, m, 1) - Date.UTC(y, m - 1, 1)) / DAY_MS;
  const d = Number(ds);
  if (p === 'month' || !Number.isInteger(d) || d < 1 || d > monthDays) {
    return (monthStart + monthDays / 2) / yearDays;
  }
  return (monthStart + d - 0.5) / yearDays;
}

/** A date's place on an axis of whole years minYear … maxYear, 0 … 1 (clamped). */
export function timelinePosition(
  date: string,
  precision: DatePrecision,
  minYear: number,
  maxYear: number,
): number {
  const span = maxYear - minYear + 1;
  if (!(span >= 1)) return 0.5;
  const y = Number(date.slice(0, 4));
  return clamp01((y - minYear + yearFraction(date, precision)) / span);
}
