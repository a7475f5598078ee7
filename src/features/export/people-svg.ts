import { DIM_OPACITY } from '../../model/chart-spec';
import type { Dashboard } from '../../model/dashboard';
import type { DatasetIndex } from '../../model/dataset-index';
import type { Filters } from '../../model/filters';
import {
  peopleChartSpec,
  type PeopleChartRow,
  type PeopleChartSpec,
} from '../../model/people-chart-spec';
import {
  el,
  INNER,
  PAD_X,
  paletteOf,
  renderFrame,
  text,
  type Palette,
  type SvgOptions,
} from './svg-frame';
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
  const plotLeft = PAD_X + LABEL_W + 16;
  const plotRight = PAD_X + INNER - 48;
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
function drawAxis(spec: PeopleChartSpec, g: Geometry, p: Palette): string {
  const out: string[] = [];
  for (const t of spec.ticks) {
    const x = g.xOf(t.value);
    const zero = t.value === 0;
    out.push(
      el('line', {
        x1: x,
        x2: x,
        y1: g.top,
        y2: g.plotBottom,
        stroke: zero ? p.axis : p.grid,
        'stroke-width': zero ? 1.5 : 1,
        'stroke-dasharray': zero ? undefined : '4 4',
      }),
      text(x, g.plotBottom + 22, t.label, {
        fill: p.muted,
        'font-size': 14,
        'text-anchor': 'middle',
      }),
    );
  }
  out.push(
    text(g.plotRight, g.plotBottom + 46, spec.axisLabel, {
      fill: p.muted,
      'font-size': 14,
      'font-weight': 600,
      'text-anchor': 'end',
    }),
  );
  return out.join('');
}

/** Rank, name, country code and role on the left, the bar and its count on the right. */
function drawRow(row: PeopleChartRow, i: number, g: Geometry, p: Palette): string {
  const y = g.top + i * ROW_H;
  const nameX = PAD_X + g.rankW;
  const textW = LABEL_W - g.rankW;
  const strong = row.dimmed ? p.muted : p.text;
  const x1 = g.xOf(row.engagements);
  return [
    text(nameX - 8, y + 21, `${row.rank}.`, {
      fill: p.muted,
      'font-size': 15,
      'text-anchor': 'end',
    }),
    text(nameX, y + 21, ellipsize(row.name, textW - 44, 15, true), {
      fill: strong,
      'font-size': 15,
      'font-weight': 700,
    }),
    text(g.plotLeft - 12, y + 30, row.country, {
      fill: p.muted,
      'font-size': 13,
      'font-weight': 600,
      'text-anchor': 'end',
    }),
    text(nameX, y + 40, ellipsize(row.role, textW - 44, 13), { fill: p.muted, 'font-size': 13 }),
    el('rect', {
      x: g.plotLeft,
      y: y + 12,
      width: Math.max(2, x1 - g.plotLeft),
      height: 26,
      rx: 2,
      fill: row.color,
      'fill-opacity': row.dimmed ? DIM_OPACITY : undefined,
    }),
    text(x1 + 8, y + 30, row.countLabel, { fill: strong, 'font-size': 15, 'font-weight': 700 }),
  ].join('');
}

function drawBody(spec: PeopleChartSpec, top: number, p: Palette): string {
  if (spec.empty !== null) {
    return text(PAD_X, top + 30, spec.empty, { fill: p.muted, 'font-size': 17 });
  }
  const g = geometry(spec, top);
  return drawAxis(spec, g, p) + spec.rows.map((row, i) => drawRow(row, i, g, p)).join('');
}

/** The top people by engagements as horizontal bars, with name, role and country colour. */
export function peopleInvolvedSvg(
  index: DatasetIndex,
  data: Pick<Dashboard, 'people'>,
  filters: Filters,
  options: SvgOptions = {},
): string {
  const palette = paletteOf(options);
  const spec = peopleChartSpec(index, data, filters);
  return renderFrame({
    ...spec,
    index,
    filters,
    palette,
    bodyHeight: spec.empty !== null ? EMPTY_H : spec.rows.length * ROW_H + AXIS_H,
    body: (top) => drawBody(spec, top, palette),
  });
}
