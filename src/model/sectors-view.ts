/** Keyboard movement in the heatmap's grid of cells (the roving tab stop). */
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

/**
 * The narrowest the heatmap's parts get (px): the label column, the Total column, a year
 * column (its cell and the spacing), and the grid's own spacing. They mirror sectors.css.
 */
export const GRID_MIN = { head: 128, total: 48, col: 34, spacing: 12 } as const;

/**
 * Whether a container `width` px wide shows every year of the grid without scrolling
 * sideways; otherwise the sectors are listed one under another. An unmeasured width (0)
 * counts as wide enough.
 */
export function gridFits(width: number, years: number): boolean {
  if (!(width > 0)) return true;
  return width >= gridMinWidth(years);
}

/** The narrowest container (px) that shows a grid of `years` columns whole. */
export function gridMinWidth(years: number): number {
  return GRID_MIN.head + GRID_MIN.total + GRID_MIN.spacing + years * GRID_MIN.col;
}
