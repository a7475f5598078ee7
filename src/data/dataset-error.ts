import { plural } from '../lib/plural';
/**
 * What a dataset problem looks like, and the error that carries a list of them. Zod-free:
 * the error card of the first paint needs `DatasetError` without loading the validator.
 */
export interface DatasetIssue {
  /** Where the problem is, e.g. `events[3].participants[0].personId`. */
  path: string;
  reason: string;
}

export type ValidationResult<D> = { ok: true; dataset: D } | { ok: false; issues: DatasetIssue[] };

/** `events[3].date` from the keys `events`, 3, `date`; `(root)` for none. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

export class DatasetError extends Error {
  constructor(
    message: string,
    readonly issues: DatasetIssue[] = [],
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

/** "<origin> is not a valid dataset (N problems)", with the problems. */
export function invalidDataset(origin: string, issues: DatasetIssue[]): DatasetError {
  return new DatasetError(
    `${origin} is not a valid dataset (${plural(issues.length, 'problem')})`,
    issues,
  );
}
