import { useId } from 'react';
import type { EmbedChartProps } from '../../components/embed-props';
import { sectorChartSpec } from '../../model/sector-chart-spec';
import { SectorGrid } from './SectorGrid';
import { SectorFoot } from './SectorLegend';
import { SectorList } from './SectorList';
import { useGridFits } from './use-grid-fits';
import './sectors.css';
import './sectors-list.css';

/** Cooperation by sector and year in an embed: the dashboard's grid, read only. */
export function SectorEmbed({ index, data, filters, title }: EmbedChartProps) {
  const notesId = `embed-sectors-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const spec = sectorChartSpec(data.sectors, filters, { title, interactive: false });
  // As on the dashboard: the grid where all its years fit, else (a narrow frame) the list.
  // Drawn in the browser only: the first render, before the measure, may take the grid.
  const [fitRef, measured] = useGridFits(spec.columns.length, true);
  const fits = measured ?? true;
  return (
    <div className="embed-sectors" ref={fitRef}>
      <p className="embed-subtitle">{spec.subtitle}</p>
      {spec.empty !== null ? (
        <p className="empty-state">{spec.empty}</p>
      ) : fits ? (
        <SectorGrid spec={spec} index={index} mask={data.mask} notesId={notesId} />
      ) : (
        <SectorList spec={spec} notesId={notesId} />
      )}
      <SectorFoot spec={spec} notesId={notesId} />
    </div>
  );
}
