import { describe, expect, it } from 'vitest';
import { GRID_MIN, gridFits, gridMove } from '../../../src/model/sectors-view';

describe('gridMove', () => {
  const at = { row: 2, col: 3 };
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(gridMove(at, 'ArrowUp', 5, 7)).toEqual({ row: 1, col: 3 });
    expect(gridMove(at, 'ArrowDown', 5, 7)).toEqual({ row: 3, col: 3 });
    expect(gridMove(at, 'ArrowLeft', 5, 7)).toEqual({ row: 2, col: 2 });
    expect(gridMove(at, 'ArrowRight', 5, 7)).toEqual({ row: 2, col: 4 });
    expect(gridMove({ row: 0, col: 0 }, 'ArrowUp', 5, 7)).toEqual({ row: 0, col: 0 });
    expect(gridMove({ row: 4, col: 6 }, 'ArrowRight', 5, 7)).toEqual({ row: 4, col: 6 });
  });

  it('jumps with Home, End, PageUp and PageDown', () => {
    expect(gridMove(at, 'Home', 5, 7)).toEqual({ row: 2, col: 0 });
    expect(gridMove(at, 'End', 5, 7)).toEqual({ row: 2, col: 6 });
    expect(gridMove(at, 'Home', 5, 7, true)).toEqual({ row: 0, col: 0 });
    expect(gridMove(at, 'End', 5, 7, true)).toEqual({ row: 4, col: 6 });
    expect(gridMove(at, 'PageUp', 5, 7)).toEqual({ row: 0, col: 3 });
    expect(gridMove(at, 'PageDown', 5, 7)).toEqual({ row: 4, col: 3 });
  });

  it('ignores other keys and empty grids', () => {
    expect(gridMove(at, 'a', 5, 7)).toBeNull();
    expect(gridMove(at, 'ArrowUp', 0, 7)).toBeNull();
  });
});

describe('gridFits', () => {
  it('fits every year beside the narrowest labels, or says to list the sectors', () => {
    const need = GRID_MIN.head + GRID_MIN.total + GRID_MIN.spacing + 20 * GRID_MIN.col;
    expect(gridFits(need, 20)).toBe(true);
    expect(gridFits(need - 1, 20)).toBe(false);
    // A phone (336 px of panel at 390 px) lists the shipped record's 20 years.
    expect(gridFits(336, 20)).toBe(false);
    // A single year fits even there, as bars.
    expect(gridFits(266, 1)).toBe(true);
  });

  it('counts an unmeasured container as wide enough', () => {
    expect(gridFits(0, 50)).toBe(true);
  });
});
