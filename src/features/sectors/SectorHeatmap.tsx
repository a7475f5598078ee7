import { useId } from 'react';
import { Panel } from '../../components/Panel';
import type { ViewProps } from '../../components/view-props';
import { sectorChartSpec, type SectorChartSpec } from '../../model/sector-chart-spec';
import { useFilterStore } from '../../state/filter-store';
import { SectorFoot } from './SectorLegend';
import { SectorForms } from './SectorForms';
import { SectorTable } from './SectorTable';
import { useGridFits } from './use-grid-fits';
import './sectors.css';
import './sectors-list.css';
import './sectors-print.css';
import './sectors-slide.css';

/** What the cells count, and how to use them (on screen only: paper cannot be clicked). */
function Subtitle({ spec }: { spec: SectorChartSpec }) {
  return (
    <>
      {spec.subtitle}
      {spec.clickHint ? <span className="no-print"> {spec.clickHint}</span> : null}
    </>
  );
}

/** Cooperation by sector and year: engagements per sector and year, as the chart spec draws. */
export function SectorHeatmap({
  index,
  data,
  filters,
  exports,
  presentation = false,
  title,
}: ViewProps) {
  const toggle = useFilterStore((s) => s.toggle);
  const notesId = `sectors-hint-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // A slide is read, not explored: no filter clicks, keys or popovers.
  const full = sectorChartSpec(data.sectors, filters, { title, interactive: !presentation });
  const [fitRef, fits] = useGridFits(full.columns.length, !presentation);
  // The list is a column of buttons: the grid's arrow keys do not apply to it.
  const spec = fits !== false ? full : { ...full, keysHint: null };
  return (
    <Panel
      id={spec.view}
      title={spec.title}
      subtitle={<Subtitle spec={spec} />}
      exports={exports}
      table={() => <SectorTable spec={spec} />}
      footer={<SectorFoot spec={spec} notesId={notesId} />}
      presentation={presentation}
    >
      <div className="sectors-fit" ref={fitRef}>
        {spec.empty !== null ? (
          <p className="empty-state">{spec.empty}</p>
        ) : (
          <SectorForms
            spec={spec}
            index={index}
            data={data}
            notesId={notesId}
            fits={fits}
            toggle={presentation ? undefined : (id: string) => toggle('sectors', id)}
          />
        )}
      </div>
    </Panel>
  );
}
