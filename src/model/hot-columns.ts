/**
 * Typed columns derived from the index for the recompute's inner loops, built once per index
 * on first use: each trip's cells in the visit grids and each sector membership's cell in the
 * sector grid are worked out here, so a loop over events only reads numbers and bumps
 * counters (no per-event objects, lookups or multiplications on the hot path).
 */
import { LEVEL_GROUPS, levelGroupOf } from '../data/labels';
import { LEVELS } from '../data/schema';
import type { DatasetIndex } from './dataset-index';
import { allIds } from './posting-lists';

/** The slot after the level groups: a meeting abroad, which is not a visit. */
export const ELSEWHERE_SLOT = LEVEL_GROUPS.length;
export const GROUP_SLOTS = LEVEL_GROUPS.length + 1;

export interface HotColumns {
  /** The year of row 0 of every year grid (`minYear`), and the number of rows. */
  base: number;
  span: number;
  /** Every event id, ascending: the list of a view that no active filter touches. */
  all: Uint32Array;
  /** Per trip: 1 for a visit by one side to the other, 0 for a meeting abroad. */
  tripBilateral: Uint8Array;
  /** Per trip: how many engagements it has. */
  tripSize: Uint32Array;
  /** Per trip: its year's row (the year of its first engagement). */
  tripRow: Uint32Array;
  /** Per trip: its cell in the year × direction grid. */
  tripDirCell: Uint32Array;
  /** Per trip: its cell in the year × level-group grid (`GROUP_SLOTS` per row). */
  tripGroupCell: Uint32Array;
  /** Per entry of `eventSectors`: its cell in the year × sector grid (sectors per row). */
  sectorCell: Uint32Array;
  /** `eventSectors` widened, so every counting loop reads one kind of array. */
  sectorOf: Uint32Array;
}

const hot = new WeakMap<DatasetIndex, HotColumns>();

function tripColumns(index: DatasetIndex, base: number) {
  const m = index.visits.length;
  const dirs = index.directions.length;
  const tripBilateral = new Uint8Array(m);
  const tripRow = new Uint32Array(m);
  const tripDirCell = new Uint32Array(m);
  const tripGroupCell = new Uint32Array(m);
  const tripSize = new Uint32Array(m);
  for (let i = 0; i < index.n; i++) {
    const v = index.eventVisit[i]!;
    if (v >= 0) tripSize[v]!++;
  }
  for (let v = 0; v < m; v++) {
    const visit = index.visits[v]!;
    const row = visit.year - base;
    const group = visit.bilateral
      ? LEVEL_GROUPS.indexOf(levelGroupOf(LEVELS[visit.levelRank]!))
      : ELSEWHERE_SLOT;
    tripBilateral[v] = visit.bilateral ? 1 : 0;
    tripRow[v] = row;
    tripDirCell[v] = row * dirs + (index.directionIndex.get(visit.direction) ?? 0);
    tripGroupCell[v] = row * GROUP_SLOTS + group;
  }
  return { tripBilateral, tripSize, tripRow, tripDirCell, tripGroupCell };
}

function sectorCells(index: DatasetIndex, base: number): Uint32Array {
  const { eventSectors, sectorStart, year } = index;
  const sectors = index.sectors.length;
  const cells = new Uint32Array(eventSectors.length);
  for (let i = 0; i < index.n; i++) {
    const at = (year[i]! - base) * sectors;
    for (let k = sectorStart[i]!, end = sectorStart[i + 1]!; k < end; k++) {
      cells[k] = at + eventSectors[k]!;
    }
  }
  return cells;
}

export function hotColumnsOf(index: DatasetIndex): HotColumns {
  let cols = hot.get(index);
  if (!cols) {
    const base = index.minYear ?? 0;
    const span =
      index.minYear === null || index.maxYear === null ? 0 : index.maxYear - index.minYear + 1;
    cols = {
      base,
      span,
      all: allIds(index.n),
      ...tripColumns(index, base),
      sectorCell: sectorCells(index, base),
      sectorOf: Uint32Array.from(index.eventSectors),
    };
    hot.set(index, cols);
  }
  return cols;
}
