import type { CSSProperties } from 'react';
import type { SectorCell, SectorChartRow, SectorChartSpec } from '../../model/sector-chart-spec';
import { SectorLabel } from './SectorLabel';

interface SectorListProps {
  spec: SectorChartSpec;
  /** The notes under the list, which say how to read it. */
  notesId: string;
  /** Absent where nothing can be filtered (an embed): the names are plain text. */
  toggle?: (sectorId: string) => void;
}

/** The sector's name as its filter toggle; printed as plain text. */
function ItemLabel({ row, toggle }: { row: SectorChartRow; toggle?: (id: string) => void }) {
  if (!toggle) {
    return (
      <span className="sectors-label">
        <SectorLabel row={row} />
      </span>
    );
  }
  return (
    <button
      type="button"
      className="sectors-label print-keep"
      aria-pressed={row.selected}
      title={row.selected ? `Remove the ${row.label} filter` : `Filter by ${row.label}`}
      onClick={() => toggle(row.sectorId)}
    >
      <SectorLabel row={row} />
      <span className="sectors-check" aria-hidden="true">
        {row.selected ? '✓' : ''}
      </span>
    </button>
  );
}

/** The row's class: selected, faded (others are selected) or neither. */
export const rowState = (row: SectorChartRow) =>
  row.selected ? 'is-selected' : row.dimmed ? 'is-dimmed' : '';

const countStyle = (cell: SectorCell): CSSProperties | undefined =>
  cell.paint
    ? ({ '--cell-fill': cell.paint.fillVar, '--cell-text': cell.paint.textVar } as CSSProperties)
    : undefined;

/** The years in which the sector had engagements, each with its count on its shade. */
function ItemYears({ row }: { row: SectorChartRow }) {
  const years = row.cells.filter((c) => c.count > 0);
  if (years.length === 0) return <p className="sectors-item-none">No engagements</p>;
  return (
    <ul className="sectors-item-years" aria-label={`${row.label} by year`}>
      {years.map((cell) => (
        <li key={cell.year}>
          <span className="sectors-item-year">{cell.year}</span>
          <span
            className="sectors-item-count"
            style={countStyle(cell)}
            data-step={cell.step ?? undefined}
          >
            <span className="visually-hidden">: </span>
            {cell.count}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The heatmap where its grid would not fit (a phone): one entry per sector, sorted as the
 * grid is, with its total and the years it had engagements in, wrapped as needed. Nothing is
 * hidden to the side, and the shades are those of the grid.
 */
export function SectorList({ spec, notesId, toggle }: SectorListProps) {
  return (
    <ul className="sectors-list" aria-label={spec.title} aria-describedby={notesId}>
      {spec.rows.map((row) => (
        <li key={row.sectorId} className={`sectors-item ${rowState(row)}`}>
          <div className="sectors-item-head">
            <ItemLabel row={row} toggle={toggle} />
            <span className="sectors-item-total">
              {spec.totalLabel} {row.total}
            </span>
          </div>
          <ItemYears row={row} />
        </li>
      ))}
    </ul>
  );
}
