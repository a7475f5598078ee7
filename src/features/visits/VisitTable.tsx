import type { DatasetIndex } from '../../model/dataset-index';
import { directionLabel } from '../../model/describe';
import type { Filters } from '../../model/filters';
import {
  CONTACTS_KEY,
  ELSEWHERE_KEY,
  yearInRange,
  type VisitChartRow,
  type VisitMode,
  type VisitSeries,
  type VisitTotals,
} from '../../model/visits-view';

interface VisitTableProps {
  index: DatasetIndex;
  mode: VisitMode;
  rows: readonly VisitChartRow[];
  /** Every series, dimmed or not: the table lists them all. */
  series: readonly VisitSeries[];
  totals: VisitTotals;
  filters: Filters;
  /** The direction filter without `none`: what the level split shows. */
  tripDirections: readonly string[];
  selectedYear: number | null;
  onToggleYear: (year: number) => void;
}

/** "View as table" of Visit frequency: a row per year, a column per series, totals below. */
export function VisitTable({
  index,
  mode,
  rows,
  series,
  totals,
  filters,
  tripDirections,
  selectedYear,
  onToggleYear,
}: VisitTableProps) {
  const allSeries = series;
  const elsewhereSeries = series.find((s) => s.kind === 'elsewhere');
  const hasRange = filters.from !== null || filters.to !== null;
  const toggleYear = onToggleYear;
  return (
    <table className="data-table visits-table">
      <caption>
        Trips per year {mode === 'direction' ? 'by direction' : 'by level'}
        {mode === 'level' && tripDirections.length > 0
          ? ` (${tripDirections.map((d) => directionLabel(index, d)).join(', ')} only)`
          : ''}
        {elsewhereSeries ? ', meetings in third countries' : ''}, and contacts without travel.
        Select a year to filter by it.
      </caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          {allSeries
            .filter((s) => s.kind === 'trips')
            .map((s) => (
              <th scope="col" className="num" key={s.key}>
                {s.label}
              </th>
            ))}
          <th scope="col" className="num">
            Total trips
          </th>
          {elsewhereSeries ? (
            <th scope="col" className="num">
              {elsewhereSeries.label}
            </th>
          ) : null}
          <th scope="col" className="num">
            Contacts without travel
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.year}
            className={hasRange && !yearInRange(r.year, filters) ? 'is-dimmed' : undefined}
          >
            <th scope="row">
              <button
                type="button"
                className="btn visits-year-btn"
                aria-pressed={selectedYear === r.year}
                aria-label={`${r.year}: ${selectedYear === r.year ? 'clear the year filter' : 'filter by this year'}`}
                onClick={() => toggleYear(r.year)}
              >
                {r.year}
              </button>
            </th>
            {allSeries
              .filter((s) => s.kind === 'trips')
              .map((s) => (
                <td className="num" key={s.key}>
                  {r[s.key] ?? 0}
                </td>
              ))}
            <td className="num">{r.trips}</td>
            {elsewhereSeries ? <td className="num">{r[ELSEWHERE_KEY] ?? 0}</td> : null}
            <td className="num">{r[CONTACTS_KEY] ?? 0}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          {allSeries
            .filter((s) => s.kind === 'trips')
            .map((s) => (
              <td className="num" key={s.key}>
                {rows.reduce((sum, r) => sum + (r[s.key] ?? 0), 0)}
              </td>
            ))}
          <td className="num">{totals.trips}</td>
          {elsewhereSeries ? <td className="num">{totals.elsewhere}</td> : null}
          <td className="num">{totals.contacts}</td>
        </tr>
      </tfoot>
    </table>
  );
}
