import type { CSSProperties } from 'react';
import type { VisitChartSpec } from '../../model/visit-chart-spec';
import { plotInset, type VisitSize } from './visit-sizes';

/**
 * Where a marker's line stands in its year's slot: just inside the slot's left edge, in the
 * gap before the bars (Recharts leaves at least 6% of a slot there), so it never crosses a
 * bar or the count above one. Its number flies to the right, over its own year.
 */
export const MILESTONE_LINE_AT = 0.03;

/**
 * The milestones as Grafana-style annotations: a thin vertical line at the year and its
 * number in the band above the plot. The same element stands over the baked bars and over
 * the live chart, in the same plot box, so nothing moves when Recharts takes over. The key
 * under the chart says what the numbers mean; the markers themselves are decoration.
 */
export function MilestoneMarkers({ spec, size }: { spec: VisitChartSpec; size: VisitSize }) {
  if (spec.milestoneYears.length === 0) return null;
  const n = Math.max(1, spec.years.length);
  const plot: CSSProperties = plotInset(size);
  return (
    <div className="visits-milestones-layer" style={plot} aria-hidden="true">
      {spec.milestoneYears.map((y) => (
        <span
          key={y.year}
          className="visits-milestone"
          data-milestone-year={y.year}
          title={y.title}
          style={{ left: `${((y.slot + MILESTONE_LINE_AT) / n) * 100}%` }}
        >
          <span className="visits-milestone-flag">{y.marker}</span>
        </span>
      ))}
    </div>
  );
}
