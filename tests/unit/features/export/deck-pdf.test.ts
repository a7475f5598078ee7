import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { encodable } from '../../../../src/features/export/deck-pdf';

describe('PDF text in the standard fonts', () => {
  it('keeps what WinAnsi has and writes other letters without their accents', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    expect(encodable('Sector: Energy · 2020–2024 “gas”', font)).toBe(
      'Sector: Energy · 2020–2024 “gas”',
    );
    expect(encodable('Vučić meets Əliyev in Bakı; Đurić', font)).toBe(
      'Vucic meets Eliyev in Baki; Duric',
    );
    expect(encodable('Azerbaijan → Serbia 中', font)).toBe('Azerbaijan ? Serbia ?');
    // Whatever it returns, the font can draw it.
    const page = doc.addPage();
    expect(() =>
      page.drawText(encodable('Şuşa, Gəncə, Niš → 北京 🎉', font), { font, size: 12 }),
    ).not.toThrow();
  });
});
