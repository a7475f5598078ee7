import { formatYearSpan } from '../../model/dates';
import type { Filters } from '../../model/filters';
import type { VisitChartSpec } from '../../model/visit-chart-spec';
import { joinWords, visitCountWords } from '../../model/visits-view';

interface VisitSummaryProps {
  spec: VisitChartSpec;
  filters: Pick<Filters, 'from' | 'to'>;
  showContacts: boolean;
}

/** "2020–2024", or the one selected year; an open end of the range takes the chart's. */
function rangeLabel(spec: VisitChartSpec, filters: Pick<Filters, 'from' | 'to'>): string {
  const first = spec.rows[0]?.year ?? null;
  const last = spec.rows[spec.rows.length - 1]?.year ?? null;
  return formatYearSpan(filters.from ?? first, filters.to ?? last);
}

/** Which counts the summary may name: meetings elsewhere when the chart has them, contacts when shown. */
const shownCounts = (spec: VisitChartSpec, showContacts: boolean) => ({
  elsewhere: spec.stackSeries.some((s) => s.kind === 'elsewhere'),
  contacts: showContacts,
});

/** Trips in bold, then the other counts: "76 trips, 5 meetings … and 27 contacts …". */
function TotalWords({ parts }: { parts: readonly string[] }) {
  const trips = parts[0] ?? '';
  return (
    <>
      <strong>{trips.charAt(0).toUpperCase() + trips.slice(1)}</strong>
      {joinWords(parts).slice(trips.length)}
    </>
  );
}

function SelectedTotals({ spec, filters, showContacts }: VisitSummaryProps) {
  if (!spec.selected) return null;
  const parts = visitCountWords(spec.selected, 'selected', shownCounts(spec, showContacts));
  const [trips = '', ...rest] = parts;
  // Wraps like the rest of the line: kept on one line it was wider than a phone.
  return (
    <span>
      {' · '}
      <strong>
        Selected
        {spec.hasRange ? ` (${rangeLabel(spec, filters)})` : ''}: {trips}
      </strong>
      {rest.length > 0 ? `, ${joinWords(rest)}` : ''}
    </span>
  );
}

/** The chart's totals in words, and what the filters select of them. */
export function VisitSummary({ spec, filters, showContacts }: VisitSummaryProps) {
  const { rows } = spec;
  const parts = visitCountWords(spec.totals, 'total', shownCounts(spec, showContacts));
  return (
    <p className="visits-summary">
      <span>
        <TotalWords parts={parts} />
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
