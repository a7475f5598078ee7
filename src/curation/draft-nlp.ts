/**
 * compromise (a small English NLP library) proposes person names that no title rule finds; the
 * draft lists them for the curator rather than guessing who they are. It reads a bounded part
 * of the article, and a failure inside it costs the draft nothing but these hints.
 */
import nlp from 'compromise';
import { foldText } from '../lib/text';

/** compromise reads at most this much: it is far slower than the rules. */
const NLP_CHARS = 20_000;
const MAX_NAMES = 8;
/** Words of a title, which compromise sometimes reads as a name ("First Deputy"). */
const TITLE_WORDS =
  /^(?:First|Deputy|Prime|Minister|President|Foreign|State|Secretary|Ambassador|Speaker|National|Leader|Republic|Serbia|Azerbaijan|Mr|Mrs|Ms|Dr)$/;

/** Warnings naming people compromise finds that the draft has not placed. */
export function extraNames(text: string, known: readonly string[]): string[] {
  let names: string[];
  try {
    names = nlp(text.slice(0, NLP_CHARS)).people().out('array') as string[];
  } catch {
    return [];
  }
  const knownFolded = known.map((k) => foldText(k)).filter((k) => k.length >= 3);
  const extra: string[] = [];
  for (const raw of names) {
    const name = raw.replace(/[^\p{L}\s'’-]/gu, '').trim();
    const words = name.split(/\s+/);
    if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    if (words.some((w) => TITLE_WORDS.test(w))) continue;
    const folded = foldText(name);
    if (knownFolded.some((k) => folded.includes(k) || k.includes(folded))) continue;
    if (!extra.includes(name)) extra.push(name);
  }
  if (extra.length === 0) return [];
  return [
    `Also named, not matched to anyone (check by hand): ${extra.slice(0, MAX_NAMES).join(', ')}.`,
  ];
}
