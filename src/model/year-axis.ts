/** A run of years left off a compact year axis because nothing happened in them. */
export interface SkippedYears {
  from: number;
  to: number;
}

export interface YearAxis {
  years: number[];
  /** Runs of empty years that were left out, oldest first. */
  skipped: SkippedYears[];
}

/** Runs at least this long are left out; shorter gaps stay, so a quiet year still shows. */
export const MIN_SKIPPED_RUN = 3;

/**
 * The years of a grid axis without the long runs of years in which `hasData` finds nothing
 * (a record that starts in 1991 but is quiet until 2009 should not spend half the grid on
 * empty columns). The first and last years always stay.
 */
export function compactYearAxis(
  years: readonly number[],
  hasData: (year: number) => boolean,
  minRun = MIN_SKIPPED_RUN,
): YearAxis {
  const out: number[] = [];
  const skipped: SkippedYears[] = [];
  let i = 0;
  while (i < years.length) {
    const y = years[i]!;
    if (hasData(y) || i === 0 || i === years.length - 1) {
      out.push(y);
      i++;
      continue;
    }
    let j = i;
    while (j < years.length - 1 && !hasData(years[j]!)) j++;
    // years[i .. j-1] are empty (j is the next year with data, or the last year).
    if (j - i >= minRun) skipped.push({ from: y, to: years[j - 1]! });
    else out.push(...years.slice(i, j));
    i = j;
  }
  return { years: out, skipped };
}

/** "1992–1996 and 1998–2008", for a note under the grid. */
export function skippedYearsLabel(skipped: readonly SkippedYears[]): string {
  const parts = skipped.map((s) => (s.from === s.to ? `${s.from}` : `${s.from}–${s.to}`));
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The run of skipped years that ends just before `year` on a compact axis, if any. */
export function skippedBefore(
  skipped: readonly SkippedYears[],
  year: number,
): SkippedYears | undefined {
  return skipped.find((s) => s.to === year - 1);
}
