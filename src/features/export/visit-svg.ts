import { DIM_OPACITY } from '../../model/chart-spec';
import { CHART } from '../../lib/tokens';
import type { Dashboard } from '../../model/dashboard';
import type { DatasetIndex } from '../../model/dataset-index';
import type { Filters } from '../../model/filters';
import {
  visitChartSpec,
  type VisitChartSpec,
  type VisitMark,
  type VisitYearSpec,
} from '../../model/visit-chart-spec';
import type { VisitMode } from '../../model/visits-view';
import * as svg from './svg-frame';
import { drawMilestones, FLAG_BAND, milestoneKeyNotes } from './milestone-svg';
import { textWidth } from './svg-text';

export interface VisitSvgOptions extends svg.SvgOptions {
  /** How trips are split (default: by direction). */
  mode?: VisitMode;
  /** Draw contacts without travel (default: yes). */
  showContacts?: boolean;
  /** Draw the milestone markers (default: yes). */
  showMilestones?: boolean;
}

const AXIS_TITLE_SPACE = 30;
const PLOT_H = 360;
const X_AXIS_SPACE = 40;
/** Room a count needs: a segment's height and width, and a year's slot for the totals. */
const SEGMENT_LABEL_MIN = { height: 20, width: 18 };
const VALUE_SLOT_MIN = 28;

/** Where the plot sits and how wide each year's bars are. */
interface Plot {
  left: number;
  right: number;
  baseline: number;
  groupW: number;
  barW: number;
  gap: number;
  /** Whether a year's slot is wide enough for the counts above its bars. */
  valuesFit: boolean;
  yOf: (v: number) => number;
}

/** The room above the plot: the axis title, and the milestones' numbers when there are any. */
const headRoom = (spec: VisitChartSpec) =>
  AXIS_TITLE_SPACE + (spec.milestoneYears.length > 0 ? FLAG_BAND : 0);

function plotOf(spec: VisitChartSpec, top: number): Plot {
  const plotTop = top + headRoom(spec);
  const baseline = plotTop + PLOT_H;
  const tickW = Math.max(...spec.ticks.map((t) => textWidth(String(t), 14)));
  const left = svg.PAD_X + tickW + 12;
  const right = svg.PAD_X + svg.INNER;
  const groupW = (right - left) / Math.max(1, spec.years.length);
  const contacts = spec.contactSeries !== null;
  const barW = contacts
    ? Math.max(6, Math.min(64, groupW * 0.32))
    : Math.max(8, Math.min(96, groupW * 0.5));
  return {
    left,
    right,
    baseline,
    groupW,
    barW,
    gap: Math.min(6, groupW * 0.04),
    valuesFit: (contacts ? groupW / 2 : groupW) >= VALUE_SLOT_MIN,
    yOf: (v) => baseline - (v / spec.yMax) * PLOT_H,
  };
}

/** The axis title, the gridlines and the tick values. */
function drawValueAxis(spec: VisitChartSpec, plot: Plot, top: number, p: svg.Palette): string[] {
  const out = [
    svg.text(svg.PAD_X, top + 14, spec.yLabel, {
      fill: p.muted,
      'font-size': 14,
      'font-weight': 600,
    }),
  ];
  const tickRight = plot.left - 12;
  for (const t of spec.ticks) {
    const y = plot.yOf(t);
    out.push(
      svg.el('line', {
        x1: plot.left,
        x2: plot.right,
        y1: y,
        y2: y,
        stroke: t === 0 ? p.axis : p.grid,
        'stroke-width': t === 0 ? 1.5 : 1,
        'stroke-dasharray': t === 0 ? undefined : '4 4',
      }),
      svg.text(tickRight, y + 5, String(t), {
        fill: p.muted,
        'font-size': 14,
        'text-anchor': 'end',
      }),
    );
  }
  return out;
}

const valueText = (x: number, y: number, label: string, fill: string, size = 14) =>
  svg.text(x, y, label, {
    fill,
    'font-size': size,
    'font-weight': 700,
    'text-anchor': 'middle',
  });

/** One year's stack, bottom first, with the counts the spec prints on it and above it. */
function drawStack(year: VisitYearSpec, x: number, plot: Plot, p: svg.Palette): string[] {
  const out: string[] = [];
  let acc = 0;
  for (const mark of year.stack) {
    if (mark.value <= 0) continue;
    const y0 = plot.yOf(acc);
    const y1 = plot.yOf(acc + mark.value);
    acc += mark.value;
    out.push(
      svg.el('rect', {
        x,
        y: y1,
        width: plot.barW,
        height: y0 - y1,
        fill: mark.color,
        'fill-opacity': mark.dimmed ? DIM_OPACITY : undefined,
        stroke: p.bg,
        'stroke-width': 1,
      }),
    );
    const fits = y0 - y1 >= SEGMENT_LABEL_MIN.height && plot.barW >= SEGMENT_LABEL_MIN.width;
    if (mark.label && fits) {
      out.push(valueText(x + plot.barW / 2, (y0 + y1) / 2 + 5, mark.label, mark.labelColor));
    }
  }
  const total = year.total;
  if (total.label && plot.valuesFit) {
    const fill = total.dimmed ? p.muted : p.text;
    out.push(valueText(x + plot.barW / 2, plot.yOf(total.value) - 8, total.label, fill, 15));
  }
  return out;
}

/** The hatched contacts bar beside the stack. */
function drawContacts(mark: VisitMark, x: number, plot: Plot, p: svg.Palette): string[] {
  if (mark.value <= 0) return [];
  const top = plot.yOf(mark.value);
  const out = [
    svg.el('rect', {
      x: x + 0.75,
      y: top + 0.75,
      width: plot.barW - 1.5,
      height: plot.yOf(0) - top - 1.5,
      fill: `url(#${svg.HATCH_ID})`,
      stroke: mark.color,
      'stroke-width': 1.5,
      opacity: mark.dimmed ? DIM_OPACITY : undefined,
    }),
  ];
  if (mark.label && plot.valuesFit) {
    out.push(valueText(x + plot.barW / 2, top - 8, mark.label, p.muted));
  }
  return out;
}

function drawYearLabel(year: VisitYearSpec, cx: number, plot: Plot, p: svg.Palette): string {
  return svg.text(cx, plot.baseline + 26, String(year.year), {
    fill: year.emphasis === 'dimmed' ? p.muted : p.text,
    'font-size': 15,
    'font-weight': year.emphasis === 'selected' ? 700 : undefined,
    'text-anchor': 'middle',
  });
}

/** The empty state, over the middle of the plot as on screen. */
function drawEmpty(message: string, plot: Plot, p: svg.Palette): string {
  const y = plot.baseline - PLOT_H / 2;
  return svg.text((plot.left + plot.right) / 2, y, message, {
    fill: p.muted,
    'font-size': 16,
    'text-anchor': 'middle',
  });
}

/** The selected year's band behind its bars, as on screen: one year marked, on its own. */
function drawSelectedBand(year: number, at: number, plot: Plot, p: svg.Palette): string {
  return svg.el('rect', {
    'data-selected-year': year,
    x: plot.left + plot.groupW * at,
    y: plot.baseline - PLOT_H,
    width: plot.groupW,
    height: PLOT_H,
    fill: p.accent,
    'fill-opacity': CHART['selected-opacity'],
    stroke: p.accent,
    'stroke-width': 1.5,
  });
}

function drawBody(spec: VisitChartSpec, top: number, p: svg.Palette): string {
  const plot = plotOf(spec, top);
  const out = drawValueAxis(spec, plot, top, p);
  const yearStep = svg.yearLabelStep(plot.groupW);
  spec.years.forEach((year, i) => {
    if (year.year === spec.selectedYear) out.push(drawSelectedBand(year.year, i, plot, p));
    const cx = plot.left + plot.groupW * (i + 0.5);
    const tripX = year.contacts ? cx - plot.gap / 2 - plot.barW : cx - plot.barW / 2;
    out.push(...drawStack(year, tripX, plot, p));
    if (year.contacts) out.push(...drawContacts(year.contacts, cx + plot.gap / 2, plot, p));
    if (year.year % yearStep === 0) out.push(drawYearLabel(year, cx, plot, p));
  });
  out.push(...drawMilestones(spec, { ...plot, top: plot.baseline - PLOT_H }));
  if (spec.empty) out.push(drawEmpty(spec.empty, plot, p));
  return out.join('');
}

/**
 * Trips per year as stacked bars (by direction or by level), with contacts without travel
 * as a separate hatched bar: `visitChartSpec` drawn as a standalone SVG.
 */
export function visitFrequencySvg(
  index: DatasetIndex,
  data: Pick<Dashboard, 'mask' | 'visits'>,
  filters: Filters,
  options: VisitSvgOptions,
): string {
  const p = svg.paletteOf(options);
  const spec = visitChartSpec(index, data, filters, {
    title: options.title,
    mode: options.mode ?? 'direction',
    showContacts: options.showContacts ?? true,
    surface: 'slide',
    showMilestones: options.showMilestones ?? true,
  });
  return svg.renderFrame({
    ...spec,
    notes: [...spec.notes, ...milestoneKeyNotes(spec)],
    bare: options.bare,
    index,
    filters,
    palette: p,
    defs: svg.hatchDefs(p),
    bodyHeight: headRoom(spec) + PLOT_H + X_AXIS_SPACE,
    body: (top) => drawBody(spec, top, p),
  });
}
