import { useEffect } from 'react';
import { useActiveTooltipLabel } from 'recharts';
import type { VisitYearSpec } from '../../model/visit-chart-spec';

export interface YearTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** An x-axis year; bold when inside the selected range, muted outside it. */
export function YearTick({
  x,
  y,
  payload,
  emphasis,
}: YearTickProps & { emphasis: VisitYearSpec['emphasis'] }) {
  const cls = emphasis === 'selected' ? ' is-selected' : emphasis === 'dimmed' ? ' is-dimmed' : '';
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      dy="0.71em"
      textAnchor="middle"
      className={`recharts-cartesian-axis-tick-value visits-year-tick${cls}`}
    >
      {String(payload?.value ?? '')}
    </text>
  );
}

/** Reports the year under the pointer or keyboard cursor, so Enter can filter by it. */
export function ActiveYearProbe({ onChange }: { onChange: (year: number | null) => void }) {
  const label = useActiveTooltipLabel();
  useEffect(() => {
    const year = Number(label);
    onChange(label === undefined || label === null || !Number.isFinite(year) ? null : year);
  }, [label, onChange]);
  return null;
}
