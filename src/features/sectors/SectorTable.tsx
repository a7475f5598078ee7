import type { SectorChartSpec } from '../../model/sector-chart-spec';
import { SectorLabel, SelectedMark } from './SectorLabel';

/** The heatmap's numbers as a plain data table ("View as table"). */
export function SectorTable({ spec }: { spec: SectorChartSpec }) {
  return (
    <table className="data-table">
      <caption>{spec.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{spec.sectorLabel}</th>
          {spec.columns.map((col) => (
            <th scope="col" className="num" key={col.year}>
              {col.label}
            </th>
          ))}
          <th scope="col" className="num">
            {spec.totalLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {spec.rows.map((row) => (
          <tr key={row.sectorId}>
            <th scope="row">
              <span className="sectors-table-label">
                <SectorLabel row={row} />
                <SelectedMark selected={row.selected} />
              </span>
            </th>
            {row.cells.map((cell) => (
              <td className="num" key={cell.year}>
                {cell.count}
              </td>
            ))}
            <td className="num">{row.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
