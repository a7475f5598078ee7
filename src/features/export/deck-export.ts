/**
 * A deck as a file: PowerPoint (pptxgenjs), PDF (pdf-lib) or a ZIP of 3840×2160 PNGs
 * (fflate). Each library loads when its format is asked for. Every slide is drawn from its
 * own filters and options, by the layout of deck-slide-svg.ts; the PowerPoint and PDF carry
 * the title, caption, source line and number as text (editable, extractable) around the chart
 * image.
 */
import type { DatasetIndex } from '../../model/dataset-index';
import type { Deck } from '../../model/deck';
import { slugId } from '../../lib/text';
import { chartSvgReady } from './chart-svg';
import { svgToPngBlob } from './raster';
import {
  deckSlideSvg,
  fitChart,
  SLIDE_BOXES,
  SLIDE_H,
  SLIDE_W,
  slideLines,
  type SlideChart,
  type SlideWords,
} from './deck-slide-svg';

export type DeckFormat = 'pptx' | 'pdf' | 'zip';

export interface DeckExportInput {
  deck: Deck;
  index: DatasetIndex;
  chart: SlideChart;
  datasetTitle: string;
  sourceLine: string;
  /** "Rendering slide 2 of 3…", then "Writing the file…". */
  onProgress: (message: string) => void;
}

/** e.g. `bilateral-deck-energy-briefing-3-slides.pptx` */
export function deckFileName(deck: Deck, format: DeckFormat): string {
  const n = deck.slides.length;
  const name = slugId(deck.name, 60) || 'deck';
  return `bilateral-deck-${name}-${n}-slide${n === 1 ? '' : 's'}.${format}`;
}

interface RenderedSlide {
  words: SlideWords;
  /** The chart as a PNG and where it sits, in slide pixels; null when the view has none. */
  chart: { png: Blob; x: number; y: number; w: number; h: number } | null;
  /** The whole slide as an SVG (for the ZIP). */
  svg: string;
}

/** Charts are drawn at twice the size they take on a 1920×1080 slide. */
const CHART_SCALE = 2;

async function renderSlides(input: DeckExportInput, withPng: boolean): Promise<RenderedSlide[]> {
  const { deck, index } = input;
  const out: RenderedSlide[] = [];
  for (const [i, slide] of deck.slides.entries()) {
    input.onProgress(`Rendering slide ${i + 1} of ${deck.slides.length}…`);
    // Let the progress message paint between slides.
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The map's basemap loads on its first use; the other charts need nothing loaded.
    await chartSvgReady(slide.viewId);
    const built = input.chart(slide, index);
    const words: SlideWords = {
      datasetTitle: input.datasetTitle,
      title: slide.title,
      caption: slide.caption,
      sourceLine: input.sourceLine,
      number: `${i + 1} / ${deck.slides.length}`,
    };
    let chart: RenderedSlide['chart'] = null;
    if (built && withPng) {
      const at = fitChart(built.width, built.height);
      const ratio = (at.w * CHART_SCALE) / built.width;
      chart = { png: await svgToPngBlob(built.svg, built.width, built.height, ratio), ...at };
    }
    out.push({ words, chart, svg: deckSlideSvg(words, built) });
  }
  input.onProgress('Writing the file…');
  return out;
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** PowerPoint's wide layout is 13.333 × 7.5 in: a slide pixel is 1/144 in, half a point. */
const IN = 13.333 / SLIDE_W;
const PT = 0.5;

async function toPptx(input: DeckExportInput): Promise<Blob> {
  const slides = await renderSlides(input, true);
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = input.deck.name;
  const b = SLIDE_BOXES;
  const box = (r: { x: number; y: number; w: number; h: number }) => ({
    x: r.x * IN,
    y: r.y * IN,
    w: r.w * IN,
    h: r.h * IN,
    margin: 0,
    fontFace: 'Arial',
  });
  for (const s of slides) {
    const page = pptx.addSlide();
    page.addText(s.words.datasetTitle, {
      ...box(b.kicker),
      fontSize: b.kicker.size * PT,
      bold: true,
      color: '1F5FAF',
    });
    page.addText(s.words.title, {
      ...box(b.title),
      fontSize: b.title.size * PT,
      bold: true,
      color: '1A1A1A',
      fit: 'shrink',
    });
    page.addText(s.words.caption, {
      ...box(b.caption),
      fontSize: b.caption.size * PT,
      color: '555555',
      valign: 'top',
    });
    if (s.chart) {
      page.addImage({ data: `image/png;base64,${await base64Of(s.chart.png)}`, ...box(s.chart) });
    }
    page.addText(s.words.sourceLine, {
      ...box(b.source),
      fontSize: b.source.size * PT,
      color: '555555',
      valign: 'top',
    });
    page.addText(s.words.number, {
      ...box(b.number),
      fontSize: b.number.size * PT,
      bold: true,
      align: 'right',
      valign: 'top',
    });
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}

async function toZip(input: DeckExportInput): Promise<Blob> {
  const slides = await renderSlides(input, false);
  const files: Record<string, Uint8Array> = {};
  const stem = deckFileName(input.deck, 'zip').replace(/\.zip$/, '');
  for (const [i, s] of slides.entries()) {
    input.onProgress(`Drawing slide ${i + 1} of ${slides.length} at 3840×2160…`);
    const png = await svgToPngBlob(s.svg, SLIDE_W, SLIDE_H, 2);
    const name = `${stem}/${String(i + 1).padStart(2, '0')}-${slugId(s.words.title, 60) || 'slide'}.png`;
    files[name] = new Uint8Array(await png.arrayBuffer());
  }
  const { zipSync } = await import('fflate');
  // PNGs are compressed already: stored as they are.
  const zipped = zipSync(files, { level: 0 });
  return new Blob([zipped.buffer as ArrayBuffer], { type: 'application/zip' });
}

export async function exportDeck(
  format: DeckFormat,
  input: DeckExportInput,
): Promise<{ blob: Blob; fileName: string }> {
  const make = { pptx: toPptx, zip: toZip, pdf: toPdf }[format];
  return { blob: await make(input), fileName: deckFileName(input.deck, format) };
}

/**
 * DejaVu Sans, which has every letter of the record's names (č, ć, đ, ə, ı, ş…): the PDF's
 * standard fonts would write Vučić as "Vucic". Fetched from the app's own origin, only for a
 * PDF; null when the fetch fails, and the standard fonts stand in.
 */
async function loadPdfFonts() {
  try {
    const [{ default: regularUrl }, { default: boldUrl }] = await Promise.all([
      import('dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url'),
      import('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url'),
    ]);
    const bytes = async (url: string) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`font: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    };
    const [regular, bold] = await Promise.all([bytes(regularUrl), bytes(boldUrl)]);
    return { regular, bold };
  } catch {
    return null;
  }
}

// The PDF, in its own module: pdf-lib loads only for it.
async function toPdf(input: DeckExportInput): Promise<Blob> {
  const slides = await renderSlides(input, true);
  const [{ deckPdf }, fonts] = await Promise.all([import('./deck-pdf'), loadPdfFonts()]);
  return deckPdf(slides, slideLines, fonts);
}

export type { RenderedSlide };
