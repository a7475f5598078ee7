import type { DatasetIndex } from './dataset-index';
import type { Filters } from './filters';
import { eventTypeLabel } from './labels';
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
export function sourceLine(index: DatasetIndex): string {
  const publishers = [...new Set(index.dataset.sources.map((s) => s.publisher))];
  const articles = index.dataset.sources.length;
  const pubs =
    publishers.length <= 1
      ? (publishers[0] ?? 'no sources')
      : `${publishers.slice(0, -1).join(', ')} and ${publishers[publishers.length - 1]}`;
  return `Source: ${pubs} · ${articles} article${articles === 1 ? '' : 's'} · ${formatYearSpan(
    index.minYear,
    index.maxYear,
  )} · ${index.dataset.meta.title} dataset v${index.dataset.meta.version}`;
}
