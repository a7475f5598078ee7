import type { DatasetIndex } from './dataset-index';
import type { Filters } from './filters';
import { eventTypeLabel } from '../data/labels';
import { formatYearSpan } from './dates';

function listLabel(name: string, values: string[]): string {
  return `${name}: ${values.join(', ')}`;
}

export function directionLabel(index: DatasetIndex, key: string): string {
  return index.directions[index.directionIndex.get(key) ?? -1]?.label ?? key;
}

/** The active filters in words, e.g. "Sectors: Energy, Defence industry · 2020–2024". */
export function describeFilters(filters: Filters, index: DatasetIndex): string {
  const parts: string[] = [];
  if (filters.sectors.length > 0) {
    parts.push(
      listLabel(
        filters.sectors.length === 1 ? 'Sector' : 'Sectors',
        filters.sectors.map((id) => index.sectorById.get(id)?.label ?? id),
      ),
    );
  }
  if (filters.from !== null || filters.to !== null) {
    if (filters.from !== null && filters.to !== null)
      parts.push(formatYearSpan(filters.from, filters.to));
    else if (filters.from !== null) parts.push(`From ${filters.from}`);
    else parts.push(`Up to ${filters.to}`);
  }
  if (filters.directions.length > 0) {
    parts.push(
      listLabel(
        'Direction',
        filters.directions.map((d) => directionLabel(index, d)),
      ),
    );
  }
  if (filters.types.length > 0) {
    parts.push(
      listLabel(filters.types.length === 1 ? 'Type' : 'Types', filters.types.map(eventTypeLabel)),
    );
  }
  if (filters.people.length > 0) {
    parts.push(
      listLabel(
        filters.people.length === 1 ? 'Person' : 'People',
        filters.people.map((id) => index.personById.get(id)?.name ?? id),
      ),
    );
  }
  if (filters.q.trim() !== '') parts.push(`Search: “${filters.q.trim()}”`);
  return parts.length === 0 ? 'All engagements' : parts.join(' · ');
}

/** Drops ids the dataset does not know, so a shared link from another dataset still works. */
export function sanitizeFilters(filters: Filters, index: DatasetIndex): Filters {
  return {
    sectors: filters.sectors.filter((id) => index.sectorIndex.has(id)),
    from: filters.from,
    to: filters.to,
    directions: filters.directions.filter((d) => index.directionIndex.has(d)),
    types: filters.types.filter((t) => index.typeIndex.has(t)),
    people: filters.people.filter((id) => index.personIndex.has(id)),
    q: filters.q,
  };
}

/** "Trend, Azernews and president.az · 9 sources · 2020–2024 · dataset v1.0.0" */
/** Publishers named in a source line before "and N other publishers". */
export const SOURCE_LINE_PUBLISHERS = 3;

/**
 * "Source: Trend, Azernews and Report.az and 90 other publishers · 318 sources · 1991–2026 ·
 * … dataset v2.0.0": the most cited publishers by name (a publisher's name before any
 * "(via …)" note), so that the line stays one line on a slide however large the record.
 */
export function sourceLine(index: DatasetIndex): string {
  const counts = new Map<string, number>();
  for (const s of index.dataset.sources) {
    const name = s.publisher.replace(/\s*\(.*$/, '').trim() || s.publisher;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // Most cited first; ties keep the order of first appearance.
  const publishers = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  const named = publishers.slice(0, SOURCE_LINE_PUBLISHERS);
  const others = publishers.length - named.length;
  const list =
    named.length === 0
      ? 'no sources'
      : others > 0
        ? `${named.join(', ')} and ${others} other publisher${others === 1 ? '' : 's'}`
        : named.length === 1
          ? named[0]!
          : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  const n = index.dataset.sources.length;
  return `Source: ${list} · ${n.toLocaleString('en-GB')} source${n === 1 ? '' : 's'} · ${formatYearSpan(
    index.minYear,
    index.maxYear,
  )} · ${index.dataset.meta.title} dataset v${index.dataset.meta.version}`;
}
