import { directionColor } from '../../model/colors';
import type { DatasetIndex } from '../../model/dataset-index';
import type { TimelineGrouping, TimelineMarker } from '../../model/timeline-marker';
import { LABEL_OFFSET, markerY, radiusOf, xOf, type TimelineFrame } from './timeline-geometry';
import { markerDescription, markerTooltip } from './timeline-text';
import { Mark } from './TimelineShapes';

const BUCKETS_PER_YEAR = { event: 1, month: 12, quarter: 4, year: 1 } as const;

type Pair = readonly { code: string }[];

/** The travelling country's colour, or the colour of third-country meetings or of contacts. */
const markerColor = (pair: Pair, m: TimelineMarker) =>
  directionColor(
    pair,
    m.kind === 'contact' ? 'none' : m.kind === 'trip' ? 'visit' : 'elsewhere',
    m.guest,
  );

interface BarProps {
  marker: TimelineMarker;
  frame: TimelineFrame;
  grouping: TimelineGrouping;
  maxCount: number;
  color: string;
}

/** An aggregated bucket: a bar in its direction's lane, as tall as its count; dashed for year-only dates. */
function AggregatedBar({ marker: m, frame, grouping, maxCount, color }: BarProps) {
  const bottom = frame.axisY - m.lane * frame.laneHeight - 6;
  const room = frame.laneHeight - 40;
  const h = Math.max(3, (m.count / Math.max(1, maxCount)) * room);
  const yearOnly = m.precision === 'year';
  const w = yearOnly
    ? frame.yearWidth - 4
    : Math.max(1.5, (frame.yearWidth / BUCKETS_PER_YEAR[grouping]) * 0.8);
  return (
    <rect
      className="timeline-mark"
      x={xOf(m.position) - w / 2}
      y={bottom - h}
      width={w}
      height={h}
      fill={yearOnly ? 'none' : color}
      stroke={yearOnly ? color : 'none'}
      strokeWidth={yearOnly ? 2 : 0}
      strokeDasharray={yearOnly ? '5 4' : undefined}
    />
  );
}

/** A trip or contact: its mark (with its count when it holds several) and, where it fits, a two-line label. */
function EventMark({
  marker: m,
  frame,
  color,
}: {
  marker: TimelineMarker;
  frame: TimelineFrame;
  color: string;
}) {
  const x = xOf(m.position);
  const y = markerY(frame, m);
  const right = m.side === 'right';
  const textX = right ? x + LABEL_OFFSET : x - LABEL_OFFSET;
  const hollow = m.precision === 'year' && !m.byYear;
  return (
    <>
      <Mark marker={m} x={x} y={y} r={radiusOf(m)} color={color} />
      {m.count > 1 ? (
        <text
          className={`timeline-count${hollow ? ' timeline-count--hollow' : ''}`}
          x={x}
          y={y + 7}
          textAnchor="middle"
        >
          {m.count}
        </text>
      ) : null}
      {m.labelled ? (
        <text className="timeline-label" textAnchor={right ? 'start' : 'end'}>
          <tspan x={textX} y={y + 8}>
            {m.label}
          </tspan>
          <tspan className="timeline-date" x={textX} y={y + 38}>
            {m.dateLabel}
          </tspan>
        </text>
      ) : null}
    </>
  );
}

/**
 * Where a marker's line down ends: at the axis, or at the top of the nearest marker below it
 * in the same column, so that no line runs across another marker's count.
 */
function stemEnd(frame: TimelineFrame, m: TimelineMarker, markers: readonly TimelineMarker[]) {
  const x = xOf(m.position);
  let end = frame.axisY;
  for (const o of markers) {
    if (o.lane >= m.lane || Math.abs(xOf(o.position) - x) >= radiusOf(o)) continue;
    end = Math.min(end, markerY(frame, o) - radiusOf(o));
  }
  return end;
}

/** The lines from each (non-aggregated) marker down to the axis; dashed for year-only dates. */
export function TimelineStems({
  markers,
  frame,
  pair,
}: {
  markers: readonly TimelineMarker[];
  frame: TimelineFrame;
  pair: Pair;
}) {
  return (
    <g aria-hidden="true">
      {markers.map((m) => (
        <line
          key={m.key}
          className="timeline-stem"
          x1={xOf(m.position)}
          x2={xOf(m.position)}
          y1={markerY(frame, m) + radiusOf(m)}
          y2={stemEnd(frame, m, markers)}
          stroke={markerColor(pair, m)}
          strokeDasharray={m.precision === 'year' && !m.byYear ? '5 4' : undefined}
        />
      ))}
    </g>
  );
}

interface TimelineMarkersProps {
  index: DatasetIndex;
  markers: readonly TimelineMarker[];
  frame: TimelineFrame;
  grouping: TimelineGrouping;
  maxCount: number;
}

/** Every marker as an image with an accessible name and a tooltip of its titles. */
export function TimelineMarkers({
  index,
  markers,
  frame,
  grouping,
  maxCount,
}: TimelineMarkersProps) {
  const pair = index.dataset.meta.countries;
  const { aggregated } = frame;
  return markers.map((m) => (
    <g
      key={m.key}
      className="timeline-marker"
      role="img"
      aria-label={markerDescription(index, m, aggregated)}
      data-kind={m.kind}
      data-count={m.count}
    >
      <title>{markerTooltip(index, m, aggregated)}</title>
      {aggregated ? (
        <AggregatedBar
          marker={m}
          frame={frame}
          grouping={grouping}
          maxCount={maxCount}
          color={markerColor(pair, m)}
        />
      ) : (
        <EventMark marker={m} frame={frame} color={markerColor(pair, m)} />
      )}
    </g>
  ));
}
