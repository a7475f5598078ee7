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
// Code points outside ASCII; ASCII needs nothing but lower-casing.
const NON_ASCII_RE = /[\u0080-\u{10ffff}]/gu;
const HAS_NON_ASCII_RE = /[\u0080-\u{10ffff}]/u;

/** Folded form of one code point, memoised: once lower-cased, folding is per code point. */
const foldedChars = new Map<string, string>();
function foldChar(ch: string): string {
  let out = foldedChars.get(ch);
  if (out === undefined) {
    out = ch
      .normalize('NFD')
      .replace(MARKS_RE, '')
      .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
    if (foldedChars.size < 4096) foldedChars.set(ch, out);
  }
  return out;
}

/**
 * Lower case, canonical decomposition without the combining marks, and the special letters
 * spelled out. ASCII text is only lower-cased and other code points are folded one at a
 * time from a small cache, which is several times faster than normalising whole strings
 * when a large dataset builds its search text.
 */
export function foldText(input: string): string {
  const lower = input.toLowerCase();
  return HAS_NON_ASCII_RE.test(lower) ? lower.replace(NON_ASCII_RE, foldChar) : lower;
}

// "?" stays part of a word so the garbled alias "Vu?i?" can be searched as written.
const NON_WORD_RE = /[^\p{L}\p{N}?]+/gu;
// The same on ASCII-only text, where letters and digits are [a-zA-Z0-9]: much faster.
const ASCII_NON_WORD_RE = /[^a-zA-Z0-9?]+/g;

/**
 * Folded text with every run of punctuation turned into one space and a leading space, so
 * that a term matches the start of a word: "nis" finds Niš but not "minister".
 */
export function searchableText(input: string): string {
  shared.add(input);
  return shared.finish();
}

function slowSearchable(input: string): string {
  const folded = foldText(input);
  const words = HAS_NON_ASCII_RE.test(folded)
    ? folded.replace(NON_WORD_RE, ' ')
    : folded.replace(ASCII_NON_WORD_RE, ' ');
  return ` ${words.trim()}`;
}

/**
 * Characters below U+0370 (Latin, IPA such as Azerbaijani "ə", spacing modifiers and
 * combining marks) and General Punctuation (U+2000–U+206F: dashes, quotes) are folded from a
 * table: each one's folded form, with non-word characters as a space, which is exactly what
 * `slowSearchable` does to it. Any other character sends the whole part down the slow path
 * (Greek final sigma, for one, lower-cases by context).
 */
const TABLE_END = 0x370;
const PUNCT_START = 0x2000;
const PUNCT_END = 0x2070;
let table: string[] | null = null;

function searchTable(): string[] {
  if (!table) {
    table = [];
    const fold = (c: number) => foldText(String.fromCharCode(c)).replace(NON_WORD_RE, ' ');
    for (let c = 0; c < TABLE_END; c++) table.push(fold(c));
    for (let c = PUNCT_START; c < PUNCT_END; c++) table.push(fold(c));
  }
  return table;
}

/**
 * Builds `searchableText(a) + searchableText(b) + …` (blank parts left out) as one flat
 * string, without the intermediate strings: a large dataset builds its search text this
 * way. `searchableText(a + ' ' + b)` is the same string, so a part that repeats across
 * events can be folded once and added with `addFolded`.
 */
export class SearchableTextBuilder {
  private buf = new Uint16Array(1024);
  private len = 0;

  private reserve(extra: number) {
    if (this.len + extra > this.buf.length) {
      const next = new Uint16Array(Math.max(this.buf.length * 2, this.len + extra + 64));
      next.set(this.buf.subarray(0, this.len));
      this.buf = next;
    }
  }

  /** Adds `searchableText(input)`. */
  add(input: string): void {
    const start = this.len;
    const map = searchTable();
    const n = input.length;
    // At most 2 output characters per input character ("đ" → "dj"), plus a leading space.
    this.reserve(2 * n + 1);
    const out = this.buf;
    let len = start;
    out[len++] = 32;
    for (let i = 0; i < n; i++) {
      const c = input.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 63) {
        out[len++] = c;
      } else if (c >= 65 && c <= 90) {
        out[len++] = c + 32;
      } else if (c < TABLE_END || (c >= PUNCT_START && c < PUNCT_END)) {
        const mapped = map[c < TABLE_END ? c : c - PUNCT_START + TABLE_END]!;
        for (let k = 0; k < mapped.length; k++) {
          const m = mapped.charCodeAt(k);
          if (m !== 32) out[len++] = m;
          else if (out[len - 1] !== 32) out[len++] = 32;
        }
      } else {
        this.len = start;
        this.addFolded(slowSearchable(input));
        return;
      }
    }
    if (out[len - 1] === 32) len--;
    // A blank part (nothing but the leading space) adds nothing.
    this.len = len - start <= 1 ? start : len;
  }

  /** Adds a result of `searchableText`. */
  addFolded(folded: string): void {
    if (folded.length <= 1) return;
    this.reserve(folded.length);
    const out = this.buf;
    let len = this.len;
    for (let k = 0; k < folded.length; k++) out[len++] = folded.charCodeAt(k);
    this.len = len;
  }

  /** The text so far (" " when empty); the builder starts over. */
  finish(): string {
    const len = this.len;
    this.len = 0;
    if (len === 0) return ' ';
    let text = '';
    for (let at = 0; at < len; at += 8192) {
      const chunk = this.buf.subarray(at, Math.min(len, at + 8192));
      text += String.fromCharCode.apply(null, chunk as unknown as number[]);
    }
    return text;
  }
}

const shared = new SearchableTextBuilder();

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

/**
 * `Vučić & Đurić!` → `vucic-djuric`: lower-case ASCII letters, digits and single dashes; ""
 * when nothing is left. Longer than `max`, it is cut, on a whole word when one fits.
 */
export function slugId(input: string, max = Infinity): string {
  const full = foldText(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= max) return full;
  let cut = full.slice(0, max);
  if (full[max] !== '-' && cut.includes('-')) cut = cut.replace(/-[^-]*$/, '');
  return cut.replace(/-+$/, '');
}
