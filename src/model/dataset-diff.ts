/**
 * What a working copy changed against the dataset it was opened from, record by record and
 * field by field, and the same as a Markdown change list to keep beside the downloaded file.
 */
import type { Dataset } from '../data/schema';
import { recordKey, type Collection, type RecordOf } from './working-copy';

export interface RecordDiff {
  collection: Collection;
  key: string;
  kind: 'added' | 'changed' | 'removed';
  /** The top-level fields whose value differs (every field of an added or removed record). */
  fields: string[];
}

const text = (value: unknown) => JSON.stringify(value);

/** The fields of two versions of a record whose values differ, in the newer's key order. */
export function changedFields(before: object | null, after: object | null): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !(k in b))];
  return keys.filter((k) => text(a[k]) !== text(b[k]));
}

function diffCollection(base: Dataset, next: Dataset, collection: Collection): RecordDiff[] {
  type R = RecordOf<Collection>;
  const before = new Map<string, R>();
  for (const r of (base[collection] ?? []) as R[]) before.set(recordKey(collection, r), r);
  const after = new Map<string, R>();
  for (const r of (next[collection] ?? []) as R[]) after.set(recordKey(collection, r), r);
  const out: RecordDiff[] = [];
  for (const [key, r] of after) {
    const old = before.get(key);
    if (old === undefined) out.push({ collection, key, kind: 'added', fields: Object.keys(r) });
    else {
      const fields = changedFields(old, r);
      if (fields.length > 0) out.push({ collection, key, kind: 'changed', fields });
    }
  }
  for (const [key, r] of before) {
    if (!after.has(key)) out.push({ collection, key, kind: 'removed', fields: Object.keys(r) });
  }
  return out;
}

/** Every record added, changed or removed, collection by collection in the file's order. */
export function datasetDiff(base: Dataset, next: Dataset): RecordDiff[] {
  const order: Collection[] = ['sources', 'sectors', 'people', 'places', 'events'];
  return order.flatMap((c) => diffCollection(base, next, c));
}

const HEADINGS: Record<RecordDiff['kind'], string> = {
  added: 'Added',
  changed: 'Changed',
  removed: 'Removed',
};

/** The change list as Markdown: added, changed and removed records by collection, id and field. */
export function changeListMarkdown(base: Dataset, next: Dataset, fileName: string): string {
  const diffs = datasetDiff(base, next);
  const lines = [`# Changes to ${fileName}`, ''];
  if (diffs.length === 0) return [...lines, 'No changes.', ''].join('\n');
  for (const kind of ['added', 'changed', 'removed'] as const) {
    const mine = diffs.filter((d) => d.kind === kind);
    if (mine.length === 0) continue;
    lines.push(`## ${HEADINGS[kind]} (${mine.length})`, '');
    for (const d of mine) {
      const fields = kind === 'changed' ? `: ${d.fields.join(', ')}` : '';
      lines.push(`- ${d.collection} \`${d.key}\`${fields}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
