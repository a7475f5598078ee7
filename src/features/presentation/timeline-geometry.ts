import type { TimelineLayout } from '../../model/timeline';
import type { TimelineMarker } from '../../model/timeline-marker';

/* Drawing units: the SVG is as wide as a slide's content at 1920×1080, so one unit is one
   pixel on a full-HD projector. */
export const WIDTH = 1728;
export const PAD_X = 16;
export const AXIS_WIDTH = WIDTH - 2 * PAD_X;
const TOP = 12;
/** The band above the lanes that holds the milestones' numbers, when there are any. */
export const MILESTONE_BAND = 34;
/** Room for a marker and its two-line label; lanes grow to fill PLOT_HEIGHT when few. */
const LANE_MIN = 72;
const LANE_MAX = 120;
const PLOT_HEIGHT = 400;
/** How far below its lane's top a marker's centre sits. */
const MARKER_TOP = 22;
const LANE_AGGREGATED = 120;
const AGGREGATED_LANES_HEIGHT = 360;
const AXIS_SPACE = 64;
export const RADIUS = 13;
/** A marker of several engagements is larger and carries their count. */
export const GROUP_RADIUS = 19;
const LABEL_SIZE = 25;
const DATE_SIZE = 22;
export const GAP = 10;
/** Rough glyph widths (system sans-serif) to reserve room for labels. */
const LABEL_EM = 0.6;
const DATE_EM = 0.53;
/** Room a marker takes on the axis (the larger marker and a margin), as a fraction of it. */
export const MARKER_GAP = (2 * GROUP_RADIUS + 8) / AXIS_WIDTH;
/** From a marker's centre to where its label starts, in drawing units. */
export const LABEL_OFFSET = (MARKER_GAP * AXIS_WIDTH) / 2 + GAP;

export const radiusOf = (m: Pick<TimelineMarker, 'count'>) => (m.count > 1 ? GROUP_RADIUS : RADIUS);

/** Label room, in axis fractions: the gap and the longer of the label's two lines. */
export function labelWidth(m: Pick<TimelineMarker, 'label' | 'dateLabel' | 'count'>): number {
  const text = Math.max(
    Array.from(m.label).length * LABEL_SIZE * LABEL_EM,
    Array.from(m.dateLabel).length * DATE_SIZE * DATE_EM,
  );
  return (GAP + text + 14) / AXIS_WIDTH;
}

/** The chart's vertical layout and year spacing, in drawing units. */
export interface TimelineFrame {
  aggregated: boolean;
  labelled: boolean;
  laneHeight: number;
  axisY: number;
  height: number;
  yearWidth: number;
  /** Every how many years a year is labelled. */
  yearStep: number;
}

export function timelineFrame(layout: TimelineLayout, milestoneBand = 0): TimelineFrame {
  const aggregated = layout.grouping !== 'event';
  const labelled = layout.labelled;
  const lanes = Math.max(layout.lanes, aggregated ? 1 : 3);
  // Aggregated lanes share a fixed height, so a fourth direction (meetings in third countries)
  // does not push the chart past the bottom of a slide.
  const laneHeight = aggregated
    ? Math.min(LANE_AGGREGATED, Math.floor(AGGREGATED_LANES_HEIGHT / lanes))
    : Math.max(LANE_MIN, Math.min(LANE_MAX, Math.floor(PLOT_HEIGHT / lanes)));
  const axisY = TOP + milestoneBand + lanes * laneHeight + 8;
  const yearWidth = AXIS_WIDTH / layout.years.length;
  // Every year is labelled while there is room; beyond ~20 years every second (third…) one.
  const yearStep = Math.max(1, Math.ceil(84 / yearWidth));
  return {
    aggregated,
    labelled,
    laneHeight,
    axisY,
    height: axisY + AXIS_SPACE,
    yearWidth,
    yearStep,
  };
}

/** Where an axis fraction is drawn. */
export const xOf = (p: number) => PAD_X + p * AXIS_WIDTH;

/** The centre height of a (non-aggregated) marker in its lane. */
export const markerY = (frame: TimelineFrame, m: TimelineMarker) =>
  frame.axisY - (m.lane + 1) * frame.laneHeight + MARKER_TOP;
