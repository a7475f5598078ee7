/**
 * The problems of one record of a working copy, by field: the same zod schema and
 * cross-reference checks as an opened file (validate-dataset.ts), with each issue's path
 * (`events[3].guestCountry`) turned into the field it names (`guestCountry`).
 */
import { referentialIssues, schemaDataset, type DatasetIssue } from '../data/validate-dataset';
import type { Dataset } from '../data/schema';
import type { Collection } from './working-copy';

/** The lists a file may leave out (the schema's defaults), as the cross-reference checks read them. */
function withListDefaults(d: Dataset): Dataset {
  return {
    ...d,
    meta: { ...d.meta, otherCountries: d.meta.otherCountries ?? [] },
    events: d.events.map((e) => ({
      ...e,
      participants: e.participants ?? [],
      sectors: e.sectors ?? [],
      sourceIds: e.sourceIds ?? [],
      documents: (e.documents ?? []).map((doc) => ({ ...doc, signatories: doc.signatories ?? [] })),
    })),
  };
}

/**
 * Every problem of a working copy: the schema's and the cross-references'. Unlike an opened
 * file, both at once: a form with its type still empty must already say that guest and host
 * are the same. The forms build every list and record, so the checks can read them as they are.
 */
export function datasetIssues(candidate: Dataset): DatasetIssue[] {
  const structural = schemaDataset(candidate);
  if (structural.ok) return referentialIssues(structural.dataset);
  let references: DatasetIssue[] = [];
  try {
    references = referentialIssues(withListDefaults(candidate));
  } catch {
    // A shape the cross-reference checks cannot read: the schema's messages say what is wrong.
  }
  const seen = new Set(structural.issues.map((i) => `${i.path}\n${i.reason}`));
  return [...structural.issues, ...references.filter((i) => !seen.has(`${i.path}\n${i.reason}`))];
}

/** Field path (`guestCountry`, `participants[0].personId`) → reasons, for one record. */
export type FieldIssues = ReadonlyMap<string, readonly string[]>;

/** The issues whose path is inside `collection[index]`, keyed by the path within the record. */
export function recordIssues(
  issues: readonly DatasetIssue[],
  collection: Collection,
  index: number,
): FieldIssues {
  const prefix = `${collection}[${index}]`;
  const out = new Map<string, string[]>();
  for (const { path, reason } of issues) {
    if (path !== prefix && !path.startsWith(`${prefix}.`)) continue;
    const field = path === prefix ? '(record)' : path.slice(prefix.length + 1);
    out.set(field, [...(out.get(field) ?? []), reason]);
  }
  return out;
}

/** The reasons for a field and everything inside it (`participants` covers `participants[0].role`). */
export function issuesUnder(issues: FieldIssues, field: string): string[] {
  const out: string[] = [];
  for (const [path, reasons] of issues) {
    if (path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`)) {
      const where = path === field ? '' : `${partName(path.slice(field.length))}: `;
      out.push(
        ...reasons.map((r) => `${where}${r}${NEXT_STEP.find(([re]) => re.test(r))?.[1] ?? ''}`),
      );
    }
  }
  return out;
}

/** "[0].role" → "item 1, role": the curator counts from one and reads no brackets. */
export function partName(suffix: string): string {
  return suffix
    .replace(/\[(\d+)\]/g, (_, n: string) => `, item ${Number(n) + 1}`)
    .replace(/\./g, ', ')
    .replace(/^, /, '')
    .replace(/^item/, 'Item');
}

/** What the curator can do about a reference the record lacks. */
const NEXT_STEP: [RegExp, string][] = [
  [/^unknown source /, ': save it under Sources first'],
  [/^unknown person /, ': add them under People first'],
  [/^unknown sector /, ': add it under Sectors first'],
];
