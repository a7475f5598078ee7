import type { Person, Role } from '../data/schema';
import type { DatasetIndex } from './dataset-index';
import { formatEventDate } from './dates';

/**
 * The person whose details the people view shows: the most recently selected one (the last
 * in the filter) that the dataset knows, or null.
 */
export function activePerson(index: DatasetIndex, selected: readonly string[]): Person | null {
  for (let i = selected.length - 1; i >= 0; i--) {
    const person = index.personById.get(selected[i]!);
    if (person) return person;
  }
  return null;
}

/** A role's dates in words: "as of 7 Nov 2023", "7 Nov 2023 – 1 Jan 2024", "since …", "until …". */
export function formatRoleDates(role: Role): string {
  const day = (d: string) => formatEventDate(d, 'day');
  const parts: string[] = [];
  if (role.from && role.to) parts.push(`${day(role.from)} – ${day(role.to)}`);
  else if (role.from) parts.push(`since ${day(role.from)}`);
  else if (role.to) parts.push(`until ${day(role.to)}`);
  if (role.asOf) parts.push(`as of ${day(role.asOf)}`);
  return parts.join(', ');
}

/** Roles oldest first (by their earliest known date); undated roles keep their order at the end. */
export function rolesOverTime(person: Person): Role[] {
  const key = (r: Role) => r.from ?? r.asOf ?? r.to ?? '\uffff';
  return person.roles
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const ka = key(a.r);
      const kb = key(b.r);
      return ka < kb ? -1 : ka > kb ? 1 : a.i - b.i;
    })
    .map((x) => x.r);
}

/** Aliases worth showing: not empty, not the name itself, no duplicates. */
export function displayAliases(person: Person): string[] {
  const seen = new Set<string>([person.name.trim()]);
  const out: string[] = [];
  for (const raw of person.aliases) {
    const a = raw.trim();
    if (a === '' || seen.has(a)) continue;
    seen.add(a);
    out.push(a);
  }
  return out;
}
