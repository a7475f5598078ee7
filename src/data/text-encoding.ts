/**
 * An opened file's bytes → its text. Excel in Serbia and Azerbaijan saves "CSV" in the
 * Windows code page of the locale (1250 Central European, 1251 Cyrillic, 1254 Turkish, which
 * Azerbaijani Latin uses) and "Unicode text" as UTF-16 with tabs. The encoding is known by its
 * byte order mark; without one, UTF-8 is tried strictly, UTF-16 is known by its zero bytes, and
 * otherwise the code page whose reading looks most like words of these languages is taken.
 */

export type TextEncodingName =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1250'
  | 'windows-1251'
  | 'windows-1254'
  | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Letters each code page exists for: a reading full of them is likely the right one. */
const EXPECTED: Readonly<Record<string, RegExp>> = {
  'windows-1250': /[čćđšžČĆĐŠŽáéíóúýěřůňťďäöüßąęłńśźżĄĘŁŃŚŹŻ]/u,
  'windows-1251': /[\u0400-\u045f]/u,
  'windows-1254': /[çğıöşüÇĞİÖŞÜâîû]/u,
  'windows-1252': /[àáâäçèéêëíîïñóôöùúûüßÀÁÂÄÇÈÉÊËÍÎÏÑÓÔÖÙÚÛÜ]/u,
};

/** The legacy code pages, in the order a tie is settled. */
const CODE_PAGES = ['windows-1250', 'windows-1251', 'windows-1254', 'windows-1252'] as const;

/** How many bytes are looked at to choose: enough for a few hundred names. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * How word-like the non-ASCII characters of `text` are: + for an expected letter, − for a
 * symbol or control character, − for a Cyrillic letter glued to a Latin one (a Latin text
 * read as Cyrillic).
 */
function plausibility(text: string, expected: RegExp): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 0x80) continue;
    if (expected.test(c)) score += 2;
    else if (!/\p{L}/u.test(c)) score -= 3;
    const cyrillic = /[\u0400-\u04ff]/.test(c);
    const near = `${text[i - 1] ?? ''}${text[i + 1] ?? ''}`;
    if (cyrillic && /[A-Za-z]/.test(near)) score -= 3;
  }
  return score;
}

/** UTF-16 without a byte order mark: text of ASCII letters has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be';
  return null;
}

function decode(bytes: Uint8Array, encoding: TextEncodingName): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** The legacy code page whose reading of the first bytes looks most like text. */
function likeliestCodePage(bytes: Uint8Array): TextEncodingName {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let best: TextEncodingName = CODE_PAGES[0];
  let bestScore = -Infinity;
  for (const page of CODE_PAGES) {
    const score = plausibility(decode(sample, page), EXPECTED[page]!);
    if (score > bestScore) {
      best = page;
      bestScore = score;
    }
  }
  return best;
}

/** Decodes a text file, choosing its encoding as described above. Never throws. */
export function decodeText(buffer: ArrayBuffer | Uint8Array): DecodedText {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode(bytes.subarray(3), 'utf-8'), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) return { text: decode(bytes, utf16), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const page = likeliestCodePage(bytes);
    return { text: decode(bytes, page), encoding: page };
  }
}

const URLS = /\b(?:https?:\/\/|www\.)\S+/giu;
const LOST_LETTER = /[\p{L}?]*(?:\p{L}\?\p{L}|(?<!\p{L})\?\p{L})[\p{L}?]*/gu;

/**
 * The words where a "?" stands for a letter ("?liyev", "M?mm?dov"), links left out: a
 * spreadsheet saved in a code page without that letter (Windows-1254 has no "ə") writes "?"
 * in its place, and no reading can bring it back. At most `max`, in order of appearance.
 */
export function lostLetterWords(text: string, max = 5): string[] {
  const words: string[] = [];
  for (const m of text.replace(URLS, ' ').matchAll(LOST_LETTER)) {
    if (!words.includes(m[0])) words.push(m[0]);
    if (words.length >= max) break;
  }
  return words;
}
