import { plural } from '../../lib/plural';
import type { Filters } from '../../model/filters';
import type { VisitChartSpec } from '../../model/visit-chart-spec';
import type { VisitTotals } from '../../model/visits-view';

interface VisitSummaryProps {
  spec: VisitChartSpec;
  filters: Pick<Filters, 'from' | 'to'>;
  showContacts: boolean;
}

/** "2020–2024", or the one selected year; an open end of the range takes the chart's. */
function rangeLabel(spec: VisitChartSpec, filters: Pick<Filters, 'from' | 'to'>): string {
  if (spec.selectedYear !== null) return String(spec.selectedYear);
  const first = spec.rows[0]?.year ?? '';
  const last = spec.rows[spec.rows.length - 1]?.year ?? '';
  return `${filters.from ?? first}–${filters.to ?? last}`;
}

function SelectedTotals({ spec, filters, showContacts }: VisitSummaryProps) {
  const picked: VisitTotals | null = spec.selected;
  if (!picked) return null;
  const hasElsewhere = spec.stackSeries.some((s) => s.kind === 'elsewhere');
  return (
    <span className="nowrap">
      {' · '}
      <strong>
        Selected
        {spec.hasRange ? ` (${rangeLabel(spec, filters)})` : ''}:{' '}
        {plural(picked.trips, 'trip', 'trips')}
      </strong>
      {hasElsewhere ? `, ${plural(picked.elsewhere, 'meeting', 'meetings')} abroad` : ''}
      {showContacts ? `, ${plural(picked.contacts, 'contact', 'contacts')}` : ''}
    </span>
  );
}

/** The chart's totals in words, and what the filters select of them. */
export function VisitSummary({ spec, filters, showContacts }: VisitSummaryProps) {
  const { totals, rows } = spec;
  const hasElsewhere = spec.stackSeries.some((s) => s.kind === 'elsewhere');
  return (
    <p className="visits-summary">
      <span>
        <strong>{plural(totals.trips, 'trip', 'trips')}</strong>
        {hasElsewhere
          ? `, ${plural(totals.elsewhere, 'meeting', 'meetings')} in third countries`
          : ''}
        {showContacts
          ? ` and ${plural(totals.contacts, 'contact', 'contacts')} without travel`
          : ''}
        {rows.length > 0 ? (
          <>
            , <span className="nowrap">{`${rows[0]!.year}–${rows[rows.length - 1]!.year}`}</span>
          </>
        ) : null}
      </span>
      <SelectedTotals spec={spec} filters={filters} showContacts={showContacts} />
    </p>
  );
}
