/**
 * Standalone SVG images of the dashboard's charts, built from the model's aggregates (not by
 * copying the on-screen DOM), for slides and reports. Every image carries its title, a
 * subtitle, the active filters in words, a legend, notes and the source line, and uses plain
 * SVG 1.1 only (no CSS, no external references) so browsers and Inkscape open it as is.
 */
import { skippedYearsLabel } from '../../model/year-axis';
import { THEMES, type ThemeTokens } from '../../lib/tokens';
import { viewTitle, type ChartViewId } from '../../model/views';
import { heatLegend } from '../../model/sectors-view';
import {
  countryColor,
  heatColor,
  heatTextColor,
  NO_TRAVEL_COLOR,
  OTHER_COUNTRY_COLOR,
  sectorColor,
} from '../../model/colors';
import type { Dashboard } from '../../model/dashboard';
import { countryName, type DatasetIndex } from '../../model/dataset-index';
import { describeFilters, sourceLine } from '../../model/describe';
import type { Filters } from '../../model/filters';
import { PEOPLE_TOP, visibleRanking } from '../../model/people-view';
import {
  CONTACTS_KEY,
  integerTicks,
  levelVisits,
  visitChartRows,
  visitSeries,
  yearInRange,
  type VisitMode,
} from '../../model/visits-view';
import { ellipsize, escapeXml, textWidth, wrapText } from './svg-text';

export type ExportChart = ChartViewId;

export interface SvgOptions {
  theme?: 'light' | 'dark';
}

export interface VisitSvgOptions extends SvgOptions {
  mode: VisitMode;
  showContacts: boolean;
}

export const SVG_WIDTH = 1200;
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

const PAD_X = 56;
const PAD_TOP = 44;
const PAD_BOTTOM = 36;
const INNER = SVG_WIDTH - 2 * PAD_X;
const DIM = 0.3;

interface Palette {
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
  };
}
const LIGHT = paletteFrom(THEMES.light);
const DARK = paletteFrom(THEMES.dark);

const HATCH_ID = 'bilateral-hatch-contacts';

// ---------------------------------------------------------------- SVG primitives

const num = (v: number) => String(Math.round(v * 100) / 100);

type Attrs = Record<string, string | number | undefined | null>;

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
  }
  return out;
}

function el(name: string, a: Attrs, content?: string): string {
  return content === undefined
    ? `<${name}${attrs(a)}/>`
    : `<${name}${attrs(a)}>${content}</${name}>`;
}

function text(x: number, y: number, content: string, a: Attrs = {}): string {
  return el('text', { x, y, ...a }, escapeXml(content));
}

/** Relative luminance (WCAG) of a #RRGGBB colour. */
function luminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 0;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** White or near-black, whichever reads better on the fill. */
function labelOn(fill: string): string {
  const l = luminance(fill);
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#FFFFFF' : '#111111';
}

function hatchDefs(p: Palette): string {
  return (
    `<pattern id="${HATCH_ID}" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">` +
    el('rect', { x: 0, y: 0, width: 8, height: 8, fill: p.hatchBg }) +
    el('rect', { x: 0, y: 0, width: 3, height: 8, fill: NO_TRAVEL_COLOR }) +
    `</pattern>`
  );
}

// ---------------------------------------------------------------- frame

interface LegendItem {
  label: string;
  fill: string;
  stroke?: string;
}

interface Frame {
  index: DatasetIndex;
  filters: Filters;
  palette: Palette;
  title: string;
  subtitle: string;
  legendTitle?: string;
  legend: LegendItem[];
  notes: string[];
  defs?: string;
  bodyHeight: number;
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

function layoutLegend(
  items: readonly LegendItem[],
  title: string | undefined,
  p: Palette,
): PlacedLegend {
  if (items.length === 0) return { height: 0, draw: () => '' };
  const placed: { x: number; row: number; item?: LegendItem; label: string }[] = [];
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
              fill: item.fill,
              stroke: item.stroke,
              'stroke-width': item.stroke ? 1 : undefined,
            }) +
            text(PAD_X + lx + SWATCH + 8, base, label, { fill: p.text, 'font-size': LEGEND_FONT })
          );
        })
        .join(''),
  };
}

function lines(
  x: number,
  firstBaseline: number,
  content: readonly string[],
  lineHeight: number,
  a: Attrs,
): string {
  if (content.length === 0) return '';
  return content.map((line, i) => text(x, firstBaseline + i * lineHeight, line, a)).join('');
}

function renderFrame(f: Frame): string {
  const p = f.palette;
  const parts: string[] = [];
  let y = PAD_TOP;

  // Dataset title, small, above the chart title.
  const kicker = ellipsize(f.index.dataset.meta.title, INNER, 14, true);
  parts.push(text(PAD_X, y + 14, kicker, { fill: p.muted, 'font-size': 14, 'font-weight': 600 }));
  y += 14 + 14;

  const titleLines = wrapText(f.title, INNER, 30, { bold: true, maxLines: 2 });
  parts.push(
    lines(PAD_X, y + 30, titleLines, 38, { fill: p.text, 'font-size': 30, 'font-weight': 700 }),
  );
  y += 30 + (titleLines.length - 1) * 38;

  const subtitleLines = wrapText(f.subtitle, INNER, 17, { maxLines: 3 });
  if (subtitleLines.length > 0) {
    y += 10;
    parts.push(lines(PAD_X, y + 17, subtitleLines, 24, { fill: p.muted, 'font-size': 17 }));
    y += 17 + (subtitleLines.length - 1) * 24;
  }

  // The filters in words: what this image shows.
  const caption = describeFilters(f.filters, f.index);
  const captionLines = wrapText(caption, INNER - 14, 15, { bold: true, maxLines: 3 });
  y += 16;
  const captionHeight = 15 + (captionLines.length - 1) * 21;
  parts.push(
    el('rect', { x: PAD_X, y: y - 1, width: 4, height: captionHeight + 6, rx: 2, fill: p.axis }),
  );
  parts.push(
    lines(PAD_X + 14, y + 15, captionLines, 21, {
      fill: p.text,
      'font-size': 15,
      'font-weight': 600,
    }),
  );
  y += captionHeight + 6;

  const legend = layoutLegend(f.legend, f.legendTitle, p);
  if (legend.height > 0) {
    y += 18;
    parts.push(legend.draw(y));
    y += legend.height;
  }

  y += 24;
  parts.push(f.body(y));
  y += f.bodyHeight;

  // Footer: notes, then the source line ("Source:" in bold on its first line).
  y += 24;
  for (const note of f.notes) {
    const noteLines = wrapText(note, INNER, 13, { maxLines: 4 });
    parts.push(lines(PAD_X, y + 13, noteLines, 19, { fill: p.muted, 'font-size': 13 }));
    y += noteLines.length * 19;
  }
  const source = sourceLine(f.index);
  const sourceLines = wrapText(source, INNER, 13, { maxLines: 4 });
  sourceLines.forEach((line, i) => {
    const base = y + 13 + i * 19;
    if (i === 0 && line.startsWith('Source:')) {
      parts.push(
        el(
          'text',
          { x: PAD_X, y: base, fill: p.muted, 'font-size': 13 },
          `<tspan font-weight="700">Source:</tspan>${escapeXml(line.slice('Source:'.length))}`,
        ),
      );
    } else {
      parts.push(text(PAD_X, base, line, { fill: p.muted, 'font-size': 13 }));
    }
  });
  y += sourceLines.length * 19;
  const height = Math.ceil(y + PAD_BOTTOM);

  const description = `${f.subtitle} ${caption}. ${source}`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${SVG_WIDTH}" height="${height}" ` +
    `viewBox="0 0 ${SVG_WIDTH} ${height}" font-family="${FONT_FAMILY}" role="img" ` +
    `aria-labelledby="chart-title chart-desc">\n` +
    el('title', { id: 'chart-title' }, escapeXml(`${f.title} · ${f.index.dataset.meta.title}`)) +
    el('desc', { id: 'chart-desc' }, escapeXml(description)) +
    `\n<defs>${f.defs ?? ''}</defs>\n` +
    el('rect', { x: 0, y: 0, width: SVG_WIDTH, height, fill: p.bg }) +
    '\n' +
    parts.join('\n') +
    `\n</svg>\n`
  );
}

/** Label every year, or every 2nd, 5th, 10th… (years divisible by it) when slots are narrow. */
function yearLabelStep(slotWidth: number): number {
  const needed = (textWidth('0000', 15, true) + 12) / Math.max(1e-6, slotWidth);
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500]) if (step >= needed) return step;
  return 1000;
}

const paletteOf = (options?: SvgOptions) => (options?.theme === 'dark' ? DARK : LIGHT);

// ---------------------------------------------------------------- visit frequency

/**
 * Trips per year as stacked bars (by direction or by level), with contacts without travel
 * as a separate hatched bar. Bars the filters leave out are faded, as on screen.
 */
export function visitFrequencySvg(
  index: DatasetIndex,
  data: Pick<Dashboard, 'mask' | 'visits'>,
  filters: Filters,
  options: VisitSvgOptions = { mode: 'direction', showContacts: true },
): string {
  const p = paletteOf(options);
  const { mode, showContacts } = options;
  const levels = mode === 'level' ? levelVisits(index, data.mask) : data.visits;
  const rows = visitChartRows(mode, data.visits, levels);
  const all = visitSeries(index, mode, filters);
  // Meetings in third countries stack on the trips as a series of their own, as on screen.
  const trips = all.filter((s) => s.kind === 'trips' || s.kind === 'elsewhere');
  const hasElsewhere = all.some((s) => s.kind === 'elsewhere');
  const contactSeries = showContacts ? all.find((s) => s.kind === 'contacts') : undefined;
  // No contact in any year: no empty slot beside every bar, and a note instead of a legend key.
  const noContacts = rows.every((r) => (r[CONTACTS_KEY] ?? 0) === 0);
  const contacts = noContacts ? undefined : contactSeries;

  const maxValue = Math.max(
    0,
    ...rows.map((r) => Math.max(r.stack, contacts ? (r[CONTACTS_KEY] ?? 0) : 0)),
  );
  const ticks = integerTicks(maxValue);
  const yMax = ticks[ticks.length - 1] ?? 1;
  const hasRange = filters.from !== null || filters.to !== null;
  const anyDimmed =
    all.some((s) => !s.highlighted && (s.kind !== 'contacts' || contacts !== undefined)) ||
    (hasRange && rows.some((r) => !yearInRange(r.year, filters)));

  const axisTitleSpace = 30;
  const plotH = 360;
  const xAxisSpace = 40;
  const bodyHeight = axisTitleSpace + plotH + xAxisSpace;

  const body = (top: number) => {
    const out: string[] = [];
    const plotTop = top + axisTitleSpace;
    const baseline = plotTop + plotH;
    const tickW = Math.max(...ticks.map((t) => textWidth(String(t), 14)));
    const plotLeft = PAD_X + tickW + 12;
    const plotRight = PAD_X + INNER;
    const yOf = (v: number) => baseline - (v / yMax) * plotH;

    out.push(
      text(PAD_X, top + 14, hasElsewhere ? 'Trips and meetings' : 'Trips', {
        fill: p.muted,
        'font-size': 14,
        'font-weight': 600,
      }),
    );
    for (const t of ticks) {
      const y = yOf(t);
      out.push(
        el('line', {
          x1: plotLeft,
          x2: plotRight,
          y1: y,
          y2: y,
          stroke: t === 0 ? p.axis : p.grid,
          'stroke-width': t === 0 ? 1.5 : 1,
          'stroke-dasharray': t === 0 ? undefined : '4 4',
        }),
      );
      out.push(
        text(PAD_X + tickW, y + 5, String(t), {
          fill: p.muted,
          'font-size': 14,
          'text-anchor': 'end',
        }),
      );
    }

    const n = Math.max(1, rows.length);
    const groupW = (plotRight - plotLeft) / n;
    const barW = contacts
      ? Math.max(6, Math.min(64, groupW * 0.32))
      : Math.max(8, Math.min(96, groupW * 0.5));
    const gap = Math.min(6, groupW * 0.04);
    // Many years (a long dataset): fewer year labels, and no value labels on slim bars.
    const showValues = (contacts ? groupW / 2 : groupW) >= 28;
    const yearStep = yearLabelStep(groupW);

    rows.forEach((row, i) => {
      const cx = plotLeft + groupW * (i + 0.5);
      const inRange = yearInRange(row.year, filters);
      const tripX = contacts ? cx - gap / 2 - barW : cx - barW / 2;

      // The trips stack, bottom first.
      const segments = trips.map((s) => ({ s, v: row[s.key] ?? 0 })).filter((x) => x.v > 0);
      let acc = 0;
      for (const { s, v } of segments) {
        const y0 = yOf(acc);
        const y1 = yOf(acc + v);
        acc += v;
        const on = s.highlighted && inRange;
        out.push(
          el('rect', {
            x: tripX,
            y: y1,
            width: barW,
            height: y0 - y1,
            fill: s.color,
            'fill-opacity': on ? undefined : DIM,
            stroke: p.bg,
            'stroke-width': 1,
          }),
        );
        if (showValues && segments.length > 1 && y0 - y1 >= 20 && barW >= 18) {
          out.push(
            text(tripX + barW / 2, (y0 + y1) / 2 + 5, String(v), {
              fill: on ? labelOn(s.color) : p.text,
              'font-size': 14,
              'font-weight': 700,
              'text-anchor': 'middle',
              'fill-opacity': on ? undefined : 0.6,
            }),
          );
        }
      }
      const tripsOn = inRange && trips.some((s) => s.highlighted);
      if (showValues) {
        out.push(
          text(tripX + barW / 2, yOf(row.stack) - 8, String(row.stack), {
            fill: row.stack === 0 ? p.muted : p.text,
            'font-size': 15,
            'font-weight': 700,
            'text-anchor': 'middle',
            'fill-opacity': tripsOn ? undefined : 0.55,
          }),
        );
      }

      if (contacts) {
        const v = row[CONTACTS_KEY] ?? 0;
        const x = cx + gap / 2;
        const on = contacts.highlighted && inRange;
        if (v > 0) {
          out.push(
            el('rect', {
              x: x + 0.75,
              y: yOf(v) + 0.75,
              width: barW - 1.5,
              height: yOf(0) - yOf(v) - 1.5,
              fill: `url(#${HATCH_ID})`,
              stroke: NO_TRAVEL_COLOR,
              'stroke-width': 1.5,
              opacity: on ? undefined : DIM,
            }),
          );
          if (showValues) {
            out.push(
              text(x + barW / 2, yOf(v) - 8, String(v), {
                fill: p.muted,
                'font-size': 14,
                'font-weight': 700,
                'text-anchor': 'middle',
                'fill-opacity': on ? undefined : 0.55,
              }),
            );
          }
        }
      }

      if (row.year % yearStep === 0) {
        out.push(
          text(cx, baseline + 26, String(row.year), {
            fill: hasRange && !inRange ? p.muted : p.text,
            'font-size': 15,
            'font-weight': hasRange && inRange ? 700 : undefined,
            'text-anchor': 'middle',
          }),
        );
      }
    });
    return out.join('');
  };

  const legend: LegendItem[] = trips.map((s) => ({ label: s.label, fill: s.color }));
  if (contacts) {
    legend.push({ label: contacts.label, fill: `url(#${HATCH_ID})`, stroke: NO_TRAVEL_COLOR });
  }
  const notes = [
    'Engagements on one trip count as one trip, in the year of its first engagement' +
      (mode === 'level' ? ', at the highest level of anyone on it.' : '.') +
      (hasElsewhere
        ? ' Meetings in third countries are a series of their own, not a visit by either side.'
        : '') +
      (contacts ? ' Calls, letters and diplomatic protests without travel are shown apart.' : ''),
  ];
  if (contactSeries && noContacts) notes.push('No contacts without travel match these filters.');
  if (anyDimmed) notes.push('Faded bars are outside the selected filters.');
  if (maxValue === 0) notes.unshift('No trips or contacts match these filters.');

  return renderFrame({
    index,
    filters,
    palette: p,
    title: viewTitle('visit-frequency'),
    subtitle:
      mode === 'direction'
        ? 'Trips per year by who travelled.'
        : 'Trips per year by the highest level of the delegation.',
    legend,
    notes,
    defs: hatchDefs(p),
    bodyHeight,
    body,
  });
}

// ---------------------------------------------------------------- cooperation areas

/** Sectors × years, counts in the cells, rows sorted by total, with a Total column. */
export function cooperationAreasSvg(
  index: DatasetIndex,
  data: Pick<Dashboard, 'sectors'>,
  filters: Filters,
  options: SvgOptions = {},
): string {
  const p = paletteOf(options);
  const { years, rows, max, skipped } = data.sectors;
  const selected = new Set(filters.sectors);
  const highlight = selected.size > 0;
  const position = new Map(index.sectors.map((s, i) => [s.id, i]));

  const longest = Math.max(0, ...rows.map((r) => textWidth(r.label, 15, true)));
  const labelW = Math.min(360, Math.max(180, longest + 32));
  const totalW = 84;
  const cellW = Math.min(150, (INNER - labelW - totalW - 12) / Math.max(1, years.length));
  // Many years (a long dataset): fewer year labels, and no counts in cells too narrow.
  const showCounts = cellW >= 30;
  const yearStep = yearLabelStep(cellW);
  const headH = 34;
  const rowH = 40;
  const cellGap = Math.min(3, cellW * 0.2);
  const bodyHeight = years.length === 0 ? 60 : headH + rows.length * rowH;

  const body = (top: number) => {
    const out: string[] = [];
    if (years.length === 0) {
      out.push(
        text(PAD_X, top + 30, 'No engagements match these filters.', {
          fill: p.muted,
          'font-size': 17,
        }),
      );
      return out.join('');
    }
    const gridLeft = PAD_X + labelW;
    const totalLeft = gridLeft + cellW * years.length + 12;

    years.forEach((year, c) => {
      if (year % yearStep !== 0) return;
      const yearOn = yearInRange(year, filters);
      out.push(
        text(gridLeft + cellW * (c + 0.5), top + 20, String(year), {
          fill: yearOn ? p.text : p.muted,
          'font-size': 15,
          'font-weight': 700,
          'text-anchor': 'middle',
        }),
      );
    });
    out.push(
      text(totalLeft + totalW / 2, top + 20, 'Total', {
        fill: p.text,
        'font-size': 15,
        'font-weight': 700,
        'text-anchor': 'middle',
      }),
    );

    rows.forEach((row, r) => {
      const y = top + headH + r * rowH;
      const on = !highlight || selected.has(row.sectorId);
      const rowOpacity = on ? undefined : 0.35;
      const color = sectorColor(position.get(row.sectorId) ?? 0);
      out.push(
        el('rect', {
          x: PAD_X,
          y: y + rowH / 2 - 7,
          width: 14,
          height: 14,
          rx: 3,
          fill: color,
          opacity: rowOpacity,
        }),
      );
      out.push(
        text(PAD_X + 24, y + rowH / 2 + 5, ellipsize(row.label, labelW - 36, 15, on && highlight), {
          fill: on ? p.text : p.muted,
          'font-size': 15,
          'font-weight': on && highlight ? 700 : undefined,
        }),
      );
      row.counts.forEach((count, c) => {
        const fill = heatColor(count, max);
        const x = gridLeft + c * cellW;
        out.push(
          el('rect', {
            x: x + cellGap / 2,
            y: y + cellGap / 2,
            width: cellW - cellGap,
            height: rowH - cellGap,
            rx: 3,
            fill: fill ?? p.empty,
            opacity: rowOpacity,
          }),
        );
        if (fill !== null && showCounts) {
          out.push(
            text(x + cellW / 2, y + rowH / 2 + 5, String(count), {
              // Faded rows keep readable numbers: grey text on the pale cell.
              fill: on ? heatTextColor(fill) : p.muted,
              'font-size': 15,
              'font-weight': on ? 700 : 400,
              'text-anchor': 'middle',
            }),
          );
        }
      });
      out.push(
        el('rect', {
          x: totalLeft + cellGap / 2,
          y: y + cellGap / 2,
          width: totalW - cellGap,
          height: rowH - cellGap,
          rx: 3,
          fill: p.totalBg,
          opacity: rowOpacity,
        }),
      );
      out.push(
        text(totalLeft + totalW / 2, y + rowH / 2 + 5, String(row.total), {
          fill: row.total === 0 || !on ? p.muted : p.text,
          'font-size': 15,
          'font-weight': on ? 700 : 400,
          'text-anchor': 'middle',
        }),
      );
    });
    return out.join('');
  };

  const legend: LegendItem[] = [
    { label: 'None', fill: p.empty, stroke: p.axis },
    ...heatLegend(max).map((s) => ({ label: s.label, fill: s.color })),
  ];
  const notes = [
    'An engagement that covers several sectors counts once in each, so columns do not add up to the number of engagements.',
  ];
  if (highlight) notes.push('Selected sectors in bold; the others are faded.');
  if (skipped.length > 0) {
    notes.push(`Years with no recorded engagement are left out: ${skippedYearsLabel(skipped)}.`);
  }
  if (years.length > 0 && max === 0) notes.unshift('No engagements match these filters.');
  if (!showCounts && max > 0)
    notes.push(
      'Cells are too narrow for their counts; the Total column and the CSV export have them.',
    );

  return renderFrame({
    index,
    filters,
    palette: p,
    title: viewTitle('cooperation-areas'),
    subtitle: 'Engagements per sector and year, sectors with the most engagements first.',
    legendTitle: 'Engagements per cell:',
    legend: years.length === 0 ? [] : legend,
    notes,
    bodyHeight,
    body,
  });
}

// ---------------------------------------------------------------- people involved

/** The top people by engagements as horizontal bars, with name, role and country colour. */
export function peopleInvolvedSvg(
  index: DatasetIndex,
  data: Pick<Dashboard, 'people'>,
  filters: Filters,
  options: SvgOptions = {},
): string {
  const p = paletteOf(options);
  const pair = index.dataset.meta.countries;
  const shown = visibleRanking(data.people, filters.people, PEOPLE_TOP);
  const selected = new Set(filters.people);
  const highlight = selected.size > 0;

  const rowH = 50;
  const axisH = 56;
  const bodyHeight = shown.length === 0 ? 60 : shown.length * rowH + axisH;
  const maxCount = Math.max(0, ...shown.map((x) => x.person.engagements));
  const ticks = integerTicks(maxCount);
  const xMax = ticks[ticks.length - 1] ?? 1;

  const body = (top: number) => {
    const out: string[] = [];
    if (shown.length === 0) {
      out.push(
        text(PAD_X, top + 30, 'Nobody matches these filters.', { fill: p.muted, 'font-size': 17 }),
      );
      return out.join('');
    }
    const rankW = textWidth(`${shown[shown.length - 1]!.rank}.`, 15) + 10;
    const labelW = 470;
    const plotLeft = PAD_X + labelW + 16;
    const plotRight = PAD_X + INNER - 48;
    const xOf = (v: number) => plotLeft + (v / xMax) * (plotRight - plotLeft);
    const plotBottom = top + shown.length * rowH;

    for (const t of ticks) {
      const x = xOf(t);
      out.push(
        el('line', {
          x1: x,
          x2: x,
          y1: top,
          y2: plotBottom,
          stroke: t === 0 ? p.axis : p.grid,
          'stroke-width': t === 0 ? 1.5 : 1,
          'stroke-dasharray': t === 0 ? undefined : '4 4',
        }),
      );
      out.push(
        text(x, plotBottom + 22, String(t), {
          fill: p.muted,
          'font-size': 14,
          'text-anchor': 'middle',
        }),
      );
    }
    out.push(
      text(plotRight, plotBottom + 46, 'Engagements taken part in', {
        fill: p.muted,
        'font-size': 14,
        'font-weight': 600,
        'text-anchor': 'end',
      }),
    );

    shown.forEach(({ person, rank }, i) => {
      const y = top + i * rowH;
      const on = !highlight || selected.has(person.personId);
      const color = countryColor(pair, person.country);
      const nameX = PAD_X + rankW;
      const textW = labelW - rankW;
      out.push(
        text(nameX - 8, y + 21, `${rank}.`, {
          fill: p.muted,
          'font-size': 15,
          'text-anchor': 'end',
        }),
      );
      const name = ellipsize(person.name, textW - 44, 15, true);
      out.push(
        text(nameX, y + 21, name, {
          fill: on ? p.text : p.muted,
          'font-size': 15,
          'font-weight': 700,
        }),
      );
      out.push(
        text(plotLeft - 12, y + 30, person.country, {
          fill: p.muted,
          'font-size': 13,
          'font-weight': 600,
          'text-anchor': 'end',
        }),
      );
      out.push(
        text(nameX, y + 40, ellipsize(person.role, textW - 44, 13), {
          fill: p.muted,
          'font-size': 13,
        }),
      );
      const x1 = xOf(person.engagements);
      out.push(
        el('rect', {
          x: plotLeft,
          y: y + 12,
          width: Math.max(2, x1 - plotLeft),
          height: 26,
          rx: 2,
          fill: color,
          'fill-opacity': on ? undefined : DIM,
        }),
      );
      out.push(
        text(x1 + 8, y + 30, String(person.engagements), {
          fill: on ? p.text : p.muted,
          'font-size': 15,
          'font-weight': 700,
        }),
      );
    });
    return out.join('');
  };

  const codes = [...new Set(shown.map((x) => x.person.country))];
  const order = (code: string) => {
    const at = pair.findIndex((c) => c.code === code);
    return at < 0 ? pair.length : at;
  };
  codes.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const others = codes.filter((c) => order(c) === pair.length);
  const legend: LegendItem[] = codes
    .filter((c) => order(c) < pair.length)
    .map((c) => ({ label: countryName(index, c), fill: countryColor(pair, c) }));
  if (others.length > 0) {
    legend.push({
      label: others.map((c) => countryName(index, c)).join(', '),
      fill: OTHER_COUNTRY_COLOR,
    });
  }

  const notes: string[] = [];
  if (data.people.length > shown.length || shown.some((x) => x.rank > PEOPLE_TOP)) {
    notes.push(
      `Top ${Math.min(PEOPLE_TOP, data.people.length)} of ${data.people.length} people` +
        (shown.length > PEOPLE_TOP ? ', plus the selected people ranked lower.' : '.'),
    );
  }
  if (highlight) notes.push('Selected people in full colour; the others are faded.');
  notes.push('Roles are the most recent the sources give.');

  return renderFrame({
    index,
    filters,
    palette: p,
    title: viewTitle('people-involved'),
    subtitle: 'People ranked by the engagements they took part in.',
    legendTitle: 'Country:',
    legend,
    notes,
    bodyHeight,
    body,
  });
}

// ---------------------------------------------------------------- dispatch

export interface BuiltSvg {
  svg: string;
  width: number;
  height: number;
}

/** The root element's width and height, as written by these builders. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="(\d+(?:\.\d+)?)"/.exec(root)?.[1] ?? SVG_WIDTH);
  const height = Number(/\sheight="(\d+(?:\.\d+)?)"/.exec(root)?.[1] ?? 0);
  return { width, height };
}

export function chartSvg(
  chart: ExportChart,
  index: DatasetIndex,
  data: Dashboard,
  filters: Filters,
  options: SvgOptions & Partial<VisitSvgOptions> = {},
): BuiltSvg {
  let svg: string;
  if (chart === 'visit-frequency') {
    svg = visitFrequencySvg(index, data, filters, {
      theme: options.theme,
      mode: options.mode ?? 'direction',
      showContacts: options.showContacts ?? true,
    });
  } else if (chart === 'cooperation-areas') {
    svg = cooperationAreasSvg(index, data, filters, options);
  } else {
    svg = peopleInvolvedSvg(index, data, filters, options);
  }
  return { svg, ...svgSize(svg) };
}
