import type { DatasetIndex } from './dataset-index';
import { FILTER_DIMENSIONS } from './filter-dimensions';
import type { Filters } from './filters';
import type { ChartViewId } from './views';
import { slugId as slugify } from '../lib/text';

/** What an export holds; the second part of its file name. */
export type ExportWhat = ChartViewId | 'events' | 'people' | 'dataset';

/** Longest file name before the extension. */
export const MAX_FILE_STEM = 120;

function yearPart(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return from === to ? String(from) : `${from}-${to}`;
  if (from !== null) return `from-${from}`;
  if (to !== null) return `to-${to}`;
  return '';
}

/**
 * A file name that says what was exported under which filters, e.g.
 * `az-rs-visit-frequency-energy-2020-2024.png`: the dataset id (or a slug of its title), what,
 * then sectors, years, directions, types, people and the search (`q-…`). At most
 * `MAX_FILE_STEM` characters before the extension.
 */
export function exportFileName(
  index: DatasetIndex,
  filters: Filters,
  what: ExportWhat,
  ext: string,
): string {
  const meta = index.dataset.meta;
  const dataset = slugify(meta.id ?? '') || slugify(meta.title) || 'dataset';
  const parts = [dataset, what];
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
