import { MILESTONE_COLOR } from '../../model/colors';
import type { VisitChartSpec } from '../../model/visit-chart-spec';
import * as svg from './svg-frame';
import { escapeXml, textWidth } from './svg-text';

/** The band above the plot that holds the milestones' numbers, clear of the axis title. */
export const FLAG_BAND = 24;
const FLAG_H = 20;
/** Where a marker stands in its year's slot: in the gap before the bars, as on screen. */
const LINE_AT = 0.03;

interface PlotBox {
  left: number;
  groupW: number;
  top: number;
  baseline: number;
}

/** A dashed line per milestone year and its number flying right of it, above the plot. */
export function drawMilestones(spec: VisitChartSpec, plot: PlotBox): string[] {
  const out: string[] = [];
  for (const y of spec.milestoneYears) {
    const x = plot.left + plot.groupW * (y.slot + LINE_AT);
    const w = Math.max(FLAG_H, textWidth(y.marker, 12) + 10);
    out.push(
      svg.el(
        'g',
        { 'data-milestone-year': y.year },
        svg.el('title', {}, escapeXml(y.title)) +
          svg.el('line', {
            x1: x,
            x2: x,
            y1: plot.top - FLAG_H - 2,
            y2: plot.baseline,
            stroke: MILESTONE_COLOR,
            'stroke-width': 2,
            'stroke-dasharray': '5 4',
          }) +
          svg.el('rect', {
            x,
            y: plot.top - FLAG_H - 2,
            width: w,
            height: FLAG_H,
            rx: 3,
            fill: MILESTONE_COLOR,
          }) +
          svg.text(x + w / 2, plot.top - 7, y.marker, {
            fill: '#ffffff',
            'font-size': 12,
            'font-weight': 700,
            'text-anchor': 'middle',
          }),
      ),
    );
  }
  return out;
}

/** The key as footnotes: what each number marks, in words. */
export function milestoneKeyNotes(spec: VisitChartSpec): string[] {
  if (spec.milestones.length === 0) return [];
  return [
    `Milestones: ${spec.milestones.map((m) => `${m.number}. ${m.date}: ${m.label}`).join('; ')}.`,
  ];
}
