/**
 * People's roles at a date, and a role title's rank (LEVELS): the draft resolves a
 * title-only mention ("the Minister of Defense Industry") and an ambiguous surname through
 * them, and sets an engagement's level from the travelling side's highest rank.
 */
import type { Level, Person, Role } from '../data/schema';
import { foldText } from '../lib/text';

const DAY_MS = 86_400_000;
/** A role recorded further than this from the date is no evidence of who held it then. */
const ROLE_WINDOW_DAYS = 3 * 366;

/** Folded title with the American spellings the sources mix in ("Defense") made British. */
export function foldTitle(title: string): string {
  return foldText(title)
    .replace(/\bdefense\b/g, 'defence')
    .replace(/\blabor\b/g, 'labour')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const starts = new Map<string, number | null>();

function startOf(partial: string | undefined): number | null {
  if (!partial) return null;
  let t = starts.get(partial);
  if (t === undefined) {
    const [y, m = '01', d = '01'] = partial.split('-');
    const parsed = Date.parse(`${y}-${m}-${d}T00:00:00Z`);
    t = Number.isNaN(parsed) ? null : parsed;
    if (starts.size < 10_000) starts.set(partial, t);
  }
  return t;
}

/** How far, in days, the role is from the date (0 when it spans it); null when undated. */
export function roleDistance(role: Role, date: string | null): number | null {
  const at = date ? startOf(date) : null;
  if (at === null) return null;
  const from = startOf(role.from);
  const to = startOf(role.to);
  if (from !== null && from <= at && (to === null || at <= to)) return 0;
  const marks = [startOf(role.asOf), from, to].filter((t): t is number => t !== null);
  if (marks.length === 0) return null;
  return Math.min(...marks.map((t) => Math.abs(t - at) / DAY_MS));
}

/** The role the person held nearest the date (the last one listed when undated). */
export function roleAt(person: Person, date: string | null): Role | null {
  let best: Role | null = null;
  let bestDistance = Infinity;
  for (const role of person.roles) {
    const d = roleDistance(role, date);
    if (d !== null && d < bestDistance) {
      best = role;
      bestDistance = d;
    }
  }
  return best ?? person.roles[person.roles.length - 1] ?? null;
}

/** The role within the window around the date, or null. */
export function roleNear(person: Person, date: string | null): { role: Role; days: number } | null {
  let best: { role: Role; days: number } | null = null;
  for (const role of person.roles) {
    const d = roleDistance(role, date);
    if (d !== null && d <= ROLE_WINDOW_DAYS && (!best || d < best.days)) best = { role, days: d };
  }
  return best;
}

/** The rank of a role title (LEVELS), or null when it names no post. */
export function levelOfTitle(title: string): Level | null {
  const t = foldTitle(title);
  if (t === '') return null;
  if (
    /\bpresident\b/.test(t) &&
    !/\b(vice president|presidential)\b/.test(t) &&
    !/\bof (socar|the company)\b/.test(t)
  ) {
    if (!/\bpresident of the (national assembly|parliament)\b/.test(t)) return 'head-of-state';
  }
  if (/\bprime minister\b/.test(t) && !/\b(deputy|vice) prime minister\b/.test(t))
    return 'head-of-government';
  if (/\b(speaker|national assembly|milli majlis|parliament)\b/.test(t) && !/\bmember\b/.test(t))
    return 'parliament';
  if (
    /\b(foreign minister|minister of foreign affairs)\b/.test(t) &&
    !/\b(deputy|vice) (foreign minister|minister of foreign)/.test(t)
  ) {
    return 'foreign-minister';
  }
  if (/\bminister\b/.test(t) && !/\b(deputy|vice|assistant) minister\b/.test(t)) return 'minister';
  if (/\bdeputy prime minister\b/.test(t)) return 'minister';
  return 'official';
}

/** The highest of some levels (LEVELS is ordered from the highest). */
export function highestLevel(
  levels: readonly (Level | null)[],
  order: readonly Level[],
): Level | null {
  let best: Level | null = null;
  for (const l of levels) {
    if (l !== null && (best === null || order.indexOf(l) < order.indexOf(best))) best = l;
  }
  return best;
}
