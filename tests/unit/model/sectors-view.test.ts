import { describe, expect, it } from 'vitest';
import { gridMove } from '../../../src/model/sectors-view';

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
