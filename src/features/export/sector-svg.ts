import { THEMES } from '../../lib/tokens';
import type { Dashboard } from '../../model/dashboard';
import { type DatasetIndex } from '../../model/dataset-index';
import type { Filters } from '../../model/filters';
import {
  sectorChartSpec,
  type SectorCell,
  type SectorChartRow,
  type SectorChartSpec,
} from '../../model/sector-chart-spec';
import * as svg from './svg-frame';
import { ellipsize, textWidth } from './svg-text';

const HEAD_H = 34;
const ROW_H = 40;
const TOTAL_W = 84;
const FONT = 15;

/** Where the grid's parts go: the only decisions this builder makes. */
interface Grid {
  labelW: number;
  cellW: number;
  cellGap: number;
  gridLeft: number;
  totalLeft: number;
  /** Many years (a long dataset): no counts in cells too narrow for them… */
  showCounts: boolean;
  /** …and fewer year labels. */
  yearStep: number;
  /** One year: the cells are bars across the width, as long as their share of the maximum. */
  bars: boolean;
  max: number;
}

function layoutGrid(spec: SectorChartSpec): Grid {
  const longest = Math.max(0, ...spec.rows.map((r) => textWidth(r.label, FONT, true)));
  const labelW = Math.min(360, Math.max(180, longest + 32));
  const years = Math.max(1, spec.columns.length);
  const room = (svg.INNER - labelW - TOTAL_W - 12) / years;
  const bars = spec.columns.length === 1;
  const cellW = bars ? room : Math.min(150, room);
  const gridLeft = svg.PAD_X + labelW;
  return {
    labelW,
    cellW,
    cellGap: Math.min(3, cellW * 0.2),
    gridLeft,
    totalLeft: gridLeft + cellW * spec.columns.length + 12,
    showCounts: cellW >= 30,
    yearStep: svg.yearLabelStep(cellW),
    bars,
    max: spec.max,
  };
}

const headText = (p: svg.Palette) => ({
  fill: p.text,
  'font-size': FONT,
  'font-weight': 700,
  'text-anchor': 'middle',
});

/** Year labels, a dashed ┆ where empty years were left out, and "Total". */
function drawHead(spec: SectorChartSpec, g: Grid, p: svg.Palette, top: number): string {
  const out: string[] = [];
  spec.columns.forEach((col, c) => {
    const x = g.gridLeft + g.cellW * c;
    if (col.gap) {
      out.push(
        svg.el('line', {
          x1: x,
          y1: top + 4,
          x2: x,
          y2: top + 24,
          stroke: p.muted,
          'stroke-width': 1.5,
          'stroke-dasharray': '3 3',
        }),
      );
    }
    if (col.year % g.yearStep === 0) {
      out.push(svg.text(x + g.cellW / 2, top + 20, col.label, headText(p)));
    }
  });
  out.push(svg.text(g.totalLeft + TOTAL_W / 2, top + 20, spec.totalLabel, headText(p)));
  return out.join('');
}

/** The selected sector's row, outlined as one: label, cells and total (empty cells too). */
function rowOutline(g: Grid, y: number, accent: string): string {
  return svg.el('rect', {
    x: svg.PAD_X - 6,
    y: y + 0.5,
    width: g.totalLeft + TOTAL_W - svg.PAD_X + 8,
    height: ROW_H - 1,
    rx: 5,
    fill: 'none',
    stroke: accent,
    'stroke-width': 2,
  });
}

/** A single year's cell: a bar in the count's shade on the empty-cell track, then the count. */
function barOf(
  cell: SectorCell,
  g: Grid,
  p: svg.Palette,
  x: number,
  y: number,
  count: Record<string, string | number>,
): string {
  if (cell.paint === null) return '';
  const length = Math.max(3, ((g.cellW - 56) * cell.count) / Math.max(1, g.max));
  const bar = svg.el('rect', {
    x: x + 8,
    y: y + 10,
    width: length,
    height: ROW_H - 20,
    rx: 3,
    fill: cell.paint.fill,
    stroke: p.muted,
    'stroke-width': 1,
  });
  const label = svg.text(x + 14 + length, y + ROW_H / 2 + 5, String(cell.count), {
    ...count,
    'text-anchor': 'start',
    fill: p.text,
  });
  return bar + label;
}

/**
 * A row the sector filter leaves out is paler (its shades, its label), with its counts in the
 * normal text colour and weight; a selected row is outlined, with bold label and counts.
 */
function drawRow(row: SectorChartRow, g: Grid, p: svg.Palette, y: number, accent: string): string {
  const mid = y + ROW_H / 2 + 5;
  const count = {
    'font-size': FONT,
    'font-weight': row.dimmed ? 400 : 700,
    'text-anchor': 'middle',
  };
  const cellBox = (x: number, width: number, fill: string) =>
    svg.el('rect', {
      x: x + g.cellGap / 2,
      y: y + g.cellGap / 2,
      width: width - g.cellGap,
      height: ROW_H - g.cellGap,
      rx: 3,
      fill,
    });
  const out = [
    svg.el('rect', {
      x: svg.PAD_X,
      y: y + ROW_H / 2 - 7,
      width: 14,
      height: 14,
      rx: 3,
      fill: row.color,
    }),
    svg.text(svg.PAD_X + 24, mid, ellipsize(row.label, g.labelW - 36, FONT, row.selected), {
      fill: row.dimmed ? p.muted : p.text,
      'font-size': FONT,
      'font-weight': row.selected ? 700 : undefined,
    }),
  ];
  row.cells.forEach((cell, c) => {
    const x = g.gridLeft + c * g.cellW;
    out.push(cellBox(x, g.cellW, g.bars ? p.empty : (cell.paint?.fill ?? p.empty)));
    if (g.bars) out.push(barOf(cell, g, p, x, y, count));
    else if (cell.paint !== null && g.showCounts) {
      const fill = cell.paint.textColor;
      out.push(svg.text(x + g.cellW / 2, mid, String(cell.count), { ...count, fill }));
    }
  });
  out.push(cellBox(g.totalLeft, TOTAL_W, p.totalBg));
  const totalFill = row.total === 0 ? p.muted : p.text;
  out.push(
    svg.text(g.totalLeft + TOTAL_W / 2, mid, String(row.total), { ...count, fill: totalFill }),
  );
  if (row.selected) out.push(rowOutline(g, y, accent));
  return out.join('');
}

/** Sectors × years, counts in the cells, rows sorted by total, with a Total column. */
export function cooperationAreasSvg(
  index: DatasetIndex,
  data: Pick<Dashboard, 'sectors'>,
  filters: Filters,
  options: svg.SvgOptions,
): string {
  const p = svg.paletteOf(options);
  const theme = options.theme ?? 'light';
  const accent = THEMES[theme].accent;
  const spec = sectorChartSpec(data.sectors, filters, { title: options.title, theme });
  const g = layoutGrid(spec);
  const empty = spec.empty;
  const body = (top: number) =>
    empty !== null
      ? svg.text(svg.PAD_X, top + 30, empty, { fill: p.muted, 'font-size': 17 })
      : drawHead(spec, g, p, top) +
        spec.rows.map((row, r) => drawRow(row, g, p, top + HEAD_H + r * ROW_H, accent)).join('');
  const countsHidden = empty === null && !g.showCounts && spec.max > 0;
  return svg.renderFrame({
    ...spec,
    bare: options.bare,
    notes: countsHidden ? [...spec.notes, spec.countsHiddenNote] : spec.notes,
    index,
    filters,
    palette: p,
    bodyHeight: empty !== null ? 60 : HEAD_H + spec.rows.length * ROW_H,
    body,
  });
}
