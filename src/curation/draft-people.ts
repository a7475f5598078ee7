/**
 * The dataset's people in an article: names and aliases matched on folded words (case and
 * diacritics ignored, "?" in the text standing for any letter), the longest name winning. A
 * surname alias that another first name precedes ("Heydar Aliyev" against Ilham Aliyev's
 * "Aliyev") is a different person; an alias shared by several people is settled by the title
 * beside it and the roles held at the date, or kept at low confidence with a note.
 */
import type { Dataset, Person } from '../data/schema';
import type { Confidence } from './draft-types';
import { foldTitle, roleNear } from './draft-roles';
import { isCapitalised, phraseAt, phraseTokens, quote, type Token } from './draft-text';

export interface PersonMention {
  personId: string;
  /** Offsets in the article. */
  at: number;
  end: number;
  quote: string;
  confidence: Confidence;
  note?: string;
}

/** A name that looks like one of the dataset's aliases but is somebody else's. */
export interface OtherName {
  name: string;
  at: number;
  end: number;
  /** Whose alias it resembled. */
  resembles: string;
}

interface AliasEntry {
  tokens: string[];
  personIds: string[];
}

/** Words that may stand before a surname without being a first name. */
const NOT_FIRST_NAMES = new Set(
  (
    'president presidents minister ministers premier prime deputy foreign ambassador secretary ' +
    'speaker chairman chairwoman head mr mrs ms dr general colonel counterpart counterparts ' +
    'serbian azerbaijani azerbaijan serbia serbias azerbaijans state first lieutenant leader ' +
    'said says and with by on in at of the between during after before later when while as ' +
    'director mayor rector envoy aide'
  ).split(' '),
);

function aliasIndex(dataset: Dataset): Map<string, AliasEntry[]> {
  const byWords = new Map<string, AliasEntry>();
  for (const person of dataset.people) {
    for (const name of [person.name, ...person.aliases]) {
      const tokens = phraseTokens(name);
      const joined = tokens.join(' ');
      if (tokens.length === 0 || joined.replace(/\?/g, '').length < 3) continue;
      const entry = byWords.get(joined) ?? { tokens, personIds: [] };
      if (!entry.personIds.includes(person.id)) entry.personIds.push(person.id);
      byWords.set(joined, entry);
    }
  }
  const index = new Map<string, AliasEntry[]>();
  for (const entry of byWords.values()) {
    const first = entry.tokens[0]!;
    index.set(first, [...(index.get(first) ?? []), entry]);
  }
  return index;
}

function candidatesAt(
  index: Map<string, AliasEntry[]>,
  byLength: Map<number, AliasEntry[]>,
  word: string,
) {
  // A garbled word ("vu?i?") may stand for any alias word of its length.
  if (word.includes('?')) return byLength.get(word.length) ?? [];
  return index.get(word) ?? [];
}

interface RawMatch {
  from: number;
  to: number;
  entry: AliasEntry;
}

function longestMatches(tokens: readonly Token[], index: Map<string, AliasEntry[]>): RawMatch[] {
  const byLength = new Map<number, AliasEntry[]>();
  for (const entry of [...index.values()].flat()) {
    const n = entry.tokens[0]!.length;
    byLength.set(n, [...(byLength.get(n) ?? []), entry]);
  }
  const out: RawMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let best: RawMatch | null = null;
    for (const entry of candidatesAt(index, byLength, tokens[i]!.folded)) {
      const to = phraseAt(tokens, i, entry.tokens);
      if (to !== -1 && (!best || to > best.to)) best = { from: i, to, entry };
    }
    if (best) {
      out.push(best);
      i = best.to - 1;
    }
  }
  return out;
}

/** The words before a match that read as its title ("Minister of Defence Industry Guliyev"). */
function contextWords(tokens: readonly Token[], from: number): Set<string> {
  const words = tokens.slice(Math.max(0, from - 8), from).map((t) => t.folded);
  return new Set(foldTitle(words.join(' ')).split(' '));
}

const TITLE_STOP = new Set(['of', 'the', 'and', 'azerbaijan', 'serbia', 'republic', 'a', 'i']);

function titleOverlap(person: Person, date: string | null, context: Set<string>): number {
  const near = roleNear(person, date);
  if (!near) return 0;
  return foldTitle(near.role.title)
    .split(' ')
    .filter((w) => !TITLE_STOP.has(w) && context.has(w)).length;
}

/** One person for an alias several people share, with how sure the choice is. */
function settleAmbiguous(
  ids: readonly string[],
  people: ReadonlyMap<string, Person>,
  date: string | null,
  context: Set<string>,
): { personId: string; confidence: Confidence; note: string } {
  const scored = ids.map((id) => {
    const person = people.get(id)!;
    const near = roleNear(person, date);
    return { id, overlap: titleOverlap(person, date, context), days: near ? near.days : Infinity };
  });
  scored.sort((a, b) => b.overlap - a.overlap || a.days - b.days);
  const [best, next] = scored as [(typeof scored)[number], (typeof scored)[number]];
  const names = ids.map((id) => people.get(id)!.name).join(', ');
  const clear =
    best.overlap > next.overlap || (best.days !== Infinity && best.days + 180 < next.days);
  if (clear) {
    return {
      personId: best.id,
      confidence: 'medium',
      note: `The name is shared by ${names}: chosen by the title beside it and the roles held at the date.`,
    };
  }
  return {
    personId: best.id,
    confidence: 'low',
    note: `The name is shared by ${names}: nothing in the article tells them apart; check who it is.`,
  };
}

const TITLE_HEADS = new Set([
  'minister',
  'ministry',
  'president',
  'ambassador',
  'secretary',
  'speaker',
  'chairman',
  'head',
  'director',
]);
const TITLE_LINKS = new Set(['of', 'the', 'and', 'for']);

/** "Minister of Defence Industry Guliyev": the capitalised words before the name are a post. */
function endsTitlePhrase(tokens: readonly Token[], from: number): boolean {
  let sawLink = false;
  for (let i = from - 1; i >= Math.max(0, from - 7); i--) {
    const t = tokens[i]!;
    if (TITLE_LINKS.has(t.folded)) sawLink = true;
    else if (!isCapitalised(t.raw)) return false;
    else if (TITLE_HEADS.has(t.folded)) return sawLink;
  }
  return false;
}

function isFirstNameBefore(tokens: readonly Token[], from: number, sentenceStarts: Set<number>) {
  const prev = tokens[from - 1];
  if (!prev || sentenceStarts.has(prev.start)) return false;
  if (tokens[from]!.start - prev.end > 1) return false;
  if (endsTitlePhrase(tokens, from)) return false;
  return isCapitalised(prev.raw) && !NOT_FIRST_NAMES.has(prev.folded) && /^\p{L}+$/u.test(prev.raw);
}

export interface PeopleFound {
  mentions: PersonMention[];
  others: OtherName[];
}

/** Every mention of the dataset's people in the tokens, outside the excluded ranges. */
export function findPeople(
  text: string,
  tokens: readonly Token[],
  dataset: Dataset,
  date: string | null,
  sentenceStarts: Set<number>,
): PeopleFound {
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const mentions: PersonMention[] = [];
  const others: OtherName[] = [];
  for (const m of longestMatches(tokens, aliasIndex(dataset))) {
    const at = tokens[m.from]!.start;
    const end = tokens[m.to - 1]!.end;
    const words = quote(text, at, end);
    if (m.entry.tokens.length === 1 && isFirstNameBefore(tokens, m.from, sentenceStarts)) {
      const first = tokens[m.from - 1]!;
      const resembles = m.entry.personIds.map((id) => people.get(id)!.name).join(' or ');
      others.push({ name: quote(text, first.start, end), at: first.start, end, resembles });
      continue;
    }
    if (m.entry.personIds.length === 1) {
      const garbled = tokens.slice(m.from, m.to).some((t) => t.folded.includes('?'));
      mentions.push({
        personId: m.entry.personIds[0]!,
        at,
        end,
        quote: words,
        confidence: garbled ? 'medium' : 'high',
        ...(garbled ? { note: 'Matched a garbled spelling ("?" read as a missing letter).' } : {}),
      });
      continue;
    }
    const settled = settleAmbiguous(m.entry.personIds, people, date, contextWords(tokens, m.from));
    mentions.push({ ...settled, at, end, quote: words });
  }
  return { mentions, others };
}

const TITLE_ONLY_RE =
  /\bthe\s+((?:Deputy\s+)?Minister\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,4})(?:\s+of\s+(Azerbaijan|Serbia))?(?![\s,]+[A-Z][a-z]+\s+[A-Z])/g;

interface Holder {
  person: Person;
  days: number;
}

/** Who held a post near the date, nearest first. */
function holdersOf(title: string, dataset: Dataset, date: string | null): Holder[] {
  const holders: Holder[] = [];
  for (const person of dataset.people) {
    const near = roleNear(person, date);
    if (near && foldTitle(near.role.title).startsWith(title))
      holders.push({ person, days: near.days });
  }
  return holders.sort((a, b) => a.days - b.days);
}

/** "the Minister of Defense Industry": the person holding that post at the date, if one does. */
export function titleOnlyPeople(
  text: string,
  dataset: Dataset,
  date: string | null,
): PersonMention[] {
  const out: PersonMention[] = [];
  const byTitle = new Map<string, Holder[]>();
  for (const m of text.matchAll(TITLE_ONLY_RE)) {
    const title = foldTitle(m[1]!);
    let holders = byTitle.get(title);
    if (!holders) {
      holders = holdersOf(title, dataset, date);
      byTitle.set(title, holders);
    }
    const country = m[2] ? dataset.meta.countries.find((c) => c.name === m[2])?.code : undefined;
    const fit = holders.filter((h) => !country || h.person.country === country);
    if (fit.length === 0) continue;
    const only = fit.length === 1;
    out.push({
      personId: fit[0]!.person.id,
      at: m.index,
      end: m.index + m[0].length,
      quote: quote(text, m.index, m.index + m[0].length),
      confidence: only ? 'medium' : 'low',
      note: only
        ? `Named only by title: ${fit[0]!.person.name} held the post at the date, by the dataset's roles.`
        : `Named only by title; ${fit.map((h) => h.person.name).join(', ')} held such a post near the date.`,
    });
  }
  return out;
}
