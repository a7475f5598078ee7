import type { ViewProps } from '../../components/view-props';
import type { SectorChartSpec } from '../../model/sector-chart-spec';
import { gridMinWidth } from '../../model/sectors-view';
import { SectorGrid } from './SectorGrid';
import { SectorList } from './SectorList';

interface SectorFormsProps extends Pick<ViewProps, 'index' | 'data'> {
  spec: SectorChartSpec;
  notesId: string;
  /** All the years fit beside the labels (see useGridFits); null before the first measure. */
  fits: boolean | null;
  /** Absent on a slide, where nothing is operable and the canvas is wide. */
  toggle?: (sectorId: string) => void;
}

/**
 * The grid where all its years fit; else (a phone) the same numbers listed per sector.
 *
 * Before the width is measured (the page baked at build time, and the render that hydrates
 * it) both forms are there, with a container query on the panel's width that shows the one
 * the measure will keep. So a phone that reaches the heatmap before the scripts run sees the
 * list at once, and hydrating it moves nothing. Each form keeps its slot, so the one kept is
 * the same DOM the reader already had. The rule needs the grid's years, so it is written here
 * rather than in a stylesheet.
 */
export function SectorForms({ spec, index, data, notesId, fits, toggle }: SectorFormsProps) {
  return (
    <>
      {fits === null ? <style>{formsRule(gridMinWidth(spec.columns.length))}</style> : null}
      {fits !== false ? (
        <div className="sectors-form sectors-form-grid">
          <SectorGrid
            spec={spec}
            index={index}
            mask={data.mask}
            notesId={notesId}
            toggle={toggle}
          />
        </div>
      ) : null}
      {fits !== true ? (
        <div className="sectors-form sectors-form-list">
          <SectorList spec={spec} notesId={notesId} toggle={toggle} />
        </div>
      ) : null}
    </>
  );
}

function formsRule(min: number): string {
  const panel = '.panel:has(> .sectors-fit > style)';
  return (
    `@container sectors (width < ${min}px) { ${panel} .sectors-form-grid, ` +
    `${panel} .sectors-keys-hint { display: none; } } ` +
    `@container sectors (width >= ${min}px) { ${panel} .sectors-form-list { display: none; } }`
  );
}
