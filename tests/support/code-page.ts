/**
 * Text → bytes in a legacy Windows code page, as Excel saves "CSV" in Serbian or Azerbaijani
 * locales. TextEncoder writes only UTF-8, so the table comes from reading every byte back.
 */
export function encodeCodePage(text: string, page: string): Uint8Array {
  const decoder = new TextDecoder(page);
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text], (c) => {
    const b = byChar.get(c);
    if (b === undefined) throw new Error(`${page} has no "${c}"`);
    return b;
  });
}

/** UTF-16 with its byte order mark, little- or big-endian (Excel's "Unicode text" is LE). */
export function encodeUtf16(text: string, order: 'le' | 'be' = 'le'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, order === 'le');
  for (let i = 0; i < text.length; i++)
    view.setUint16(2 + i * 2, text.charCodeAt(i), order === 'le');
  return out;
}
