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

/** Splits a query into folded terms; every term must occur for a match. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

export function matchesTerms(foldedHaystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!foldedHaystack.includes(term)) return false;
  return true;
}
