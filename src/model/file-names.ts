import type { Dashboard } from './dashboard';
import type { DatasetIndex } from './dataset-index';
import { FILTER_DIMENSIONS } from './filter-dimensions';
import type { Filters } from './filters';
import type { ChartKind } from './chart-spec';
import type { VisitMode } from './visits-view';
import { slugId as slugify } from '../lib/text';

/** What an export holds; the second part of its file name. */
export type ExportWhat = ChartKind | 'events' | 'people' | 'dataset';

/** Longest file name before the extension. */
export const MAX_FILE_STEM = 120;

function yearPart(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return from === to ? String(from) : `${from}-${to}`;
  if (from !== null) return `from-${from}`;
  if (to !== null) return `to-${to}`;
  return '';
}

/**
 * The words after "visit-frequency" that tell one picture of the chart from another: the split
 * (`by-direction`, `by-level`), and `without-contacts` when the hidden contacts bar would
 * have drawn something (hiding an empty bar changes nothing, so the name does not say so).
 */
export function visitFileVariant(
  data: Pick<Dashboard, 'visits'>,
  options: { mode: VisitMode; showContacts: boolean },
): string[] {
  const parts = [`by-${options.mode}`];
  if (!options.showContacts && data.visits.some((v) => v.contacts > 0)) {
    parts.push('without-contacts');
  }
  return parts;
}

/**
 * A file name that says what was exported under which filters, e.g.
 * `az-rs-visit-frequency-by-direction-energy-2020-2024.png`: the dataset id (or a slug of its
 * title), what, how it is drawn (`variant`, see `visitFileVariant`), then sectors, years,
 * directions, types, people and the search (`q-…`). At most `MAX_FILE_STEM` characters before
 * the extension.
 */
export function exportFileName(
  index: DatasetIndex,
  filters: Filters,
  what: ExportWhat,
  ext: string,
  variant: readonly string[] = [],
): string {
  const meta = index.dataset.meta;
  const dataset = slugify(meta.id ?? '') || slugify(meta.title) || 'dataset';
  const parts = [dataset, what, ...variant.map((v) => slugify(v))];
  for (const d of FILTER_DIMENSIONS) {
    if (d.kind === 'list') parts.push(...filters[d.key].map((v) => slugify(v)));
    else if (d.kind === 'range') parts.push(yearPart(filters.from, filters.to));
    else {
      const q = slugify(filters.q);
      if (q !== '') parts.push(`q-${q}`);
    }
  }
  let stem = parts.filter((p) => p !== '').join('-');
  if (stem.length > MAX_FILE_STEM) stem = stem.slice(0, MAX_FILE_STEM).replace(/-+$/, '');
  const extension = slugify(ext.replace(/^\.+/, ''));
  return extension === '' ? stem : `${stem}.${extension}`;
}
