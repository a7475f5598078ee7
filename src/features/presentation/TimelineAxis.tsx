import type { TimelineFrame } from './timeline-geometry';
import { PAD_X, WIDTH } from './timeline-geometry';

interface TimelineAxisProps {
  years: readonly number[];
  frame: TimelineFrame;
  /** Lane names, nearest the axis first (aggregated charts only). */
  lanes: readonly string[];
}

/** Alternate year bands, year gridlines and labels, lane names and the axis line. */
export function TimelineAxis({ years, frame, lanes }: TimelineAxisProps) {
  const { axisY, yearWidth, yearStep, laneHeight } = frame;
  return (
    <g aria-hidden="true">
      {years.map((year, i) =>
        i % 2 === 1 ? (
          <rect
            key={year}
            className="timeline-band"
            x={PAD_X + i * yearWidth}
            y={0}
            width={yearWidth}
            height={axisY}
          />
        ) : null,
      )}
      {years.map((year, i) =>
        i === 0 ? null : (
          <line
            key={year}
            className="timeline-gridline"
            x1={PAD_X + i * yearWidth}
            x2={PAD_X + i * yearWidth}
            y1={0}
            y2={axisY + 12}
          />
        ),
      )}
      {years.map((year, i) =>
        i % yearStep === 0 ? (
          <text
            key={year}
            className="timeline-year"
            x={PAD_X + (i + 0.5) * yearWidth}
            y={axisY + 40}
            textAnchor="middle"
          >
            {year}
          </text>
        ) : null,
      )}
      {lanes.map((name, lane) => (
        <text
          key={name}
          className="timeline-lane-name"
          x={PAD_X + 8}
          y={axisY - (lane + 1) * laneHeight + 24}
        >
          {name}
        </text>
      ))}
      <line className="timeline-axis" x1={PAD_X} x2={WIDTH - PAD_X} y1={axisY} y2={axisY} />
    </g>
  );
}
