import type { EngagementEvent } from '../data/schema';

/** Engagements that share a marker: one trip, one contact, or a year of one direction. */
export interface TimelineGroup {
  key: string;
  events: EngagementEvent[];
  /** True for a year's engagements of one direction (see `mergeYear`). */
  byYear: boolean;
}

const yearOf = (g: TimelineGroup) => g.events[0]!.date.slice(0, 4);

/**
 * The year whose markers crowd the axis most: the most groups that merging would make fewer
 * (more groups than directions), the latest of equals; null when no year is left to merge.
 */
export function densestYear(
  groups: readonly TimelineGroup[],
  directionOf: (e: EngagementEvent) => string,
): string | null {
  const perYear = new Map<string, { groups: number; directions: Set<string> }>();
  for (const g of groups) {
    if (g.byYear) continue;
    const y = yearOf(g);
    const entry = perYear.get(y) ?? { groups: 0, directions: new Set<string>() };
    entry.groups += 1;
    entry.directions.add(directionOf(g.events[0]!));
    perYear.set(y, entry);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [y, { groups: n, directions }] of perYear) {
    if (n <= directions.size) continue;
    if (n > bestCount || (n === bestCount && best !== null && y > best)) {
      best = y;
      bestCount = n;
    }
  }
  return best;
}

/** `groups` with those of `year` merged into one group per direction, in their first order. */
export function mergeYear(
  groups: readonly TimelineGroup[],
  year: string,
  directionOf: (e: EngagementEvent) => string,
): TimelineGroup[] {
  const out: TimelineGroup[] = [];
  const merged = new Map<string, TimelineGroup>();
  for (const g of groups) {
    if (yearOf(g) !== year) {
      out.push(g);
      continue;
    }
    const direction = directionOf(g.events[0]!);
    let target = merged.get(direction);
    if (!target) {
      target = { key: `year:${year}|${direction}`, events: [], byYear: true };
      merged.set(direction, target);
      out.push(target);
    }
    target.events.push(...g.events);
  }
  return out;
}
