import { useId } from 'react';
import { Panel } from '../../components/Panel';
import type { ViewProps } from '../../components/view-props';
import { sectorChartSpec } from '../../model/sector-chart-spec';
import { useFilterStore } from '../../state/filter-store';
import { SectorGrid } from './SectorGrid';
import { SectorFoot } from './SectorLegend';
import { SectorTable } from './SectorTable';
import './sectors.css';
import './sectors-slide.css';

/** Cooperation areas by year: engagements per area and year, as drawn by the chart spec. */
export function SectorHeatmap({ index, data, filters, exports, presentation = false }: ViewProps) {
  const toggle = useFilterStore((s) => s.toggle);
  const notesId = `sectors-hint-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // A slide is read, not explored: no filter clicks, keys or popovers.
  const spec = sectorChartSpec(index, data.sectors, filters, { interactive: !presentation });
  return (
    <Panel
      id={spec.view}
      title={spec.title}
      subtitle={spec.subtitle}
      exports={exports}
      table={() => <SectorTable spec={spec} />}
      footer={<SectorFoot spec={spec} notesId={notesId} />}
      presentation={presentation}
    >
      {spec.empty !== null ? (
        <p className="empty-state">{spec.empty}</p>
      ) : (
        <SectorGrid
          spec={spec}
          index={index}
          mask={data.mask}
          notesId={notesId}
          toggle={presentation ? undefined : (id: string) => toggle('sectors', id)}
        />
      )}
    </Panel>
  );
}
