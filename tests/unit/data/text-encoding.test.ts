import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/data/text-encoding';
import { encodeCodePage, encodeUtf16 } from '../../support/code-page';

const SERBIAN =
  'date;title;participants\n23.12.2024;Sastanak;Marko Đurić; Aleksandar Vučić; Ivica Dačić; Žarko Šćekić\n';
const CYRILLIC =
  'date;title;participants\n23.12.2024;Састанак;Марко Ђурић; Александар Вучић; Ивица Дачић\n';
const AZERBAIJANI_1254 =
  'date;title;participants\n23.12.2024;Görüş;Ceyhun Bayramov; Şahin Mustafayev; Mikayıl Cabbarov; İlham\n';

describe('decodeText: the encodings Excel saves in', () => {
  it('reads UTF-8 with or without BOM, and UTF-16 LE and BE by their BOM', () => {
    const utf8 = new TextEncoder().encode(SERBIAN);
    expect(decodeText(utf8)).toEqual({ text: SERBIAN, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe(SERBIAN);
    expect(decodeText(encodeUtf16(SERBIAN, 'le'))).toEqual({ text: SERBIAN, encoding: 'utf-16le' });
    expect(decodeText(encodeUtf16(SERBIAN, 'be'))).toEqual({ text: SERBIAN, encoding: 'utf-16be' });
  });

  it('knows UTF-16 without a BOM by its zero bytes', () => {
    expect(decodeText(encodeUtf16(SERBIAN, 'le').subarray(2))).toEqual({
      text: SERBIAN,
      encoding: 'utf-16le',
    });
  });

  it('tells Windows-1250, 1251 and 1254 apart by how the names read', () => {
    expect(decodeText(encodeCodePage(SERBIAN, 'windows-1250'))).toEqual({
      text: SERBIAN,
      encoding: 'windows-1250',
    });
    expect(decodeText(encodeCodePage(CYRILLIC, 'windows-1251'))).toEqual({
      text: CYRILLIC,
      encoding: 'windows-1251',
    });
    expect(decodeText(encodeCodePage(AZERBAIJANI_1254, 'windows-1254'))).toEqual({
      text: AZERBAIJANI_1254,
      encoding: 'windows-1254',
    });
  });

  it('reads a name alone in Windows-1250 with its diacritics', () => {
    expect(decodeText(encodeCodePage('Dačić', 'windows-1250')).text).toBe('Dačić');
    expect(decodeText(encodeCodePage('Đurić', 'windows-1250')).text).toBe('Đurić');
  });
});
