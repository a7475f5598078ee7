import type { Person } from '../data/schema';

/** The most recent role the sources give (by end date, "as of" date, then start date). */
export function latestRole(person: Person): string {
  let best = '';
  let bestKey = '';
  for (const r of person.roles) {
    const key = r.to ?? r.asOf ?? r.from ?? '';
    if (best === '' || key >= bestKey) {
      best = r.title;
      bestKey = key;
    }
  }
  return best;
}
