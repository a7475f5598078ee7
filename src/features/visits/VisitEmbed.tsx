import { useId, useMemo } from 'react';
import type { EmbedChartProps } from '../../components/embed-props';
import { visitChartSpec } from '../../model/visit-chart-spec';
import { useCompactBars } from './use-compact-bars';
import { useYearClick } from './use-year-click';
import { useYearKeys } from './use-year-keys';
import { VISIT_SIZES } from './visit-sizes';
import { VisitChartArea } from './VisitChartArea';
import { VisitLegend } from './VisitControls';
import './visits.css';

// An embed reads, it does not filter: a year key or click changes nothing.
const ignoreYear = () => undefined;

/** Visit frequency in an embed: the dashboard's spec and chart, without its controls. */
export function VisitEmbed({
  index,
  data,
  filters,
  title,
  visitMode,
  showContacts,
}: EmbedChartProps) {
  const { compact, onResize } = useCompactBars(data.visits.length, true);
  const yearKeys = useYearKeys(false, ignoreYear);
  const yearClick = useYearClick(false, ignoreYear);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const spec = useMemo(
    () =>
      visitChartSpec(index, data, filters, {
        title,
        mode: visitMode,
        showContacts,
        stackContacts: compact,
        surface: 'screen',
      }),
    [index, data, filters, title, visitMode, showContacts, compact],
  );
  return (
    <div className="visits-body embed-visits">
      <p className="embed-subtitle">{spec.subtitle}</p>
      <VisitLegend entries={spec.legend} />
      <VisitChartArea
        spec={spec}
        size={VISIT_SIZES.screen}
        presentation={false}
        hatchId={`embed-hatch-${uid}`}
        yearKeys={yearKeys}
        yearClick={yearClick}
        onResize={onResize}
      />
    </div>
  );
}
