/**
 * A working copy as the dataset it was opened from plus one pending change per record: the
 * record as it was (null for a new one) and as it is now (null when deleted). Pure, so the
 * store, the dashboard and the download all read the same copy.
 */
import type { Dataset } from '../data/schema';

export const COLLECTIONS = ['events', 'people', 'sources', 'sectors', 'places'] as const;
export type Collection = (typeof COLLECTIONS)[number];
export type RecordOf<C extends Collection> = NonNullable<Dataset[C]>[number];
type AnyRecord = RecordOf<Collection>;

export interface Change<C extends Collection = Collection> {
  collection: C;
  /** The record's key in the opened dataset (a new record's own key). */
  key: string;
  before: RecordOf<C> | null;
  after: RecordOf<C> | null;
}

/** A record's key: its id, or for a place its city and country. */
export function recordKey(collection: Collection, record: AnyRecord): string {
  if (collection === 'places') {
    const p = record as RecordOf<'places'>;
    return `${p.city}, ${p.country}`;
  }
  return (record as { id: string }).id;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Where a new event goes: after the last one of the same or an earlier date (the file is by date). */
function eventSlot(events: readonly RecordOf<'events'>[], date: string): number {
  let at = events.length;
  while (at > 0 && events[at - 1]!.date > date) at -= 1;
  return at;
}

function applyOne(list: AnyRecord[], change: Change): AnyRecord[] {
  const at = list.findIndex((r) => recordKey(change.collection, r) === change.key);
  if (change.after === null) return at < 0 ? list : list.filter((_, i) => i !== at);
  if (at >= 0) return list.map((r, i) => (i === at ? change.after! : r));
  const slot =
    change.collection === 'events'
      ? eventSlot(list as RecordOf<'events'>[], (change.after as RecordOf<'events'>).date)
      : list.length;
  return [...list.slice(0, slot), change.after, ...list.slice(slot)];
}

/** The opened dataset with the pending changes applied. */
export function applyChanges(base: Dataset, changes: readonly Change[]): Dataset {
  if (changes.length === 0) return base;
  const out: Record<string, unknown> = { ...base };
  for (const collection of COLLECTIONS) {
    const mine = changes.filter((c) => c.collection === collection);
    if (mine.length === 0) continue;
    out[collection] = mine.reduce(applyOne, [...((base[collection] ?? []) as AnyRecord[])]);
  }
  return out as unknown as Dataset;
}

/**
 * The pending changes after one more confirmed edit of a record (`key` is its key in the
 * working copy): merged into that record's change, and dropped once the record is back as
 * it was opened.
 */
export function recordEdit<C extends Collection>(
  changes: readonly Change[],
  base: Dataset,
  collection: C,
  key: string | null,
  after: RecordOf<C> | null,
): Change[] {
  const existing = changes.find(
    (c) =>
      c.collection === collection &&
      key !== null &&
      (c.after ? recordKey(collection, c.after) === key : c.key === key),
  );
  const rest = changes.filter((c) => c !== existing);
  const opened = existing
    ? existing.before
    : key === null
      ? null
      : (((base[collection] ?? []) as AnyRecord[]).find((r) => recordKey(collection, r) === key) ??
        null);
  if (opened === null && after === null) return rest;
  if (opened !== null && after !== null && same(opened, after)) return rest;
  const changeKey = opened ? recordKey(collection, opened) : recordKey(collection, after!);
  const change = { collection, key: changeKey, before: opened, after } as Change;
  return existing ? changes.map((c) => (c === existing ? change : c)) : [...rest, change];
}

/** What a change does, in words for the pending list. */
export function changeKind(change: Change): 'added' | 'changed' | 'removed' {
  if (change.before === null) return 'added';
  return change.after === null ? 'removed' : 'changed';
}
