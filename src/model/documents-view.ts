import type { DocumentKind } from '../data/schema';
import type { FilterMask } from './filter-dimensions';
import type { DatasetIndex } from './dataset-index';

export interface DocumentsYear {
  year: number;
  /** Documents signed that year at engagements that pass every filter. */
  documents: number;
  byKind: Partial<Record<DocumentKind, number>>;
}

/**
 * Documents signed per year (agreements, memoranda, declarations…), over the engagements
 * that pass every filter; only years with at least one document, oldest first.
 */
export function documentsByYear(index: DatasetIndex, mask: FilterMask): DocumentsYear[] {
  const byYear = new Map<number, DocumentsYear>();
  for (let i = 0; i < index.n; i++) {
    if (mask[i] !== 0 || index.eventDocuments[i] === 0) continue;
    const y = index.year[i]!;
    let row = byYear.get(y);
    if (!row) {
      row = { year: y, documents: 0, byKind: {} };
      byYear.set(y, row);
    }
    for (const d of index.events[i]!.documents) {
      row.documents++;
      row.byKind[d.kind] = (row.byKind[d.kind] ?? 0) + 1;
    }
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
