import type { TimelineMilestone } from '../../model/milestones';
import { milestoneYears } from '../../model/milestones';
import { MILESTONE_BAND, xOf, type TimelineFrame } from './timeline-geometry';

const FLAG_H = 24;
const DIGIT_W = 13;

/**
 * The milestones on the timeline, as on Visit frequency: a dashed line at each date and its
 * number in the band above the lanes. Milestones of one year share one flag ("2, 3"), placed
 * at the first of them, so two flags never overlap within a year. The key under the chart
 * says what the numbers mean; the drawing itself is hidden from screen readers.
 */
export function TimelineMilestones({
  milestones,
  frame,
}: {
  milestones: readonly TimelineMilestone[];
  frame: TimelineFrame;
}) {
  const at = new Map(milestones.map((m) => [m.mark.id, xOf(m.position)]));
  const years = milestoneYears(milestones.map((m) => m.mark));
  return (
    <g className="timeline-milestones" aria-hidden="true">
      {milestones.map((m) => (
        <line
          key={m.mark.id}
          className="timeline-milestone-line"
          x1={at.get(m.mark.id)}
          x2={at.get(m.mark.id)}
          y1={MILESTONE_BAND - 6}
          y2={frame.axisY}
        />
      ))}
      {years.map((y) => {
        const first = y.marks[0];
        const x = first ? (at.get(first.id) ?? 0) : 0;
        const w = Math.max(FLAG_H, y.marker.length * DIGIT_W + 12);
        return (
          <g key={y.year} data-milestone-year={y.year}>
            <title>{y.title}</title>
            <rect
              className="timeline-milestone-flag"
              x={x}
              y={MILESTONE_BAND - 6 - FLAG_H}
              width={w}
              height={FLAG_H}
              rx={4}
            />
            <text
              className="timeline-milestone-number"
              x={x + w / 2}
              y={MILESTONE_BAND - 6 - FLAG_H / 2}
              textAnchor="middle"
              dominantBaseline="central"
            >
              {y.marker}
            </text>
          </g>
        );
      })}
    </g>
  );
}
