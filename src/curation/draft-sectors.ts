/**
 * Sectors from the dataset's own lexicon (sectors[].keywords), and topics: a few short noun
 * phrases the article names ("Southern Gas Corridor", "COP29", "Expo-2027"). A keyword of five
 * letters or more is a stem ("pharma" finds "pharmaceutical"); a shorter one must be a whole
 * word, plural allowed ("gas", "arms", "visa").
 */
import type { Dataset } from '../data/schema';
import { foldText } from '../lib/text';
import type { Evidence } from './draft-types';
import { findPhrase, phraseTokens, quote, type Token } from './draft-text';

const STEM_MIN = 5;

function lastWordMatches(word: string, want: string): boolean {
  if (word === want || word === `${want}s` || word === `${want}es`) return true;
  return want.length >= STEM_MIN && word.startsWith(want);
}

export interface SectorHit {
  sectorId: string;
  evidence: Evidence;
  count: number;
}

/** The sectors whose keywords the tokens contain, each with the words found. */
export function findSectors(text: string, tokens: readonly Token[], dataset: Dataset): SectorHit[] {
  const out: SectorHit[] = [];
  for (const sector of dataset.sectors) {
    const found: string[] = [];
    let count = 0;
    for (const keyword of sector.keywords) {
      const words = phraseTokens(keyword);
      if (words.length === 0) continue;
      const hits = findPhrase(tokens, words, lastWordMatches);
      if (hits.length === 0) continue;
      count += hits.length;
      const first = hits[0]!;
      const words0 = quote(text, tokens[first]!.start, tokens[first + words.length - 1]!.end);
      if (!found.includes(words0)) found.push(words0);
    }
    if (found.length === 0) continue;
    out.push({
      sectorId: sector.id,
      count,
      evidence: {
        quote: found.slice(0, 6).join('; '),
        confidence: found.length >= 2 || count >= 3 ? 'high' : 'medium',
        note: `Keywords of the sector "${sector.label}" found ${count} time${count === 1 ? '' : 's'}.`,
      },
    });
  }
  return out.sort((a, b) => b.count - a.count);
}

const MAX_TOPICS = 6;
// Runs of capitalised words, joined by the small words of a name ("Commission on Trade and…").
const CAPITAL_RUN_RE =
  /\b\p{Lu}[\p{L}\d-]*(?:\s+(?:(?:of|on|and|for|the)\s+)*\p{Lu}[\p{L}\d-]*)+/gu;
const CODE_NAME_RE = /\b(?:COP\d{2}|EXPO-?\s?\d{4}|Expo-?\s?\d{4}|[A-Z]{2,6}-\d{2,4})\b/g;
const NOT_TOPIC_WORDS =
  /^(?:The|On|In|At|During|After|Later|According|President|Minister|Prime|Deputy|First|Foreign|Serbian|Azerbaijani|Ambassador|Secretary|State|Republic|Government|Ministry|Read|Follow|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|National|Leader|Presidential|Head|Chargé|Interior|We|I|It|This|Our|But|Because|All|Although|As|Building|Speaking|Detailed|Furthermore|Confidence|Regarding|Minister's)$/;

function isNamedThing(phrase: string, skip: Set<string>): boolean {
  const words = phrase.split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  if (NOT_TOPIC_WORDS.test(words[0]!) || NOT_TOPIC_WORDS.test(words[words.length - 1]!))
    return false;
  // "Romania and Hungary", "COP29 and the Expo-2027": a list of names, not one.
  if (/\band\b/.test(phrase) && !/\b(?:of|on|for)\b/.test(phrase)) return false;
  const folded = foldText(phrase);
  for (const name of skip) if (folded.includes(name) || name.includes(folded)) return false;
  return true;
}

/** A few short noun phrases the article names, not people, places or titles. */
export function findTopics(
  text: string,
  skipNames: readonly string[],
): { topics: string[]; evidence: Evidence[] } {
  const skip = new Set(skipNames.map((n) => foldText(n)).filter((n) => n.length >= 3));
  const seen = new Set<string>();
  const found: { at: number; phrase: string }[] = [];
  const add = (phrase: string, at: number) => {
    const key = foldText(phrase).replace(/[\s-]+/g, '');
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ at, phrase });
  };
  for (const m of text.matchAll(CODE_NAME_RE)) add(m[0], m.index);
  for (const m of text.matchAll(CAPITAL_RUN_RE)) {
    const phrase = m[0].replace(/\s+/g, ' ').replace(/^(?:The|the)\s+/, '');
    if (isNamedThing(phrase, skip)) add(phrase, m.index);
  }
  found.sort((a, b) => a.at - b.at);
  const picked = found.slice(0, MAX_TOPICS);
  return {
    topics: picked.map((f) => f.phrase),
    evidence: picked.map((f) => ({ quote: f.phrase, confidence: 'medium' as const })),
  };
}
