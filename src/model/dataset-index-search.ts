import type { EngagementEvent, Person } from '../data/schema';
import { SearchableTextBuilder, searchableText } from '../lib/text';

/** Memo entries kept for repeated strings; beyond it a string is folded each time it recurs. */
const MEMO_LIMIT = 200_000;

/** `searchableText`, remembered for strings that recur across events (cities, topics, roles). */
function memoFolded(): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    let out = memo.get(s);
    if (out === undefined) {
      out = searchableText(s);
      if (memo.size < MEMO_LIMIT) memo.set(s, out);
    }
    return out;
  };
}

/** A person's folded name and aliases, by id, each folded once ('' for an unknown id). */
function personFoldedText(personById: ReadonlyMap<string, Person>): (id: string) => string {
  const personText = new Map<string, string>();
  return (id) => {
    let out = personText.get(id);
    if (out === undefined) {
      const person = personById.get(id);
      out = '';
      if (person) {
        const b = new SearchableTextBuilder();
        b.add(person.name);
        for (const alias of person.aliases) b.add(alias);
        out = b.finish();
      }
      personText.set(id, out);
    }
    return out;
  };
}

/**
 * Folded search text per event, built on the first call and kept: title, summary, city,
 * topics, and each participant's names and role.
 */
export function lazySearchText(
  events: readonly EngagementEvent[],
  personById: ReadonlyMap<string, Person>,
): () => string[] {
  let search: string[] | null = null;
  return () => {
    if (search) return search;
    // searchableText(a + ' ' + b) === searchableText(a) + searchableText(b) when neither is
    // blank, so the parts that repeat across events (people, roles, cities, topics) are
    // folded once each, and each event's text is built in one go.
    const folded = memoFolded();
    const personFolded = personFoldedText(personById);
    const b = new SearchableTextBuilder();
    const n = events.length;
    search = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const e = events[i]!;
      b.add(e.title);
      b.add(e.summary);
      if (e.place?.city) b.addFolded(folded(e.place.city));
      for (const t of e.topics) b.addFolded(folded(t));
      for (const p of e.participants) {
        b.addFolded(personFolded(p.personId));
        if (p.role !== '') b.addFolded(folded(p.role));
      }
      search[i] = b.finish();
    }
    return search;
  };
}
