import type { TimelineMarker } from '../../model/timeline-marker';

/** A marker: a circle for a trip or a meeting, a diamond for a contact; hollow when only the year is known. */
export function Mark({
  marker,
  x,
  y,
  r,
  color,
}: {
  marker: TimelineMarker;
  x: number;
  y: number;
  r: number;
  color: string;
}) {
  const hollow = marker.precision === 'year' && !marker.byYear;
  const paint = hollow
    ? { fill: 'var(--surface)', stroke: color, strokeWidth: 3, strokeDasharray: '4 3' }
    : { fill: color, stroke: 'var(--surface)', strokeWidth: 2 };
  if (marker.kind === 'contact') {
    const d = r * 1.25;
    return (
      <path
        className="timeline-mark"
        d={`M${x} ${y - d}L${x + d} ${y}L${x} ${y + d}L${x - d} ${y}Z`}
        {...paint}
      />
    );
  }
  return <circle className="timeline-mark" cx={x} cy={y} r={r} {...paint} />;
}

/** The legend's sample of a marker shape. */
export function LegendShape({
  kind,
  color,
  hollow,
  count,
}: {
  kind: 'trip' | 'contact';
  color: string;
  hollow?: boolean;
  /** A sample count drawn inside the shape. */
  count?: number;
}) {
  return (
    <svg
      className="timeline-legend-shape"
      viewBox="0 0 28 28"
      width="28"
      height="28"
      aria-hidden="true"
    >
      {kind === 'contact' ? (
        <path d="M14 3L25 14L14 25L3 14Z" fill={color} />
      ) : (
        <circle
          cx="14"
          cy="14"
          r="10"
          fill={hollow ? 'none' : color}
          stroke={hollow ? color : 'none'}
          strokeWidth={hollow ? 3 : 0}
          strokeDasharray={hollow ? '4 3' : undefined}
        />
      )}
      {count === undefined ? null : (
        <text className="timeline-count" x="14" y="19" textAnchor="middle" fontSize="14">
          {count}
        </text>
      )}
    </svg>
  );
}
