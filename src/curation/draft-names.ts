/**
 * Names that are not participants, and names the dataset lacks. The byline ("Qabil Ashirov
 * Read more", "By Azernews") names the author; a person commemorated ("the anniversary of the
 * birth of National Leader Heydar Aliyev", "the monument of…", "laid a wreath at…") was not
 * present. A name the dataset lacks is proposed when a title introduces it ("Serbian Prime
 * Minister Miloš Vučević"), with the role and country the phrase gives.
 */
import type { Dataset, Person } from '../data/schema';
import { slugId } from '../lib/text';
import type { ProposedPerson, SkippedName } from './draft-types';
import { quote } from './draft-text';

export interface Range {
  at: number;
  end: number;
}

const NAME = "\\p{Lu}[\\p{L}?'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}?'’-]+){0,2}";
const READ_MORE_RE = new RegExp(`^[ \\t]*(${NAME})[ \\t]+Read more[ \\t]*$`, 'mu');
const BY_RE = new RegExp(`(?:^|\\n|\\s{2,}|\\d{4}-\\d{2}-\\d{2}\\s+)By\\s+(${NAME})`, 'u');
const AUTHOR_RE = new RegExp(`\\bAuthor:\\s*(${NAME})`, 'u');

/** The byline: the author's name and where it stands. */
export function bylines(text: string): (SkippedName & Range)[] {
  const head = text.slice(0, 2000);
  const out: (SkippedName & Range)[] = [];
  for (const re of [READ_MORE_RE, BY_RE, AUTHOR_RE]) {
    const m = re.exec(head);
    if (!m) continue;
    const name = m[1]!.trim();
    const at = m.index + m[0].indexOf(name);
    out.push({
      name,
      reason: "the article's author (byline), not a participant",
      quote: quote(text, m.index, m.index + m[0].length),
      at,
      end: at + name.length,
    });
  }
  return out;
}

// Not "in honour of": a dinner in someone's honour has them at the table.
const COMMEMORATION_RE =
  /\b(?:anniversary of the birth of|anniversary of|in memory of|memory of|monument (?:of|to)|bust of|grave of|tomb of|memorial to|statue of|commemorat\w*)\s+(?:the\s+)?/gi;
/** Words of a commemorated person's title, dropped before the name. */
const HONORIFIC_RE = /^(?:(?:National|Great|Late|Leader|President|the)\s+)+/u;
const LEADING_NAME_RE = new RegExp(`^(${NAME})`, 'u');

/** Where the article speaks of someone commemorated, with the name when it gives one. */
export function commemorations(
  text: string,
): { range: Range; name: string | null; quote: string }[] {
  const out: { range: Range; name: string | null; quote: string }[] = [];
  for (const m of text.matchAll(COMMEMORATION_RE)) {
    const after = m.index + m[0].length;
    const rest = text.slice(after, after + 80);
    const honorific = HONORIFIC_RE.exec(rest)?.[0] ?? '';
    const named = LEADING_NAME_RE.exec(rest.slice(honorific.length));
    const end = after + honorific.length + (named ? named[1]!.length : 0);
    out.push({
      range: { at: m.index, end: Math.max(end, after + 1) },
      name: named ? named[1]!.trim() : null,
      quote: quote(text, m.index, end),
    });
  }
  return out;
}

export function inRanges(at: number, ranges: readonly Range[]): boolean {
  return ranges.some((r) => at >= r.at && at < r.end);
}

const COUNTRY_WORD: Record<string, string> = {
  azerbaijani: 'Azerbaijan',
  "azerbaijan's": 'Azerbaijan',
  'azerbaijan’s': 'Azerbaijan',
  serbian: 'Serbia',
  "serbia's": 'Serbia',
  'serbia’s': 'Serbia',
};
const POSTS =
  "(?:First\\s+)?(?:Deputy\\s+)?(?:Prime\\s+Minister|Foreign\\s+Minister|Interior\\s+Minister|Defen[cs]e\\s+Minister|President|Speaker|State\\s+Secretary|Ambassador(?:\\s+to\\s+\\p{Lu}\\p{L}+)?|Chargé\\s+d'Affaires|Minister(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+(?:and\\s+)?\\p{Lu}\\p{L}+){0,3})?)";
const TITLE_NAME_RE = new RegExp(
  `(?:\\b(Azerbaijani|Azerbaijan['’]s|Serbian|Serbia['’]s)\\s+)?\\b(${POSTS}(?:\\s+and\\s+${POSTS})?)(?:\\s+of\\s+(Azerbaijan|Serbia))?,?\\s+(\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+)(?![\\p{L}\\p{N}])`,
  'gu',
);
const NOT_NAME_WORDS = new Set([
  'Republic',
  'Ministry',
  'Government',
  'Azerbaijan',
  'Serbia',
  'Trend',
  'Azernews',
]);

export interface TitledName {
  name: string;
  title: string;
  country: string | null;
  at: number;
  end: number;
  quote: string;
}

/** "Serbian Prime Minister Miloš Vučević": a post, its country, and the name it introduces. */
export function titledNames(text: string, dataset: Dataset): TitledName[] {
  const out: TitledName[] = [];
  const countryCode = (name: string | undefined) =>
    name ? (dataset.meta.countries.find((c) => c.name === name)?.code ?? null) : null;
  for (const m of text.matchAll(TITLE_NAME_RE)) {
    const name = m[4]!;
    if (name.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w))) continue;
    const adjective = m[1] ? COUNTRY_WORD[m[1].toLowerCase()] : undefined;
    const ofCountry = m[3];
    const title = m[2]!.replace(/\s+/g, ' ');
    const country = countryCode(adjective ?? ofCountry);
    const countryName = adjective ?? ofCountry;
    const at = m.index + m[0].lastIndexOf(name);
    out.push({
      name,
      title: countryName && !title.includes(countryName) ? `${title} of ${countryName}` : title,
      country,
      at,
      end: at + name.length,
      quote: quote(text, m.index, m.index + m[0].length),
    });
  }
  return out;
}

/** A new person for the dataset from a titled name the dataset does not know. */
export function proposePerson(
  t: TitledName,
  date: string | null,
  taken: Set<string>,
): ProposedPerson | null {
  if (!t.country) return null;
  let id = slugId(t.name, 60);
  if (id === '') return null;
  for (let n = 2; taken.has(id); n++) id = `${slugId(t.name, 56)}-${n}`;
  taken.add(id);
  const ascii = t.name.normalize('NFD').replace(/\p{M}/gu, '');
  const person: Person = {
    id,
    name: t.name,
    aliases: ascii !== t.name ? [ascii] : [],
    country: t.country,
    roles: [{ title: t.title, ...(date ? { asOf: date } : {}) }],
  };
  return {
    person,
    evidence: {
      quote: t.quote,
      confidence: 'medium',
      note: 'Not in the dataset: proposed from the title that introduces the name.',
    },
  };
}
