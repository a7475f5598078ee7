/**
 * The deck as a PDF: one 960×540 pt page per slide (the 1920×1080 layout at half scale),
 * the words as real text (so they can be searched and copied) in DejaVu Sans, embedded
 * whole, and the chart as a high-resolution PNG. Without the font files (a failed fetch)
 * Helvetica stands in: it covers Latin-1 and a little more (WinAnsi), and other letters
 * are written without their accents (č → c, ə → e).
 */
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { RenderedSlide } from './deck-export';
import { SLIDE_BOXES, SLIDE_H, SLIDE_W, type slideLines as SlideLines } from './deck-slide-svg';

const SCALE = 0.5;
const SPECIAL: Record<string, string> = {
  ə: 'e',
  Ə: 'E',
  ı: 'i',
  İ: 'I',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
};

/** `text` in what the font can encode. */
export function encodable(text: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  let out = '';
  for (const ch of text) {
    if (known.has(ch.codePointAt(0)!)) {
      out += ch;
      continue;
    }
    const plain = (SPECIAL[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '')).replace(
      /[^\x20-\x7e]/g,
      '?',
    );
    out += plain;
  }
  return out;
}

function hex(color: string) {
  const n = Number.parseInt(color.replace('#', ''), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

interface Pen {
  page: PDFPage;
  regular: PDFFont;
  bold: PDFFont;
}

function write(
  pen: Pen,
  content: readonly string[],
  at: { x: number; y: number; size: number },
  lineHeight: number,
  style: { bold?: boolean; color: string },
) {
  const font = style.bold ? pen.bold : pen.regular;
  content.forEach((line, i) => {
    pen.page.drawText(encodable(line, font), {
      x: at.x * SCALE,
      y: (SLIDE_H - (at.y + i * lineHeight)) * SCALE,
      size: at.size * SCALE,
      font,
      color: hex(style.color),
    });
  });
}

/** TrueType files of the regular and bold faces. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

// Embedded whole: @pdf-lib/fontkit's TrueType subsets can drop glyphs (pdf-lib #1232).
async function embedFonts(doc: PDFDocument, fonts: PdfFonts | null) {
  if (fonts === null) {
    return {
      regular: await doc.embedFont(StandardFonts.Helvetica),
      bold: await doc.embedFont(StandardFonts.HelveticaBold),
    };
  }
  const { default: fontkit } = await import('@pdf-lib/fontkit');
  doc.registerFontkit(fontkit);
  return { regular: await doc.embedFont(fonts.regular), bold: await doc.embedFont(fonts.bold) };
}

export async function deckPdf(
  slides: readonly RenderedSlide[],
  wrap: typeof SlideLines,
  fonts: PdfFonts | null = null,
): Promise<Blob> {
  const doc = await PDFDocument.create();
  const { regular, bold } = await embedFonts(doc, fonts);
  const b = SLIDE_BOXES;
  for (const s of slides) {
    const page = doc.addPage([SLIDE_W * SCALE, SLIDE_H * SCALE]);
    const pen = { page, regular, bold };
    const l = wrap(s.words);
    write(pen, [l.kicker], { x: b.kicker.x, y: b.kicker.y + 26, size: b.kicker.size }, 0, {
      bold: true,
      color: '#1f5faf',
    });
    write(pen, l.title, { x: b.title.x, y: b.title.y + 58, size: b.title.size }, 66, {
      bold: true,
      color: '#1a1a1a',
    });
    write(pen, l.caption, { x: b.caption.x, y: b.caption.y + 30, size: 28 }, 38, {
      color: '#555555',
    });
    if (s.chart) {
      const image = await doc.embedPng(new Uint8Array(await s.chart.png.arrayBuffer()));
      page.drawImage(image, {
        x: s.chart.x * SCALE,
        y: (SLIDE_H - s.chart.y - s.chart.h) * SCALE,
        width: s.chart.w * SCALE,
        height: s.chart.h * SCALE,
      });
    }
    page.drawRectangle({
      x: b.source.x * SCALE,
      y: (SLIDE_H - b.source.y + 18) * SCALE,
      width: (SLIDE_W - 2 * b.source.x) * SCALE,
      height: 1,
      color: hex('#d0d4da'),
    });
    write(pen, l.source, { x: b.source.x, y: b.source.y + 22, size: 20 }, 26, { color: '#555555' });
    const number = encodable(s.words.number, bold);
    const size = b.number.size * SCALE;
    page.drawText(number, {
      x: (b.number.x + b.number.w) * SCALE - bold.widthOfTextAtSize(number, size),
      y: (SLIDE_H - b.number.y - 24) * SCALE,
      size,
      font: bold,
      color: hex('#1a1a1a'),
    });
  }
  doc.setTitle(slides[0]?.words.title ?? 'Deck');
  const bytes = await doc.save();
  return new Blob([bytes.buffer as ArrayBuffer], { type: 'application/pdf' });
}
