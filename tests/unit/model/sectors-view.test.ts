import { describe, expect, it } from 'vitest';
import { HEAT_RAMP, heatColor } from '../../../src/model/colors';
import { gridMove, heatLegend } from '../../../src/model/sectors-view';

describe('heatLegend', () => {
  it('is empty when nothing is counted', () => {
    expect(heatLegend(0)).toEqual([]);
  });

  it('has one step per count when counts are small', () => {
    const steps = heatLegend(4);
    expect(steps.map((s) => s.label)).toEqual(['1', '2', '3', '4']);
    expect(steps.map((s) => s.color)).toEqual([1, 2, 3, 4].map((c) => heatColor(c, 4)));
  });

  it('groups counts that share a shade into ranges', () => {
    const steps = heatLegend(20);
    expect(steps).toHaveLength(HEAT_RAMP.length);
    expect(steps[0]!.label).toBe('1–4');
    expect(steps[steps.length - 1]!.label).toBe('20');
    // Every count from 1 to max is covered exactly once.
    const covered = steps.flatMap((s) => {
      const [a, b = a] = s.label.split('–').map(Number);
      return Array.from({ length: b! - a! + 1 }, (_, i) => a! + i);
    });
    expect(covered).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

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
