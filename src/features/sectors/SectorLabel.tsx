import type { SectorChartRow } from '../../model/sector-chart-spec';

/** A sector's colour swatch and name. */
export function SectorLabel({ row }: { row: SectorChartRow }) {
  return (
    <>
      <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
      <span className="sectors-label-text" dir="auto">
        {row.label}
      </span>
    </>
  );
}

/** Words for screen readers where selection shows only as a highlight. */
export function SelectedMark({ selected }: { selected: boolean }) {
  return selected ? <span className="visually-hidden"> (selected)</span> : null;
}
