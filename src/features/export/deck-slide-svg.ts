/**
 * One deck slide as a 1920×1080 SVG: the dataset's name, the slide's title and caption, its
 * chart (a chart builder's bare image, scaled to fit), the source line and the slide number.
 * The PNG and ZIP exports rasterise it; the PowerPoint and PDF exports place the same chart
 * image and set the words as text of their own (see `SLIDE_BOXES`).
 */
import { computeDashboard } from '../../model/dashboard';
import type { DatasetIndex } from '../../model/dataset-index';
import type { Slide } from '../../model/deck';
import { chartSvg, svgSize, type BuiltSvg, type ExportChart } from './chart-svg';
import { escapeXml } from './svg-text';
import { FONT_FAMILY, paletteOf, text } from './svg-frame';
import { lines } from './svg-frame';
import { wrapText, ellipsize } from './svg-text';
import { eventsTimelineSvg } from './timeline-svg';

export const SLIDE_W = 1920;
export const SLIDE_H = 1080;

/** Where each part of a slide goes, in slide pixels: one layout for every format. */
export const SLIDE_BOXES = {
  kicker: { x: 96, y: 64, w: 1728, h: 36, size: 24 },
  title: { x: 96, y: 104, w: 1728, h: 80, size: 56 },
  caption: { x: 96, y: 196, w: 1728, h: 80, size: 28 },
  chart: { x: 96, y: 296, w: 1728, h: 660 },
  source: { x: 96, y: 996, w: 1500, h: 48, size: 20 },
  number: { x: 1624, y: 996, w: 200, h: 48, size: 24 },
} as const;

/** The slide's view as a chart image, or null for a view no builder draws. */
export type SlideChart = (slide: Slide, index: DatasetIndex) => BuiltSvg | null;

/**
 * Draws a slide's chart from the slide's own filters and options (not the dashboard's):
 * the timeline by its builder here, every other view by `chartSvg` when `isChart` says it
 * draws that view.
 */
export function slideChartSvg(isChart: (viewId: string) => viewId is ExportChart): SlideChart {
  return (slide, index) => {
    const data = computeDashboard(index, slide.filters);
    const options = {
      title: slide.title,
      bare: true,
      mode: slide.options.visitMode,
      showContacts: slide.options.showContacts,
    };
    if (slide.viewId === 'timeline') {
      const svg = eventsTimelineSvg(index, data, slide.filters, options);
      return { svg, ...svgSize(svg) };
    }
    return isChart(slide.viewId)
      ? chartSvg(slide.viewId, index, data, slide.filters, options)
      : null;
  };
}

/** Where a chart of `width`×`height` sits in the chart box: as large as fits, centred. */
export function fitChart(width: number, height: number) {
  const box = SLIDE_BOXES.chart;
  const scale = Math.min(box.w / Math.max(1, width), box.h / Math.max(1, height));
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

/** The chart's SVG as a nested element placed at `at`, its own viewBox scaling it. */
function nestedChart(chart: BuiltSvg, at: { x: number; y: number; w: number; h: number }) {
  const body = chart.svg.replace(/^<\?xml[^>]*>\s*/, '');
  return body.replace(/^<svg\b([^>]*)>/, (_, attrs: string) => {
    const kept = attrs.replace(/\s(?:width|height|x|y)="[^"]*"/g, '');
    return `<svg x="${at.x}" y="${at.y}" width="${at.w}" height="${at.h}"${kept}>`;
  });
}

export interface SlideWords {
  datasetTitle: string;
  title: string;
  caption: string;
  sourceLine: string;
  /** "3 / 7" */
  number: string;
}

/** The words of a slide, wrapped as every format draws them. */
export function slideLines(words: SlideWords) {
  const b = SLIDE_BOXES;
  return {
    kicker: ellipsize(words.datasetTitle, b.kicker.w, b.kicker.size, true),
    title: wrapText(words.title, b.title.w, b.title.size, { bold: true, maxLines: 1 }),
    caption: wrapText(words.caption, b.caption.w, b.caption.size, { maxLines: 2 }),
    source: wrapText(words.sourceLine, b.source.w, b.source.size, { maxLines: 2 }),
  };
}

export function deckSlideSvg(words: SlideWords, chart: BuiltSvg | null, theme?: 'light' | 'dark') {
  const p = paletteOf({ theme });
  const b = SLIDE_BOXES;
  const l = slideLines(words);
  const parts = [
    `<rect x="0" y="0" width="${SLIDE_W}" height="${SLIDE_H}" fill="${p.bg}"/>`,
    text(b.kicker.x, b.kicker.y + 26, l.kicker, {
      fill: p.accent,
      'font-size': b.kicker.size,
      'font-weight': 600,
    }),
    lines(b.title.x, b.title.y + 58, l.title, 66, {
      fill: p.text,
      'font-size': b.title.size,
      'font-weight': 750,
    }),
    lines(b.caption.x, b.caption.y + 30, l.caption, 38, { fill: p.muted, 'font-size': 28 }),
    chart
      ? nestedChart(chart, fitChart(chart.width, chart.height))
      : text(b.chart.x, b.chart.y + 40, 'This view has no picture.', { fill: p.muted }),
    `<rect x="${b.source.x}" y="${b.source.y - 20}" width="${SLIDE_W - 2 * b.source.x}" height="2" fill="${p.grid}"/>`,
    lines(b.source.x, b.source.y + 22, l.source, 26, { fill: p.muted, 'font-size': 20 }),
    text(b.number.x + b.number.w, b.number.y + 24, words.number, {
      fill: p.text,
      'font-size': b.number.size,
      'font-weight': 600,
      'text-anchor': 'end',
    }),
  ];
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${SLIDE_W}" height="${SLIDE_H}" ` +
    `viewBox="0 0 ${SLIDE_W} ${SLIDE_H}" font-family="${FONT_FAMILY}" role="img">` +
    `<title>${escapeXml(`${words.title} · ${words.number}`)}</title>\n${parts.join('\n')}\n</svg>\n`
  );
}
