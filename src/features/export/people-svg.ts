import { DIM_OPACITY } from '../../model/chart-spec';
import type { Dashboard } from '../../model/dashboard';
import type { DatasetIndex } from '../../model/dataset-index';
import type { Filters } from '../../model/filters';
import {
  peopleChartSpec,
  type PeopleChartRow,
  type PeopleChartSpec,
} from '../../model/people-chart-spec';
import * as svg from './svg-frame';
import { ellipsize, textWidth } from './svg-text';

const ROW_H = 50;
const AXIS_H = 56;
const EMPTY_H = 60;
const LABEL_W = 470;

/** Where the bars go: the label column's split and the plot's ends, in px. */
interface Geometry {
  top: number;
  rankW: number;
  plotLeft: number;
  plotRight: number;
  plotBottom: number;
  xOf: (value: number) => number;
}

function geometry(spec: PeopleChartSpec, top: number): Geometry {
  const last = spec.rows[spec.rows.length - 1]!;
  const plotLeft = svg.PAD_X + LABEL_W + 16;
  const plotRight = svg.PAD_X + svg.INNER - 48;
  return {
    top,
    rankW: textWidth(`${last.rank}.`, 15) + 10,
    plotLeft,
    plotRight,
    plotBottom: top + spec.rows.length * ROW_H,
    xOf: (v) => plotLeft + (v / spec.axisMax) * (plotRight - plotLeft),
  };
}

/** Gridlines with their labels under the plot, then the axis title. */
function drawAxis(spec: PeopleChartSpec, g: Geometry, p: svg.Palette): string {
  const out: string[] = [];
  for (const t of spec.ticks) {
    const x = g.xOf(t.value);
    const zero = t.value === 0;
    out.push(
      svg.el('line', {
        x1: x,
        x2: x,
        y1: g.top,
        y2: g.plotBottom,
        stroke: zero ? p.axis : p.grid,
        'stroke-width': zero ? 1.5 : 1,
        'stroke-dasharray': zero ? undefined : '4 4',
      }),
      svg.text(x, g.plotBottom + 22, t.label, {
        fill: p.muted,
        'font-size': 14,
        'text-anchor': 'middle',
      }),
    );
  }
  out.push(
    svg.text(g.plotRight, g.plotBottom + 46, spec.axisLabel, {
      fill: p.muted,
      'font-size': 14,
      'font-weight': 600,
      'text-anchor': 'end',
    }),
  );
  return out.join('');
}

/** Rank, name, country code and role on the left, the bar and its count on the right. */
function drawRow(row: PeopleChartRow, i: number, g: Geometry, p: svg.Palette): string {
  const y = g.top + i * ROW_H;
  const nameX = svg.PAD_X + g.rankW;
  const textW = LABEL_W - g.rankW;
  const strong = row.dimmed ? p.muted : p.text;
  const x1 = g.xOf(row.engagements);
  return [
    svg.text(nameX - 8, y + 21, `${row.rank}.`, {
      fill: p.muted,
      'font-size': 15,
      'text-anchor': 'end',
    }),
    svg.text(nameX, y + 21, ellipsize(row.name, textW - 44, 15, true), {
      fill: strong,
      'font-size': 15,
      'font-weight': 700,
    }),
    svg.text(g.plotLeft - 12, y + 30, row.country, {
      fill: p.muted,
      'font-size': 13,
      'font-weight': 600,
      'text-anchor': 'end',
    }),
    svg.text(nameX, y + 40, ellipsize(row.role, textW - 44, 13), {
      fill: p.muted,
      'font-size': 13,
    }),
    svg.el('rect', {
      x: g.plotLeft,
      y: y + 12,
      width: Math.max(2, x1 - g.plotLeft),
      height: 26,
      rx: 2,
      fill: row.color,
      'fill-opacity': row.dimmed ? DIM_OPACITY : undefined,
    }),
    svg.text(x1 + 8, y + 30, row.countLabel, { fill: strong, 'font-size': 15, 'font-weight': 700 }),
  ].join('');
}

function drawBody(spec: PeopleChartSpec, top: number, p: svg.Palette): string {
  if (spec.empty !== null) {
    return svg.text(svg.PAD_X, top + 30, spec.empty, { fill: p.muted, 'font-size': 17 });
  }
  const g = geometry(spec, top);
  return drawAxis(spec, g, p) + spec.rows.map((row, i) => drawRow(row, i, g, p)).join('');
}

/** The top people by engagements as horizontal bars, with name, role and country colour. */
export function peopleInvolvedSvg(
  index: DatasetIndex,
  data: Pick<Dashboard, 'people'>,
  filters: Filters,
  options: svg.SvgOptions = {},
): string {
  const palette = svg.paletteOf(options);
  const spec = peopleChartSpec(index, data, filters);
  return svg.renderFrame({
    ...spec,
    index,
    filters,
    palette,
    bodyHeight: spec.empty !== null ? EMPTY_H : spec.rows.length * ROW_H + AXIS_H,
    body: (top) => drawBody(spec, top, palette),
  });
}
