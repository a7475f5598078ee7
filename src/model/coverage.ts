import type { Coverage, Meta } from '../data/schema';
import { plural } from '../lib/plural';
import { formatEventDate, formatYearSpan } from './dates';

const precisionOf = (date: string) =>
  date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : ('year' as const);

/** "1997–2026": the period the dataset's search covered, or the span of its engagements. */
export function coveragePeriod(
  meta: Pick<Meta, 'coverage'>,
  minYear: number | null,
  maxYear: number | null,
): string {
  const c = meta.coverage;
  if (!c) return formatYearSpan(minYear, maxYear);
  return formatYearSpan(Number(c.from.slice(0, 4)), Number(c.to.slice(0, 4)));
}

/**
 * The header's one-line statement of what the data is, e.g.
 * "1997–2026 · 180 engagements · from public reporting, not exhaustive". It never claims
 * completeness: a dataset without a coverage statement says its coverage is not stated.
 */
export function coverageLine(
  meta: Pick<Meta, 'coverage'>,
  engagements: number,
  minYear: number | null,
  maxYear: number | null,
): string {
  const count = plural(engagements, 'engagement');
  const claim = meta.coverage
    ? 'from public reporting, not exhaustive'
    : 'coverage not stated by the dataset';
  return `${coveragePeriod(meta, minYear, maxYear)} · ${count} · ${claim}`;
}

/** Engagements whose date or place the curators inferred, for the coverage statement. */
export function inferredCounts(
  events: readonly { dateInferred: boolean; placeInferred: boolean }[],
): {
  dates: number;
  places: number;
} {
  let dates = 0;
  let places = 0;
  for (const e of events) {
    if (e.dateInferred) dates++;
    if (e.placeInferred) places++;
  }
  return { dates, places };
}

export interface CoverageFacts {
  period: string;
  method: string;
  lastSearched: string;
  gaps: string[];
}

/** The coverage statement in words, for the "About this data" panel; null when absent. */
export function coverageFacts(coverage: Coverage | undefined): CoverageFacts | null {
  if (!coverage) return null;
  const from = formatEventDate(coverage.from, precisionOf(coverage.from));
  const to = formatEventDate(coverage.to, precisionOf(coverage.to));
  return {
    period: `${from} to ${to}`,
    method: coverage.method,
    lastSearched: formatEventDate(coverage.lastSearched, 'day'),
    gaps: coverage.gaps,
  };
}
