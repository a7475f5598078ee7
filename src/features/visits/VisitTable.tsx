import type { VisitChartSpec, VisitYearSpec } from '../../model/visit-chart-spec';
import {
  CONTACTS_KEY,
  ELSEWHERE_KEY,
  type VisitChartRow,
  type VisitSeries,
} from '../../model/visits-view';

interface VisitTableProps {
  spec: VisitChartSpec;
  onToggleYear: (year: number) => void;
}

/** The table's columns: every trip series (dimmed or not), and meetings elsewhere if any. */
function columnsOf(spec: VisitChartSpec) {
  return {
    trips: spec.series.filter((s) => s.kind === 'trips'),
    elsewhere: spec.series.find((s) => s.kind === 'elsewhere'),
  };
}

function VisitTableCaption({ spec }: { spec: VisitChartSpec }) {
  const only = spec.levelDirections.length > 0 ? ` (${spec.levelDirections.join(', ')} only)` : '';
  return (
    <caption>
      Trips per year {spec.mode === 'direction' ? 'by direction' : 'by level'}
      {only}
      {columnsOf(spec).elsewhere ? ', meetings in third countries' : ''}, and contacts without
      travel. Select a year to filter by it.
    </caption>
  );
}

function VisitTableHead({ trips, elsewhere }: ReturnType<typeof columnsOf>) {
  return (
    <thead>
      <tr>
        <th scope="col">Year</th>
        {trips.map((s) => (
          <th scope="col" className="num" key={s.key}>
            {s.label}
          </th>
        ))}
        <th scope="col" className="num">
          Total trips
        </th>
        {elsewhere ? (
          <th scope="col" className="num">
            {elsewhere.label}
          </th>
        ) : null}
        <th scope="col" className="num">
          Contacts without travel
        </th>
      </tr>
    </thead>
  );
}

interface YearRowProps {
  row: VisitChartRow;
  year: VisitYearSpec | undefined;
  trips: readonly VisitSeries[];
  hasElsewhere: boolean;
  selected: boolean;
  onToggleYear: (year: number) => void;
}

function VisitYearRow({ row, year, trips, hasElsewhere, selected, onToggleYear }: YearRowProps) {
  return (
    <tr className={year?.emphasis === 'dimmed' ? 'is-dimmed' : undefined}>
      <th scope="row">
        <button
          type="button"
          className="btn visits-year-btn"
          aria-pressed={selected}
          aria-label={`${row.year}: ${selected ? 'clear the year filter' : 'filter by this year'}`}
          onClick={() => onToggleYear(row.year)}
        >
          {row.year}
        </button>
      </th>
      {trips.map((s) => (
        <td className="num" key={s.key}>
          {row[s.key] ?? 0}
        </td>
      ))}
      <td className="num">{row.trips}</td>
      {hasElsewhere ? <td className="num">{row[ELSEWHERE_KEY] ?? 0}</td> : null}
      <td className="num">{row[CONTACTS_KEY] ?? 0}</td>
    </tr>
  );
}

function VisitTableFoot({ spec }: { spec: VisitChartSpec }) {
  const { trips, elsewhere } = columnsOf(spec);
  return (
    <tfoot>
      <tr>
        <th scope="row">Total</th>
        {trips.map((s) => (
          <td className="num" key={s.key}>
            {spec.rows.reduce((sum, r) => sum + (r[s.key] ?? 0), 0)}
          </td>
        ))}
        <td className="num">{spec.totals.trips}</td>
        {elsewhere ? <td className="num">{spec.totals.elsewhere}</td> : null}
        <td className="num">{spec.totals.contacts}</td>
      </tr>
    </tfoot>
  );
}

/** The milestones the chart marks, by number: the markers in words. */
function MilestoneTable({ spec }: { spec: VisitChartSpec }) {
  if (spec.milestones.length === 0) return null;
  return (
    <table className="data-table visits-milestone-table">
      <caption>Milestones marked on the chart (not engagements, not counted).</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            No.
          </th>
          <th scope="col">Date</th>
          <th scope="col">Milestone</th>
          <th scope="col">Kind</th>
        </tr>
      </thead>
      <tbody>
        {spec.milestones.map((m) => (
          <tr key={m.id}>
            <td className="num">{m.number}</td>
            <td>{m.date}</td>
            <th scope="row">{m.label}</th>
            <td>{m.kindLabel}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "View as table" of Visit frequency: a row per year, a column per series, totals below; then
 * the milestones the chart marks.
 */
export function VisitTable({ spec, onToggleYear }: VisitTableProps) {
  return (
    <>
      <YearTable spec={spec} onToggleYear={onToggleYear} />
      <MilestoneTable spec={spec} />
    </>
  );
}

function YearTable({ spec, onToggleYear }: VisitTableProps) {
  const columns = columnsOf(spec);
  return (
    <table className="data-table visits-table">
      <VisitTableCaption spec={spec} />
      <VisitTableHead {...columns} />
      <tbody>
        {spec.rows.map((r, i) => (
          <VisitYearRow
            key={r.year}
            row={r}
            year={spec.years[i]}
            trips={columns.trips}
            hasElsewhere={columns.elsewhere !== undefined}
            selected={spec.selectedYear === r.year}
            onToggleYear={onToggleYear}
          />
        ))}
      </tbody>
      <VisitTableFoot spec={spec} />
    </table>
  );
}
