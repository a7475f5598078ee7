/**
 * The frame and primitives of the standalone SVG exports. Standalone SVG images of the dashboard's charts, built from the model's aggregates (not by
 * copying the on-screen DOM), for slides and reports. Every image carries its title, a
 * subtitle, the active filters in words, a legend, notes and the source line, and uses plain
 * SVG 1.1 only (no CSS, no external references) so browsers and Inkscape open it as is.
 */
import { THEMES, type ThemeTokens } from '../../lib/tokens';
import { HATCH, type ChartFrameSpec, type LegendEntry } from '../../model/chart-spec';
import type { DatasetIndex } from '../../model/dataset-index';
import { describeFilters, sourceLine } from '../../model/describe';
import type { Filters } from '../../model/filters';
import { ellipsize, escapeXml, textWidth, wrapText } from './svg-text';

export interface SvgOptions {
  /** The view's title, as its registry entry names it. */
  title: string;
  theme?: 'light' | 'dark';
  /**
   * Only the legend, the chart and its notes: for a deck slide, which sets its own title,
   * caption and source line around the chart.
   */
  bare?: boolean;
}

export const SVG_WIDTH = 1200;
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

export const PAD_X = 56;
const PAD_TOP = 44;
const PAD_BOTTOM = 36;
export const INNER = SVG_WIDTH - 2 * PAD_X;

export interface Palette {
  bg: string;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  /** Heatmap cell with no engagement. */
  empty: string;
  /** Background of the contacts hatch. */
  hatchBg: string;
  totalBg: string;
  /** The selected year's band. */
  accent: string;
}

/** The export's colours: the page's own design tokens, so screen and file cannot differ. */
function paletteFrom(t: ThemeTokens): Palette {
  return {
    bg: t.surface,
    text: t.text,
    muted: t['text-muted'],
    grid: t.border,
    axis: t.axis,
    empty: t['surface-2'],
    hatchBg: t['hatch-bg'],
    totalBg: t['surface-2'],
    accent: t.accent,
  };
}
const LIGHT = paletteFrom(THEMES.light);
const DARK = paletteFrom(THEMES.dark);

export const HATCH_ID = 'bilateral-hatch-contacts';

// ---------------------------------------------------------------- SVG primitives

const num = (v: number) => String(Math.round(v * 100) / 100);

export type Attrs = Record<string, string | number | undefined | null>;

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
  }
  return out;
}

export function el(name: string, a: Attrs, content?: string): string {
  return content === undefined
    ? `<${name}${attrs(a)}/>`
    : `<${name}${attrs(a)}>${content}</${name}>`;
}

export function text(x: number, y: number, content: string, a: Attrs = {}): string {
  return el('text', { x, y, ...a }, escapeXml(content));
}

export function hatchDefs(p: Palette): string {
  return (
    `<pattern id="${HATCH_ID}" patternUnits="userSpaceOnUse" width="${HATCH.tile}" height="${HATCH.tile}" patternTransform="rotate(${HATCH.angle})">` +
    el('rect', { x: 0, y: 0, width: HATCH.tile, height: HATCH.tile, fill: p.hatchBg }) +
    el('rect', { x: 0, y: 0, width: HATCH.stripe, height: HATCH.tile, fill: HATCH.color }) +
    `</pattern>`
  );
}

// ---------------------------------------------------------------- frame

/** A chart's frame: the spec's words and keys around a body the chart's builder draws. */
export interface Frame extends Omit<ChartFrameSpec, 'view'> {
  index: DatasetIndex;
  filters: Filters;
  palette: Palette;
  defs?: string;
  bodyHeight: number;
  /** See `SvgOptions.bare`. */
  bare?: boolean;
  /** The chart, drawn from `top` down to `top + bodyHeight`. */
  body: (top: number) => string;
}

const LEGEND_FONT = 15;
const LEGEND_ROW = 26;
const SWATCH = 14;

interface PlacedLegend {
  height: number;
  draw: (top: number) => string;
}

function swatchPaint(item: LegendEntry, p: Palette): Attrs {
  if (item.pattern === 'hatch')
    return { fill: `url(#${HATCH_ID})`, stroke: item.color, 'stroke-width': 1 };
  if (item.pattern === 'empty') return { fill: p.empty, stroke: p.axis, 'stroke-width': 1 };
  return { fill: item.color };
}

function layoutLegend(
  items: readonly LegendEntry[],
  title: string | undefined,
  p: Palette,
): PlacedLegend {
  if (items.length === 0) return { height: 0, draw: () => '' };
  const placed: { x: number; row: number; item?: LegendEntry; label: string }[] = [];
  let x = 0;
  let row = 0;
  if (title) {
    const label = ellipsize(title, INNER, LEGEND_FONT);
    placed.push({ x, row, label });
    x += textWidth(label, LEGEND_FONT) + 16;
  }
  for (const item of items) {
    const label = ellipsize(item.label, INNER - SWATCH - 8, LEGEND_FONT);
    const w = SWATCH + 8 + textWidth(label, LEGEND_FONT);
    if (x > 0 && x + w > INNER) {
      row++;
      x = 0;
    }
    placed.push({ x, row, item, label });
    x += w + 26;
  }
  return {
    height: (row + 1) * LEGEND_ROW,
    draw: (top) =>
      placed
        .map(({ x: lx, row: r, item, label }) => {
          const base = top + r * LEGEND_ROW + 16;
          if (!item)
            return text(PAD_X + lx, base, label, { fill: p.muted, 'font-size': LEGEND_FONT });
          return (
            el('rect', {
              x: PAD_X + lx + 0.5,
              y: base - 12.5,
              width: SWATCH - 1,
              height: SWATCH - 1,
              rx: 2,
              ...swatchPaint(item, p),
            }) +
            text(PAD_X + lx + SWATCH + 8, base, label, { fill: p.text, 'font-size': LEGEND_FONT })
          );
        })
        .join(''),
  };
}

export function lines(
  x: number,
  firstBaseline: number,
  content: readonly string[],
  lineHeight: number,
  a: Attrs,
): string {
  if (content.length === 0) return '';
  return content.map((line, i) => text(x, firstBaseline + i * lineHeight, line, a)).join('');
}

/** Parts drawn top-down: each adds its marks and returns where the next one starts. */
interface Cursor {
  parts: string[];
  y: number;
}

/** Dataset title (small), chart title and subtitle. */
function drawHeading(f: Frame, c: Cursor): void {
  const p = f.palette;
  const kicker = ellipsize(f.index.dataset.meta.title, INNER, 14, true);
  c.parts.push(
    text(PAD_X, c.y + 14, kicker, { fill: p.muted, 'font-size': 14, 'font-weight': 600 }),
  );
  c.y += 14 + 14;
  const titleLines = wrapText(f.title, INNER, 30, { bold: true, maxLines: 2 });
  c.parts.push(
    lines(PAD_X, c.y + 30, titleLines, 38, { fill: p.text, 'font-size': 30, 'font-weight': 700 }),
  );
  c.y += 30 + (titleLines.length - 1) * 38;
  const subtitleLines = wrapText(f.subtitle, INNER, 17, { maxLines: 3 });
  if (subtitleLines.length > 0) {
    c.y += 10;
    c.parts.push(lines(PAD_X, c.y + 17, subtitleLines, 24, { fill: p.muted, 'font-size': 17 }));
    c.y += 17 + (subtitleLines.length - 1) * 24;
  }
}

/** The filters in words, beside a rule: what this image shows. */
function drawCaption(f: Frame, caption: string, c: Cursor): void {
  const p = f.palette;
  const captionLines = wrapText(caption, INNER - 14, 15, { bold: true, maxLines: 3 });
  c.y += 16;
  const captionHeight = 15 + (captionLines.length - 1) * 21;
  c.parts.push(
    el('rect', { x: PAD_X, y: c.y - 1, width: 4, height: captionHeight + 6, rx: 2, fill: p.axis }),
    lines(PAD_X + 14, c.y + 15, captionLines, 21, {
      fill: p.text,
      'font-size': 15,
      'font-weight': 600,
    }),
  );
  c.y += captionHeight + 6;
}

/** Notes, then the source line with "Source:" in bold on its first line. */
function drawFooter(f: Frame, source: string, c: Cursor): void {
  const p = f.palette;
  c.y += 24;
  for (const note of f.notes) {
    const noteLines = wrapText(note, INNER, 13, { maxLines: 4 });
    c.parts.push(lines(PAD_X, c.y + 13, noteLines, 19, { fill: p.muted, 'font-size': 13 }));
    c.y += noteLines.length * 19;
  }
  if (f.bare) return;
  const sourceLines = wrapText(source, INNER, 13, { maxLines: 4 });
  sourceLines.forEach((line, i) => {
    const base = c.y + 13 + i * 19;
    c.parts.push(
      i === 0 && line.startsWith('Source:')
        ? el(
            'text',
            { x: PAD_X, y: base, fill: p.muted, 'font-size': 13 },
            `<tspan font-weight="700">Source:</tspan>${escapeXml(line.slice('Source:'.length))}`,
          )
        : text(PAD_X, base, line, { fill: p.muted, 'font-size': 13 }),
    );
  });
  c.y += sourceLines.length * 19;
}

export function renderFrame(f: Frame): string {
  const c: Cursor = { parts: [], y: f.bare ? 0 : PAD_TOP };
  const caption = describeFilters(f.filters, f.index);
  if (!f.bare) {
    drawHeading(f, c);
    drawCaption(f, caption, c);
  }
  const legend = layoutLegend(f.legend, f.legendTitle, f.palette);
  if (legend.height > 0) {
    c.y += f.bare ? 0 : 18;
    c.parts.push(legend.draw(c.y));
    c.y += legend.height;
  }
  c.y += 24;
  c.parts.push(f.body(c.y));
  c.y += f.bodyHeight;
  const source = sourceLine(f.index);
  drawFooter(f, source, c);
  const height = Math.ceil(c.y + (f.bare ? 8 : PAD_BOTTOM));

  const description = `${f.subtitle} ${caption}. ${source}`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${SVG_WIDTH}" height="${height}" ` +
    `viewBox="0 0 ${SVG_WIDTH} ${height}" font-family="${FONT_FAMILY}" role="img" ` +
    `aria-labelledby="chart-title chart-desc">\n` +
    el('title', { id: 'chart-title' }, escapeXml(`${f.title} · ${f.index.dataset.meta.title}`)) +
    el('desc', { id: 'chart-desc' }, escapeXml(description)) +
    `\n<defs>${f.defs ?? ''}</defs>\n` +
    el('rect', { x: 0, y: 0, width: SVG_WIDTH, height, fill: f.palette.bg }) +
    '\n' +
    c.parts.join('\n') +
    `\n</svg>\n`
  );
}

/** Label every year, or every 2nd, 5th, 10th… (years divisible by it) when slots are narrow. */
export function yearLabelStep(slotWidth: number): number {
  const needed = (textWidth('0000', 15, true) + 12) / Math.max(1e-6, slotWidth);
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500]) if (step >= needed) return step;
  return 1000;
}

export const paletteOf = (options?: Pick<SvgOptions, 'theme'>) =>
  options?.theme === 'dark' ? DARK : LIGHT;
