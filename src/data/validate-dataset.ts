import type { z } from 'zod';
import { datasetSchema, type Dataset } from './schema';

export interface DatasetIssue {
  /** Where the problem is, e.g. `events[3].participants[0].personId`. */
  path: string;
  reason: string;
}

export type ValidationResult =
  { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function zodIssues(error: z.ZodError): DatasetIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), reason: issue.message }));
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Returns why a date string is not a real date of the stated precision, or null when it is. */
export function dateProblem(date: string, precision: 'year' | 'month' | 'day'): string | null {
  const parts = date.split('-');
  const expected = precision === 'year' ? 1 : precision === 'month' ? 2 : 3;
  if (parts.length !== expected) {
    return `"${date}" does not match datePrecision "${precision}" (expected ${
      ['YYYY', 'YYYY-MM', 'YYYY-MM-DD'][expected - 1]
    })`;
  }
  const [y, m, d] = parts.map(Number) as [number, number?, number?];
  if (y < 1800 || y > 2200) return `year ${y} is out of range 1800–2200`;
  if (m !== undefined && (m < 1 || m > 12)) return `month ${m} does not exist`;
  if (m !== undefined && d !== undefined) {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const max = m === 2 && !leap ? 28 : (DAYS_IN_MONTH[m - 1] ?? 31);
    if (d < 1 || d > max) return `day ${d} does not exist in ${y}-${String(m).padStart(2, '0')}`;
  }
  return null;
}

function checkUnique(
  items: ReadonlyArray<{ id: string }>,
  collection: string,
  issues: DatasetIssue[],
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      issues.push({ path: `${collection}[${i}].id`, reason: `duplicate id "${item.id}"` });
    }
    seen.add(item.id);
  });
  return seen;
}

/** Cross-reference checks that a schema cannot express. */
export function referentialIssues(data: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const sourceIds = checkUnique(data.sources, 'sources', issues);
  const sectorIds = checkUnique(data.sectors, 'sectors', issues);
  const personIds = checkUnique(data.people, 'people', issues);
  checkUnique(data.events, 'events', issues);

  const countries = new Set<string>();
  data.meta.countries.forEach((c, i) => {
    if (countries.has(c.code)) {
      issues.push({ path: `meta.countries[${i}].code`, reason: `duplicate country "${c.code}"` });
    }
    countries.add(c.code);
  });
  data.meta.otherCountries.forEach((c) => countries.add(c.code));
  const checkCountry = (code: string | null | undefined, path: string) => {
    if (code != null && !countries.has(code)) {
      issues.push({
        path,
        reason: `unknown country "${code}" (add it to meta.countries or meta.otherCountries)`,
      });
    }
  };

  data.people.forEach((p, i) => checkCountry(p.country, `people[${i}].country`));
  data.sources.forEach((s, i) => {
    if (s.published === undefined && (s.publishedNote ?? '').trim() === '') {
      issues.push({
        path: `sources[${i}].published`,
        reason: 'is required unless publishedNote says why the date is unknown',
      });
    }
  });
  const pair = new Set(data.meta.countries.map((c) => c.code));

  const visitSides = new Map<
    string,
    { guest: string | null; host: string | null; index: number }
  >();
  data.events.forEach((e, i) => {
    const at = `events[${i}]`;
    const problem = dateProblem(e.date, e.datePrecision);
    if (problem) issues.push({ path: `${at}.date`, reason: problem });
    checkCountry(e.hostCountry, `${at}.hostCountry`);
    checkCountry(e.guestCountry, `${at}.guestCountry`);
    if (e.place) checkCountry(e.place.country, `${at}.place.country`);
    if (e.guestCountry !== null && e.guestCountry === e.hostCountry) {
      issues.push({
        path: `${at}.guestCountry`,
        reason: `guest and host are both "${e.guestCountry}"`,
      });
    }
    if (e.guestCountry !== null && e.hostCountry === null) {
      issues.push({
        path: `${at}.hostCountry`,
        reason: 'a travelling guest needs a hostCountry',
      });
    }
    if (e.hostCountry !== null && !pair.has(e.hostCountry)) {
      issues.push({
        path: `${at}.hostCountry`,
        reason: `"${e.hostCountry}" is not one of the pair; a meeting in a third country has no host or guest (the place says where it was)`,
      });
    }
    if (e.guestCountry !== null && !pair.has(e.guestCountry)) {
      issues.push({
        path: `${at}.guestCountry`,
        reason: `"${e.guestCountry}" is not one of the pair`,
      });
    }
    if (
      e.hostCountry !== null &&
      e.guestCountry !== null &&
      e.place &&
      e.place.country !== e.hostCountry
    ) {
      issues.push({
        path: `${at}.place.country`,
        reason: `a visit hosted by "${e.hostCountry}" cannot take place in "${e.place.country}"`,
      });
    }
    if (e.placeInferred && !e.place) {
      issues.push({ path: `${at}.placeInferred`, reason: 'is true but the event has no place' });
    }
    e.documents.forEach((d, j) => {
      d.signatories.forEach((s, k) => {
        if (!personIds.has(s)) {
          issues.push({
            path: `${at}.documents[${j}].signatories[${k}]`,
            reason: `unknown person "${s}"`,
          });
        }
      });
    });
    e.participants.forEach((p, j) => {
      if (!personIds.has(p.personId)) {
        issues.push({
          path: `${at}.participants[${j}].personId`,
          reason: `unknown person "${p.personId}"`,
        });
      }
      checkCountry(p.country, `${at}.participants[${j}].country`);
    });
    e.sectors.forEach((s, j) => {
      if (!sectorIds.has(s)) {
        issues.push({ path: `${at}.sectors[${j}]`, reason: `unknown sector "${s}"` });
      }
    });
    e.sourceIds.forEach((s, j) => {
      if (!sourceIds.has(s)) {
        issues.push({ path: `${at}.sourceIds[${j}]`, reason: `unknown source "${s}"` });
      }
    });
    if (e.visitId !== null) {
      const first = visitSides.get(e.visitId);
      if (!first) {
        visitSides.set(e.visitId, { guest: e.guestCountry, host: e.hostCountry, index: i });
      } else if (first.guest !== e.guestCountry || first.host !== e.hostCountry) {
        issues.push({
          path: `${at}.visitId`,
          reason: `visit "${e.visitId}" has guest/host ${e.guestCountry ?? 'none'}→${
            e.hostCountry ?? 'none'
          } here but ${first.guest ?? 'none'}→${first.host ?? 'none'} in events[${first.index}]`,
        });
      }
    }
  });
  return issues;
}

/** Parses unknown input into a dataset, or lists every problem as `path: reason`. */
export function validateDataset(input: unknown): ValidationResult {
  const parsed = datasetSchema.safeParse(input, {
    error: (issue) => (issue.input === undefined ? 'is required' : undefined),
  });
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const issues = referentialIssues(parsed.data);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, dataset: parsed.data };
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
