import { useState, type KeyboardEvent, type RefObject } from 'react';
import { gridMove, type GridPos } from '../../model/sectors-view';

export interface RovingGrid {
  /** 0 on the one tab stop, -1 elsewhere; undefined when the grid is not operable. */
  tabIndexAt: (row: number, col: number) => number | undefined;
  /** Remember where focus is, so that tabbing back returns there. */
  setActive: (pos: GridPos) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

interface RovingGridOptions {
  rows: number;
  cols: number;
  /** Off on a slide, where arrow keys move between slides. */
  enabled: boolean;
  /** Enter or Space on a cell that is not itself a button. */
  onSelectRow: (row: number) => void;
  onEscape: () => void;
}

/** The cell at a grid position; cells carry `data-row` and `data-col`. */
function cellAt(container: HTMLElement | null, pos: GridPos): HTMLElement | null {
  return (
    container?.querySelector<HTMLElement>(`[data-row="${pos.row}"][data-col="${pos.col}"]`) ?? null
  );
}

/**
 * A roving tab index over a grid of cells: the grid is one tab stop, the arrow keys (and
 * Home, End, PageUp, PageDown) move focus between its cells.
 */
export function useRovingGrid(
  container: RefObject<HTMLElement | null>,
  { rows, cols, enabled, onSelectRow, onEscape }: RovingGridOptions,
): RovingGrid {
  const [active, setActive] = useState<GridPos>({ row: 0, col: 0 });
  // The grid may have shrunk since focus was last in it.
  const row0 = Math.min(active.row, Math.max(0, rows - 1));
  const col0 = Math.min(active.col, cols - 1);

  const tabIndexAt = (r: number, c: number) =>
    enabled ? (r === row0 && c === col0 ? 0 : -1) : undefined;

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    const r = Number(target.dataset.row);
    const c = Number(target.dataset.col);
    if (!Number.isInteger(r) || !Number.isInteger(c)) return;
    if (e.key === 'Escape') {
      onEscape();
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && target.tagName !== 'BUTTON') {
      e.preventDefault();
      onSelectRow(r);
      return;
    }
    const next = gridMove({ row: r, col: c }, e.key, rows, cols, e.ctrlKey || e.metaKey);
    if (next) {
      e.preventDefault();
      setActive(next);
      cellAt(container.current, next)?.focus();
    }
  };

  return { tabIndexAt, setActive, onKeyDown };
}
