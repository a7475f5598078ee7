import type { VisitChartRow, VisitSeries } from '../../model/visits-view';

/** A legend key: a colour chip, or the hatch for contacts without travel. */
export function Swatch({ color, hatch = false }: { color: string; hatch?: boolean }) {
  return (
    <span
      className={hatch ? 'swatch visits-swatch-hatch' : 'swatch'}
      style={{ background: hatch ? undefined : color }}
      aria-hidden="true"
    />
  );
}

/** The swatch of a series: contacts are hatched. */
const SeriesSwatch = ({ series }: { series: VisitSeries }) => (
  <Swatch color={series.color} hatch={series.kind === 'contacts'} />
);

export interface TooltipBodyProps {
  rows: readonly VisitChartRow[];
  series: readonly VisitSeries[];
  label: unknown;
  selectedYear: number | null;
  /** Whether clicking filters (not on a slide). */
  interactive: boolean;
}

/** The tooltip of one year: each series, the trip total, and contacts. */
export function TooltipBody({ rows, series, label, selectedYear, interactive }: TooltipBodyProps) {
  const row = rows.find((r) => r.year === Number(label));
  if (!row) return null;
  const trips = series.filter((s) => s.kind === 'trips');
  const elsewhere = series.find((s) => s.kind === 'elsewhere');
  const contacts = series.find((s) => s.kind === 'contacts');
  return (
    <div className="visits-tooltip">
      <p className="visits-tooltip-title">{row.year}</p>
      <table>
        <tbody>
          {trips.map((s) => (
            <tr key={s.key} className={s.highlighted ? undefined : 'is-dimmed'}>
              <th scope="row">
                <SeriesSwatch series={s} />
                {s.label}
              </th>
              <td>{row[s.key] ?? 0}</td>
            </tr>
          ))}
          <tr className="visits-tooltip-total">
            <th scope="row">Total trips</th>
            <td>{row.trips}</td>
          </tr>
          {elsewhere ? (
            <tr className={elsewhere.highlighted ? undefined : 'is-dimmed'}>
              <th scope="row">
                <SeriesSwatch series={elsewhere} />
                {elsewhere.label}
              </th>
              <td>{row[elsewhere.key] ?? 0}</td>
            </tr>
          ) : null}
          {contacts ? (
            <tr
              className={
                contacts.highlighted
                  ? 'visits-tooltip-contacts'
                  : 'visits-tooltip-contacts is-dimmed'
              }
            >
              <th scope="row">
                <SeriesSwatch series={contacts} />
                Contacts without travel
              </th>
              <td>{row[contacts.key] ?? 0}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {interactive ? (
        <p className="visits-tooltip-hint">
          {selectedYear === row.year
            ? 'Click or press Enter to clear the year filter'
            : `Click or press Enter to filter by ${row.year}`}
        </p>
      ) : null}
    </div>
  );
}
