import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PDFDocument } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { encodable } from '../../../../src/features/export/deck-pdf';

const require = createRequire(import.meta.url);

describe('PDF text in the embedded DejaVu Sans', () => {
  it('keeps every letter of the record’s Serbian and Azerbaijani names', async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const bytes = await readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
    const font = await doc.embedFont(new Uint8Array(bytes));
    const names = 'Vučić, Dačić, Đurić, Ćirić; Əliyev, Bayramov in Bakı, Şuşa, Gəncə, İlham';
    expect(encodable(names, font)).toBe(names);
    expect(encodable('Azerbaijan → Serbia', font)).toBe('Azerbaijan → Serbia');
  });
});
