import type { DatasetIndex } from './dataset-index';
import { formatYearSpan } from './dates';
import { FILTER_DIMENSIONS, LIST_DIMENSIONS } from './filter-dimensions';
import { yearRangeLabel } from './dates';
import type { Filters } from './filters';
import { formatInt } from '../lib/format-number';

/** The active filters in words, e.g. "Sectors: Energy, Defence industry · 2020–2024". */
export function describeFilters(filters: Filters, index: DatasetIndex): string {
  const parts: string[] = [];
  for (const d of FILTER_DIMENSIONS) {
    if (d.kind === 'list') {
      const values = filters[d.key];
      if (values.length === 0) continue;
      const word = values.length === 1 ? d.one : d.many;
      parts.push(`${word}: ${values.map((v) => d.label(index, v)).join(', ')}`);
    } else if (d.kind === 'range') {
      const years = yearRangeLabel(filters);
      if (years !== null) parts.push(years);
    } else if (filters.q.trim() !== '') parts.push(`Search: “${filters.q.trim()}”`);
  }
  return parts.length === 0 ? 'All engagements' : parts.join(' · ');
}

/** Drops ids the dataset does not know, so a shared link from another dataset still works. */
export function sanitizeFilters(filters: Filters, index: DatasetIndex): Filters {
  const out = { ...filters };
  for (const d of LIST_DIMENSIONS) {
    const known = d.lookup(index);
    out[d.key] = filters[d.key].filter((v) => known.has(v));
  }
  return out;
}

const citedSources = new WeakMap<DatasetIndex, DatasetIndex['dataset']['sources']>();

/**
 * The sources the engagements cite: the line credits the record, not the pages behind the
 * places table's coordinates (the map names those itself).
 */
function engagementSources(index: DatasetIndex): DatasetIndex['dataset']['sources'] {
  let out = citedSources.get(index);
  if (out === undefined) {
    const { sources, events, places } = index.dataset;
    if (places === undefined) out = sources;
    else {
      const cited = new Set<string>();
      for (const e of events) for (const id of e.sourceIds) cited.add(id);
      out = sources.filter((s) => cited.has(s.id));
    }
    citedSources.set(index, out);
  }
  return out;
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
  const sources = engagementSources(index);
  for (const s of sources) {
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
  const n = sources.length;
  return `Source: ${list} · ${formatInt(n)} source${n === 1 ? '' : 's'} · ${formatYearSpan(
    index.minYear,
    index.maxYear,
  )} · ${index.dataset.meta.title} dataset v${index.dataset.meta.version}`;
}
