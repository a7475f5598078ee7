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
import { ellipsize, textWidth, wrapText } from './svg-text';

const ROW_H = 50;
/** A role on two lines adds one line's height to its row. */
const ROLE_LINE_H = 16;
const ROLE_SIZE = 13;
const AXIS_H = 56;
const EMPTY_H = 60;
const LABEL_W = 470;
/** Room kept right of the name and role for the country code. */
const CODE_ROOM = 44;
const ELLIPSIS = '…';

/**
 * A role in at most two lines, broken between words; a longer one ends its second line with
 * "…" after the last whole word that fits (a single word too long for a line is cut).
 */
export function roleLines(role: string, width: number, size = ROLE_SIZE): string[] {
  const lines = wrapText(role, width, size);
  if (lines.length <= 2) return lines;
  const words = lines.slice(1).join(' ').split(' ');
  let kept = '';
  for (const word of words) {
    const next = kept === '' ? word : `${kept} ${word}`;
    if (textWidth(`${next}${ELLIPSIS}`, size) > width) break;
    kept = next;
  }
  const second =
    kept === '' ? ellipsize(lines[1]!, width, size) : `${kept.replace(/[,;:]$/, '')}${ELLIPSIS}`;
  return [lines[0]!, second];
}

/** Where the bars go: the label column's split, the plot's ends and each row's top, in px. */
interface Geometry {
  top: number;
  rankW: number;
  plotLeft: number;
  plotRight: number;
  plotBottom: number;
  /** Each row's role lines and its top. */
  rows: { roles: string[]; y: number }[];
  xOf: (value: number) => number;
}

function geometry(spec: PeopleChartSpec, top: number): Geometry {
  const last = spec.rows[spec.rows.length - 1]!;
  const rankW = textWidth(`${last.rank}.`, 15) + 10;
  const plotLeft = svg.PAD_X + LABEL_W + 16;
  const plotRight = svg.PAD_X + svg.INNER - 48;
  let y = top;
  const rows = spec.rows.map((row) => {
    const roles = roleLines(row.role, LABEL_W - rankW - CODE_ROOM);
    const at = { roles, y };
    y += ROW_H + (roles.length > 1 ? ROLE_LINE_H : 0);
    return at;
  });
  return {
    top,
    rankW,
    plotLeft,
    plotRight,
    plotBottom: y,
    rows,
    xOf: (v) => plotLeft + (v / spec.axisMax) * (plotRight - plotLeft),
  };
}

/** The body's height: every row, taller where its role takes two lines, and the axis. */
function bodyHeight(spec: PeopleChartSpec): number {
  if (spec.empty !== null) return EMPTY_H;
  const g = geometry(spec, 0);
  return g.plotBottom + AXIS_H;
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
  const { y, roles } = g.rows[i]!;
  // A two-line role moves the bar and the code down to the middle of the taller row.
  const mid = roles.length > 1 ? ROLE_LINE_H / 2 : 0;
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
    svg.text(nameX, y + 21, ellipsize(row.name, textW - CODE_ROOM, 15, true), {
      fill: strong,
      'font-size': 15,
      'font-weight': 700,
    }),
    svg.text(g.plotLeft - 12, y + 30 + mid, row.country, {
      fill: p.muted,
      'font-size': 13,
      'font-weight': 600,
      'text-anchor': 'end',
    }),
    ...roles.map((line, k) =>
      svg.text(nameX, y + 40 + k * ROLE_LINE_H, line, { fill: p.muted, 'font-size': ROLE_SIZE }),
    ),
    svg.el('rect', {
      x: g.plotLeft,
      y: y + 12 + mid,
      width: Math.max(2, x1 - g.plotLeft),
      height: 26,
      rx: 2,
      fill: row.color,
      'fill-opacity': row.dimmed ? DIM_OPACITY : undefined,
    }),
    svg.text(x1 + 8, y + 30 + mid, row.countLabel, {
      fill: strong,
      'font-size': 15,
      'font-weight': 700,
    }),
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
  options: svg.SvgOptions,
): string {
  const palette = svg.paletteOf(options);
  const spec = peopleChartSpec(index, data, filters, { title: options.title });
  return svg.renderFrame({
    ...spec,
    bare: options.bare,
    index,
    filters,
    palette,
    bodyHeight: bodyHeight(spec),
    body: (top) => drawBody(spec, top, palette),
  });
}
