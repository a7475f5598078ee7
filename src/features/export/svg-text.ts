/**
 * Text helpers for the standalone SVG exports: XML escaping and conservative width estimates
 * (no DOM, no fonts to measure with), wrapping and ellipsizing.
 */

/**
 * Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF): a parser
 * rejects the whole file if one slips through, so they become U+FFFD.
 */
const INVALID_XML = new RegExp(
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]' +
    '|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])' +
    '|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  'g',
);

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Safe in element content and in single- or double-quoted attribute values. */
export function escapeXml(input: string): string {
  return input.replace(INVALID_XML, '\uFFFD').replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch]!);
}

/** Collapses every run of whitespace (tabs, newlines) to one space, as SVG text would. */
export function normalizeSpace(input: string): string {
  return input.replace(/\s+/g, ' ').trim();
}

const NARROW = new Set(Array.from(" ijlI.,:;'!|`\u00b7"));
const SEMI = new Set(Array.from('frt()[]{}-/"'));
const WIDE = new Set(Array.from('mwMW@%\u2014\u2192'));

/**
 * Width of one character in ems, on the generous side so labels never overflow even in a
 * wide fallback font such as DejaVu Sans: a few classes of Latin letters, 1.1 em for CJK,
 * emoji and other wide characters.
 */
function charEm(ch: string, bold: boolean): number {
  const cp = ch.codePointAt(0)!;
  let em: number;
  if (cp >= 0x2e80 || (cp >= 0x1100 && cp <= 0x115f)) return 1.1;
  if (NARROW.has(ch)) em = 0.34;
  else if (SEMI.has(ch)) em = 0.46;
  else if (WIDE.has(ch)) em = 1;
  else if (ch !== ch.toLowerCase() || (ch >= '0' && ch <= '9')) em = 0.74;
  else em = 0.64;
  return bold ? em * 1.1 : em;
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch, bold);
  return em * fontSize;
}

const ELLIPSIS = '…';

/** The text, cut and ended with "…" if it is wider than `maxWidth`. */
export function ellipsize(text: string, maxWidth: number, fontSize: number, bold = false): string {
  const clean = normalizeSpace(text);
  if (textWidth(clean, fontSize, bold) <= maxWidth) return clean;
  const budget = maxWidth - textWidth(ELLIPSIS, fontSize, bold);
  let width = 0;
  let out = '';
  for (const ch of clean) {
    const w = charEm(ch, bold) * fontSize;
    if (width + w > budget) break;
    width += w;
    out += ch;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

/**
 * Greedy word wrap into lines no wider than `maxWidth`; a word longer than a line is broken.
 * Past `maxLines` the last line is ellipsized.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  { bold = false, maxLines = Infinity }: { bold?: boolean; maxLines?: number } = {},
): string[] {
  const clean = normalizeSpace(text);
  if (clean === '') return [];
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
  const words = clean.split(' ');
  for (let w = 0; w < words.length; w++) {
    if (lines.length > maxLines) break;
    let word = words[w]!;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    while (!fits(word) && lines.length <= maxLines) {
      let width = 0;
      let cut = 0;
      const chars = Array.from(word);
      for (const ch of chars) {
        const cw = charEm(ch, bold) * fontSize;
        if (width + cw > maxWidth && cut > 0) break;
        width += cw;
        cut++;
      }
      lines.push(chars.slice(0, cut).join(''));
      word = chars.slice(cut).join('');
    }
    line = word;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines - 1);
  kept.push(ellipsize(`${lines[maxLines - 1]!} ${lines[maxLines]!}`, maxWidth, fontSize, bold));
  return kept;
}
