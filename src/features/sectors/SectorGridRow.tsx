import type { CSSProperties } from 'react';
import type { SectorCell, SectorChartRow } from '../../model/sector-chart-spec';
import type { GridPos } from '../../model/sectors-view';
import type { CellRef } from './use-cell-popover';
import { SectorLabel, SelectedMark } from './SectorLabel';

/** What a row's cells do when used; absent on a slide, where nothing is operable. */
export interface RowActions {
  toggle: (sectorId: string) => void;
  /** Focus came to a cell: it becomes the tab stop, and a count cell shows its popover. */
  focusCell: (pos: GridPos, cell?: CellRef) => void;
  blurCell: () => void;
  hoverCell: (cell: CellRef | null) => void;
}

interface SectorGridRowProps {
  row: SectorChartRow;
  /** The largest count of the grid: the full length of a single year's bars. */
  max: number;
  /** The row's position in the grid, for the keyboard. */
  r: number;
  tabIndexAt: (row: number, col: number) => number | undefined;
  /** The year whose popover shows in this row, if any. */
  shownYear: number | null;
  popoverId: string;
  actions?: RowActions;
}

function RowHead({ row, r, tabIndexAt, actions }: SectorGridRowProps) {
  if (!actions)
    return (
      <span className="sectors-label">
        <SectorLabel row={row} />
        <SelectedMark selected={row.selected} />
      </span>
    );
  return (
    <button
      type="button"
      className="sectors-label print-keep"
      aria-pressed={row.selected}
      tabIndex={tabIndexAt(r, 0)}
      data-row={r}
      data-col={0}
      title={row.selected ? `Remove the ${row.label} filter` : `Filter by ${row.label}`}
      onClick={() => actions.toggle(row.sectorId)}
      onFocus={() => actions.focusCell({ row: r, col: 0 })}
    >
      <SectorLabel row={row} />
      <span className="sectors-check" aria-hidden="true">
        {row.selected ? '✓' : ''}
      </span>
    </button>
  );
}

/**
 * The shade comes from the spec (a paler one on a faded row); the stylesheet paints it. With
 * a single year the cell is a bar, as long as its share of the largest count.
 */
const shadeStyle = (cell: SectorCell, max: number): CSSProperties | undefined =>
  cell.paint
    ? ({
        '--cell-fill': cell.paint.fillVar,
        '--cell-text': cell.paint.textVar,
        '--share': max > 0 ? cell.count / max : 0,
      } as CSSProperties)
    : undefined;

function CountCell(props: SectorGridRowProps & { cell: SectorCell; col: number }) {
  const { row, max, r, cell, col, tabIndexAt, shownYear, popoverId, actions } = props;
  const ref = { sectorId: row.sectorId, year: cell.year };
  return (
    <td
      className={cell.paint ? 'sectors-cell has-fill' : 'sectors-cell is-empty'}
      style={shadeStyle(cell, max)}
      tabIndex={tabIndexAt(r, col)}
      data-row={r}
      data-col={col}
      data-sector={row.sectorId}
      data-year={cell.year}
      data-step={cell.step ?? undefined}
      aria-describedby={shownYear === cell.year && cell.count > 0 ? popoverId : undefined}
      onClick={actions ? () => actions.toggle(row.sectorId) : undefined}
      onFocus={actions ? () => actions.focusCell({ row: r, col }, ref) : undefined}
      onBlur={actions?.blurCell}
      onMouseEnter={actions ? () => actions.hoverCell(ref) : undefined}
      onMouseLeave={actions ? () => actions.hoverCell(null) : undefined}
    >
      {cell.count > 0 ? (
        <>
          <span className="sectors-bar" aria-hidden="true" />
          <span className="sectors-count">{cell.count}</span>
        </>
      ) : (
        <span className="visually-hidden">0</span>
      )}
    </td>
  );
}

/** One sector: its label (a filter toggle), a cell per year, and its total. */
export function SectorGridRow(props: SectorGridRowProps) {
  const { row, r, tabIndexAt, actions } = props;
  const totalCol = row.cells.length + 1;
  const className = row.selected ? 'is-selected' : row.dimmed ? 'is-dimmed' : undefined;
  return (
    <tr className={className} aria-selected={actions ? row.selected : undefined}>
      <th scope="row" className="sectors-row-head">
        <RowHead {...props} />
      </th>
      {row.cells.map((cell, j) => (
        <CountCell key={cell.year} {...props} cell={cell} col={j + 1} />
      ))}
      <td
        className="sectors-cell sectors-total"
        tabIndex={tabIndexAt(r, totalCol)}
        data-row={r}
        data-col={totalCol}
        onClick={actions ? () => actions.toggle(row.sectorId) : undefined}
        onFocus={actions ? () => actions.focusCell({ row: r, col: totalCol }) : undefined}
      >
        {row.total}
      </td>
    </tr>
  );
}
