import type { Person, Role } from '../data/schema';
import type { DatasetIndex } from './dataset-index';
import { formatEventDate } from './dates';
import { foldText } from '../lib/text';

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

/**
 * Signs that a spelling was garbled on its way into the record: "?" or U+FFFD where a letter
 * could not be encoded ("Vu?i?"), or UTF-8 read as Latin-1 or Windows-1252 (mojibake: "Ä‡"
 * for "ć", "Ã©" for "é"), a lead byte's letter followed by a continuation byte's symbol.
 */
const GARBLED_RE =
  /[?\uFFFD]|[ÂÃÄÅÆÐÑØÙ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/;

/** Whether a spelling shows signs of a broken encoding rather than a real way of writing it. */
export function isGarbledSpelling(text: string): boolean {
  return GARBLED_RE.test(text);
}

const isAscii = (s: string) => /^[\x20-\x7E]*$/.test(s);

/**
 * The other spellings a reader is shown ("Also written: …"): real ones only. Garbled ones,
 * the name again without its diacritics ("Aleksandar Vucic" for Aleksandar Vučić) and a
 * plain-ASCII copy of another spelling ("Vucic" beside "Vučić") are left out. Search still
 * reads every alias as recorded, garbled or not.
 */
export function readableAliases(person: Person): string[] {
  const name = foldText(person.name.trim());
  const spellings = person.aliases
    .map((a) => a.trim())
    .filter((a) => a !== '' && !isGarbledSpelling(a));
  const accented = new Set(spellings.filter((a) => !isAscii(a)).map(foldText));
  const out: string[] = [];
  for (const alias of spellings) {
    const folded = foldText(alias);
    if (folded === name || out.includes(alias)) continue;
    if (isAscii(alias) && accented.has(folded)) continue;
    out.push(alias);
  }
  return out;
}
