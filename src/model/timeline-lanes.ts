import type { TimelineMarker } from './timeline-marker';

interface Extent {
  m: TimelineMarker;
  start: number;
  end: number;
}

/**
 * Each marker's extent on the axis (marker plus label), its label put on the side where it
 * fits, to the right when it fits on neither and the marker is in the left half.
 */
function labelExtents(
  markers: TimelineMarker[],
  labelWidth: ((m: TimelineMarker) => number) | null,
  gap: number,
): Extent[] {
  const r = gap / 2;
  return markers.map((m) => {
    const w = labelWidth ? Math.max(0, labelWidth(m)) : 0;
    const fitsRight = m.position + r + w <= 1;
    const fitsLeft = m.position - r - w >= 0;
    m.side = fitsRight || (!fitsLeft && m.position <= 0.5) ? 'right' : 'left';
    return m.side === 'right'
      ? { m, start: m.position - r, end: m.position + r + w }
      : { m, start: m.position - r - w, end: m.position + r };
  });
}

/**
 * Puts each marker in the lowest lane where its extent (marker plus label) does not overlap
 * another's, and returns how many lanes that takes. Markers are taken in order of where
 * their extent starts, which keeps the lane count at its minimum (the most extents that
 * overlap at one point).
 */
export function assignLanes(
  markers: TimelineMarker[],
  labelWidth: ((m: TimelineMarker) => number) | null,
  gap: number,
): number {
  const extents = labelExtents(markers, labelWidth, gap);
  extents.sort((a, b) => a.start - b.start || a.m.position - b.m.position);
  const laneEnds: number[] = [];
  for (const x of extents) {
    let lane = laneEnds.findIndex((end) => end <= x.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(x.end);
    } else {
      laneEnds[lane] = x.end;
    }
    x.m.lane = lane;
  }
  return laneEnds.length;
}
