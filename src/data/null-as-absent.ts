/**
 * JSON written by Python (`None`), pandas `to_json` or R `jsonlite` has `null` wherever a
 * value is unknown. In the dataset format `null` means "absent": a field that is `null` is
 * read as if it were missing (an optional field takes its default, a required one is
 * reported by name). The zod schema sees the input after this step; the fast path
 * (fast-dataset.ts) reads `null` as absent itself, so both make the same decision.
 */
import { formatPath, type DatasetIssue } from './dataset-error';

/** Deeper than any field of the format: below it nothing is a dataset field, so leave it. */
const MAX_DEPTH = 6;

export interface WithoutNulls {
  value: unknown;
  /** Paths (as `formatPath` writes them) of the fields that were `null`. */
  nullPaths: Set<string>;
}

/**
 * `input` without its `null` object fields (array items stay: a `null` in a list is a
 * problem of its own). Copy on write: objects without nulls are shared, the input is never
 * changed.
 */
export function withoutNulls(input: unknown): WithoutNulls {
  const nullPaths = new Set<string>();
  const keys: PropertyKey[] = [];
  const walk = (node: unknown, depth: number): unknown => {
    if (typeof node !== 'object' || node === null || depth > MAX_DEPTH) return node;
    if (Array.isArray(node)) {
      let copy: unknown[] | null = null;
      for (let i = 0; i < node.length; i++) {
        keys.push(i);
        const item: unknown = walk(node[i], depth + 1);
        keys.pop();
        if (item !== node[i]) (copy ??= node.slice())[i] = item;
      }
      return copy ?? node;
    }
    const record = node as Record<string, unknown>;
    let copy: Record<string, unknown> | null = null;
    for (const key of Object.keys(record)) {
      const v = record[key];
      keys.push(key);
      if (v === null) {
        nullPaths.add(formatPath(keys));
        copy ??= { ...record };
        delete copy[key];
      } else {
        const next = walk(v, depth + 1);
        if (next !== v) (copy ??= { ...record })[key] = next;
      }
      keys.pop();
    }
    return copy ?? record;
  };
  return { value: walk(input, 0), nullPaths };
}

/** "is required" at a field that was `null` says so: the user wrote the field, just empty. */
export function nullAwareIssues(
  issues: DatasetIssue[],
  nullPaths: ReadonlySet<string>,
): DatasetIssue[] {
  if (nullPaths.size === 0) return issues;
  return issues.map((issue) =>
    issue.reason === 'is required' && nullPaths.has(issue.path)
      ? { path: issue.path, reason: 'is null, but it is required (give it a value)' }
      : issue,
  );
}
