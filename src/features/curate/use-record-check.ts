import { useMemo } from 'react';
import type { DatasetIssue } from '../../data/dataset-error';
import { datasetIssues, recordIssues, type FieldIssues } from '../../model/record-issues';
import {
  applyChanges,
  recordEdit,
  recordKey,
  type Collection,
  type RecordOf,
} from '../../model/working-copy';
import { useWorkingCopyStore } from '../../state/working-copy-store';

export interface RecordCheck {
  /** The record's own problems, by field. */
  fields: FieldIssues;
  /** Problems elsewhere the edit would cause (a place no event meets any more, say). */
  elsewhere: DatasetIssue[];
}

const NONE: RecordCheck = { fields: new Map(), elsewhere: [] };

/**
 * The working copy with this edit saved, checked as an opened file is (schema and
 * cross-references): the record's problems by field, to show beside them and block saving.
 */
export function useRecordCheck<C extends Collection>(
  collection: C,
  key: string | null,
  candidate: RecordOf<C> | null,
): RecordCheck {
  const base = useWorkingCopyStore((s) => s.base);
  const changes = useWorkingCopyStore((s) => s.changes);
  return useMemo(() => {
    if (base === null || candidate === null) return NONE;
    const next = applyChanges(base, recordEdit(changes, base, collection, key, candidate));
    const own = recordKey(collection, candidate);
    const list = (next[collection] ?? []) as RecordOf<C>[];
    const index = list.findIndex((r) => recordKey(collection, r) === own);
    const all = datasetIssues(next);
    const prefix = `${collection}[${index}]`;
    return {
      fields: recordIssues(all, collection, index),
      elsewhere: all.filter((i) => i.path !== prefix && !i.path.startsWith(`${prefix}.`)),
    };
  }, [base, changes, collection, key, candidate]);
}
