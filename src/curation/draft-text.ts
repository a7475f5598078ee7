/**
 * The article as the draft reads it: cleaned of control characters, cut to a bounded size,
 * split into sentences and folded word tokens. Every rule of the draft works on these tokens,
 * so "Vučić", "Vucic" and the garbled "Vu?i?" meet the same matcher.
 */
import { foldText } from '../lib/text';

/** The draft reads at most this much of an article: the work stays bounded on any input. */
export const MAX_ARTICLE_CHARS = 200_000;
/** Longest quote an evidence entry carries. */
const MAX_QUOTE = 200;

export interface Token {
  /** The word as written. */
  raw: string;
  /** Lower case, no diacritics ("?" kept: a garbled letter). */
  folded: string;
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  text: string;
  /** Offset of the sentence in the article. */
  start: number;
  tokens: Token[];
}

export interface ArticleText {
  /** The cleaned, capped text. */
  text: string;
  sentences: Sentence[];
  /** Every token of the article in order, with offsets into `text`. */
  tokens: Token[];
  warnings: string[];
}

// C0/C1 controls other than tab and line breaks, lone surrogates and the bidi controls, which
// could make a quote display differently from what it says.
const CONTROL_RE = new RegExp(
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]',
  'g',
);
const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const WORD_RE = /[\p{L}\p{N}?]+(?:['’][\p{L}]+)?/gu;
const LETTER_RE = /\p{L}/u;

/** The text cleaned and capped; warnings say what was cut. */
export function cleanArticle(input: string): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let text = input;
  if (text.length > MAX_ARTICLE_CHARS) {
    warnings.push(
      `Only the first ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters were read (the text has ${text.length.toLocaleString('en')}).`,
    );
    text = text.slice(0, MAX_ARTICLE_CHARS);
  }
  const cleaned = text.replace(CONTROL_RE, ' ').replace(LONE_SURROGATE_RE, ' ');
  if (cleaned !== text) warnings.push('Control characters in the text were read as spaces.');
  return { text: cleaned, warnings };
}

export function hasWords(text: string): boolean {
  return LETTER_RE.test(text);
}

/** The words of `text` (offsets relative to `base`). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const raw = m[0];
    const start = base + m.index;
    out.push({ raw, folded: foldText(raw).replace(/['’]/g, ''), start, end: start + raw.length });
  }
  return out;
}

// A sentence ends at . ! ? followed by a space and a capital or a quote, or at a blank line.
// "?" inside a word ("Vu?i?") is a garbled letter, not an end.
const SENTENCE_END_RE =
  /(?<=[.!…](?:["”’»]?))\s+(?=["“«]?[\p{Lu}\p{N}])|(?<=[.!?](?:["”’»]?))\s+(?=["“«]?\p{Lu})|\n\s*\n+/gu;

/** Splits the article into sentences with their tokens. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const part = text.slice(start, end);
    if (part.trim() !== '') {
      sentences.push({
        index: sentences.length,
        text: part,
        start,
        tokens: tokenize(part, start),
      });
    }
  };
  for (const m of text.matchAll(SENTENCE_END_RE)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return sentences;
}

/** The cleaned article, split. */
export function readArticle(input: string): ArticleText {
  const { text, warnings } = cleanArticle(input);
  const sentences = splitSentences(text);
  return { text, sentences, tokens: sentences.flatMap((s) => s.tokens), warnings };
}

/** A short excerpt of the article, whole words, for an evidence entry. */
export function quote(text: string, start: number, end: number): string {
  const from = Math.max(0, start);
  const to = Math.min(text.length, end, from + MAX_QUOTE);
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** Folded words of a phrase ("Minister of Defence Industry" → ["minister","of",…]). */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.folded);
}

/** Does text token `word` stand for phrase word `want`? "?" in the text is any one letter. */
export function wordMatches(word: string, want: string): boolean {
  if (word === want) return true;
  if (!word.includes('?') || word.length !== want.length) return false;
  for (let i = 0; i < word.length; i++) {
    if (word[i] !== '?' && word[i] !== want[i]) return false;
  }
  return true;
}

/** Does the phrase start at token `at`? Returns the index past its last token, or -1. */
export function phraseAt(
  tokens: readonly Token[],
  at: number,
  phrase: readonly string[],
  lastMatches: (word: string, want: string) => boolean = wordMatches,
): number {
  if (phrase.length === 0 || at + phrase.length > tokens.length) return -1;
  for (let j = 0; j < phrase.length; j++) {
    const word = tokens[at + j]!.folded;
    const want = phrase[j]!;
    const ok = j === phrase.length - 1 ? lastMatches(word, want) : wordMatches(word, want);
    if (!ok) return -1;
  }
  return at + phrase.length;
}

/** Every start index of the phrase in the tokens. */
export function findPhrase(
  tokens: readonly Token[],
  phrase: readonly string[],
  lastMatches?: (word: string, want: string) => boolean,
): number[] {
  const hits: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (phraseAt(tokens, i, phrase, lastMatches) !== -1) hits.push(i);
  }
  return hits;
}

/** Is the word capitalised as written (a name, a place)? */
export function isCapitalised(raw: string): boolean {
  return /^\p{Lu}/u.test(raw);
}
