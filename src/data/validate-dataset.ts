/**
 * Unknown input → a dataset, or every problem as `path: reason`. Well-formed input takes the
 * hand-written fast path (fast-dataset.ts, same decision and same output as the schema);
 * anything else goes through the zod schema, which names each problem precisely.
 */
import type { z } from 'zod';
import { referentialIssues } from './dataset-checks';
import { formatPath, type DatasetIssue, type ValidationResult as Result } from './dataset-error';
import { datasetSchema } from './dataset-schema';
import { fastValidate } from './fast-dataset';
import { nullAwareIssues, withoutNulls } from './null-as-absent';
import type { Dataset } from './schema';

export { DatasetError, formatPath, type DatasetIssue } from './dataset-error';
export { dateProblem, referentialIssues } from './dataset-checks';

export type ValidationResult = Result<Dataset>;

function zodIssues(error: z.ZodError): DatasetIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), reason: issue.message }));
}

/** The schema's verdict alone (no fast path): the reference the fast path is tested against. */
export function schemaDataset(
  input: unknown,
): { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] } {
  // `null` means absent (null-as-absent.ts): the schema reads the input without its nulls.
  const { value, nullPaths } = withoutNulls(input);
  const parsed = datasetSchema().safeParse(value, {
    error: (issue) => (issue.input === undefined ? 'is required' : undefined),
  });
  if (!parsed.success) {
    return { ok: false, issues: nullAwareIssues(zodIssues(parsed.error), nullPaths) };
  }
  return { ok: true, dataset: parsed.data };
}

/** Parses unknown input into a dataset, or lists every problem as `path: reason`. */
export function validateDataset(input: unknown): ValidationResult {
  const fast = fastValidate(input);
  if (fast !== null) return fast;
  const structural = schemaDataset(input);
  if (!structural.ok) return structural;
  const issues = referentialIssues(structural.dataset);
  if (issues.length > 0) return { ok: false, issues };
  return structural;
}
