import { heatColor } from './colors';

export interface HeatLegendStep {
  /** "3", or a range such as "4–6". */
  label: string;
  color: string;
}

/**
 * The shade key of the heatmap: one entry per distinct shade that a count from 1 to `max`
 * can get, labelled with the counts it stands for. Empty when nothing is counted.
 */
export function heatLegend(max: number): HeatLegendStep[] {
  const out: HeatLegendStep[] = [];
  if (!(max > 0)) return out;
  const top = Math.floor(max);
  let start = 1;
  let color = heatColor(1, top);
  const push = (end: number) => {
    if (color !== null) out.push({ label: start === end ? `${start}` : `${start}–${end}`, color });
  };
  for (let c = 2; c <= top; c++) {
    const next = heatColor(c, top);
    if (next !== color) {
      push(c - 1);
      start = c;
      color = next;
    }
  }
  push(top);
  return out;
}

export interface GridPos {
  row: number;
  col: number;
}

/**
 * Roving-focus movement in a grid of `rows` × `cols` cells: arrows move one cell, Home/End go
 * to the row's first/last cell (with Ctrl: the grid's first/last), PageUp/PageDown to the
 * first/last row. Returns null for keys that do not move, and stays put at the edges.
 */
export function gridMove(
  pos: GridPos,
  key: string,
  rows: number,
  cols: number,
  ctrl = false,
): GridPos | null {
  if (rows <= 0 || cols <= 0) return null;
  const clamp = (v: number, n: number) => Math.max(0, Math.min(n - 1, v));
  const row = clamp(pos.row, rows);
  const col = clamp(pos.col, cols);
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(row - 1, rows), col };
    case 'ArrowDown':
      return { row: clamp(row + 1, rows), col };
    case 'ArrowLeft':
      return { row, col: clamp(col - 1, cols) };
    case 'ArrowRight':
      return { row, col: clamp(col + 1, cols) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 };
    case 'PageUp':
      return { row: 0, col };
    case 'PageDown':
      return { row: rows - 1, col };
    default:
      return null;
  }
}
