import type { TimelineLabelSide, TimelineMarker } from './timeline-marker';

interface Span {
  start: number;
  end: number;
}

interface Slot {
  m: TimelineMarker;
  dot: Span;
  label: Span | null;
}

/** How close (axis fraction) a marker's leader line may pass a label: a hair, not a dot. */
const STEM_MARGIN = 0.002;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const crosses = (x: number, s: Span) => x > s.start - STEM_MARGIN && x < s.end + STEM_MARGIN;

/**
 * The markers placed so far. A marker's leader line runs from its lane down to the axis, so
 * a label may have no leader line from a higher lane across it, and a marker may not send its
 * own across a label below; dots and labels in one lane may not overlap.
 */
class LaneBoard {
  readonly slots: Slot[] = [];
  constructor(private readonly r: number) {}

  dotAt(p: number): Span {
    return { start: p - this.r, end: p + this.r };
  }

  /** Whether `m` fits in `lane` with `label` (or without one) and crosses nothing. */
  fits(lane: number, p: number, label: Span | null): boolean {
    const dot = this.dotAt(p);
    for (const s of this.slots) {
      if (s.m.lane === lane) {
        if (overlaps(s.dot, dot) || (s.label !== null && overlaps(s.label, dot))) return false;
        if (label && (overlaps(s.dot, label) || (s.label !== null && overlaps(s.label, label))))
          return false;
      } else if (s.m.lane < lane) {
        if (s.label !== null && crosses(p, s.label)) return false;
      } else if (label && crosses(s.m.position, label)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a dot alone fits in `lane`, were the labels in its way dropped. */
  dotFits(lane: number, p: number): boolean {
    const dot = this.dotAt(p);
    return this.slots.every((s) => s.m.lane !== lane || !overlaps(s.dot, dot));
  }

  /** Drops the labels that `m`'s dot in `lane` would cover or its leader line would cross. */
  clearFor(lane: number, p: number): void {
    const dot = this.dotAt(p);
    for (const s of this.slots) {
      if (s.label === null) continue;
      const inTheWay =
        s.m.lane === lane ? overlaps(s.label, dot) : s.m.lane < lane && crosses(p, s.label);
      if (inTheWay) {
        s.label = null;
        s.m.labelled = false;
      }
    }
  }

  put(m: TimelineMarker, lane: number, label: Span | null, side: TimelineLabelSide): void {
    m.lane = lane;
    m.side = side;
    m.labelled = label !== null;
    this.slots.push({ m, dot: this.dotAt(m.position), label });
  }
}

/** The label's span on each side, the side with more room first; none that leave the axis. */
function labelSpans(p: number, r: number, w: number): [TimelineLabelSide, Span][] {
  const right: [TimelineLabelSide, Span] = ['right', { start: p + r, end: p + r + w }];
  const left: [TimelineLabelSide, Span] = ['left', { start: p - r - w, end: p - r }];
  const sides = p <= 0.5 ? [right, left] : [left, right];
  return sides.filter(([, s]) => s.start >= 0 && s.end <= 1);
}

/** `m` in the lowest lane where it fits with its label, else without; false when it does not fit. */
function place(
  board: LaneBoard,
  m: TimelineMarker,
  width: number | null,
  r: number,
  maxLanes: number,
): boolean {
  if (width !== null) {
    for (const [side, span] of labelSpans(m.position, r, width)) {
      for (let lane = 0; lane < maxLanes; lane++) {
        if (board.fits(lane, m.position, span)) {
          board.put(m, lane, span, side);
          return true;
        }
      }
    }
  }
  const side: TimelineLabelSide = m.position <= 0.5 ? 'right' : 'left';
  for (let lane = 0; lane < maxLanes; lane++) {
    if (board.fits(lane, m.position, null)) {
      board.put(m, lane, null, side);
      return true;
    }
  }
  // Room for the dot only where an earlier label is in the way: that label goes to the list.
  for (let lane = 0; lane < maxLanes; lane++) {
    if (board.dotFits(lane, m.position)) {
      board.clearFor(lane, m.position);
      board.put(m, lane, null, side);
      return true;
    }
  }
  return false;
}

/**
 * Puts each marker (oldest first) in the lowest of `maxLanes` lanes where it and its label
 * fit: no two dots or labels in a lane overlap and no leader line crosses a label. A marker
 * whose label finds no room is placed without it (`labelled` false). Returns the lanes used,
 * or null when some marker's dot finds no lane at all.
 */
export function assignLanes(
  markers: readonly TimelineMarker[],
  labelWidth: ((m: TimelineMarker) => number) | null,
  gap: number,
  maxLanes: number,
): number | null {
  const r = gap / 2;
  const board = new LaneBoard(r);
  const ordered = [...markers].sort((a, b) => a.position - b.position);
  for (const m of ordered) {
    const width = labelWidth ? Math.max(0, labelWidth(m)) : null;
    if (!place(board, m, width, r, maxLanes)) return null;
  }
  return markers.reduce((n, m) => Math.max(n, m.lane + 1), 0);
}
