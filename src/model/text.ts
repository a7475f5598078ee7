/**
 * Search folding: lower case, no diacritics, so "vucic" finds Vučić and "djuric" finds Đurić.
 * Đ/đ have no Unicode decomposition, so they are spelled out the way Serbian Latin
 * transliterates them ("dj").
 */
const SPECIAL: Record<string, string> = {
  đ: 'dj',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ə: 'e',
};
const SPECIAL_RE = /[đðøłßæœıə]/g;
const MARKS_RE = /\p{M}+/gu;

export function foldText(input: string): string {
  return input
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .replace(SPECIAL_RE, (ch) => SPECIAL[ch] ?? ch);
}

// "?" stays part of a word so the garbled alias "Vu?i?" can be searched as written.
const NON_WORD_RE = /[^\p{L}\p{N}?]+/gu;

/**
 * Folded text with every run of punctuation turned into one space and a leading space, so
 * that a term matches the start of a word: "nis" finds Niš but not "minister".
 */
export function searchableText(input: string): string {
  return ` ${foldText(input).replace(NON_WORD_RE, ' ').trim()}`;
}

/** Splits a query into folded terms; every term must start a word of the text for a match. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(NON_WORD_RE)
    .filter((t) => t.length > 0)
    .map((t) => ` ${t}`);
}

/** `haystack` from `searchableText`, `terms` from `queryTerms`. */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}
