import { useId, useRef, type CSSProperties } from 'react';
import { sectorYearEvents, type Dashboard } from '../../model/dashboard';
import type { DatasetIndex } from '../../model/dataset-index';
import type { SectorChartSpec } from '../../model/sector-chart-spec';
import { SectorGridRow, type RowActions } from './SectorGridRow';
import { SectorPopover } from './SectorPopover';
import { useCellPopover, type CellPopover } from './use-cell-popover';
import { usePopoverPlacement } from './use-popover-placement';
import { useRovingGrid, type RovingGrid } from './use-roving-grid';
import { useScrollOverflow } from './use-scroll-overflow';

interface SectorGridProps {
  spec: SectorChartSpec;
  index: DatasetIndex;
  mask: Dashboard['mask'];
  /** The notes under the grid, which say how to read and operate it. */
  notesId: string;
  /** Filter by a sector; absent on a slide, where nothing is operable. */
  toggle?: (sectorId: string) => void;
}

function SectorGridHead({ spec }: { spec: SectorChartSpec }) {
  return (
    <thead>
      <tr>
        <th scope="col" className="sectors-corner">
          {spec.sectorLabel}
        </th>
        {spec.columns.map((col) => (
          <th
            scope="col"
            key={col.year}
            className={col.gap ? 'sectors-year sectors-after-gap' : 'sectors-year'}
            title={col.gapTitle ?? undefined}
          >
            {col.label}
          </th>
        ))}
        <th scope="col" className="sectors-year sectors-total-head">
          {spec.totalLabel}
        </th>
      </tr>
    </thead>
  );
}

/** The popover's cell, as the grid position its placement is measured from. */
function shownCell(spec: SectorChartSpec, popover: CellPopover) {
  const shown = popover.shown;
  const r = shown ? spec.rows.findIndex((row) => row.sectorId === shown.sectorId) : -1;
  const c = shown ? spec.columns.findIndex((col) => col.year === shown.year) : -1;
  if (!shown || r < 0 || c < 0) return null;
  return { ...shown, row: spec.rows[r]!, selector: `[data-row="${r}"][data-col="${c + 1}"]` };
}

/** Filter clicks, and focus and hover that move the tab stop and show popovers. */
function rowActions(
  toggle: (sectorId: string) => void,
  roving: RovingGrid,
  popover: CellPopover,
): RowActions {
  return {
    toggle,
    focusCell: (pos, cell) => {
      roving.setActive(pos);
      if (cell) popover.focus(cell);
    },
    blurCell: popover.blur,
    hoverCell: popover.hover,
  };
}

/**
 * The grid's size, for the stylesheet: the label column narrows as years are added, and on a
 * slide the type scales down when many sectors or years share the canvas.
 */
const sizeStyle = (spec: SectorChartSpec) =>
  ({
    '--sectors-rows': spec.rows.length,
    '--sectors-years': spec.columns.length,
  }) as CSSProperties;

/** The heatmap: a keyboard-operable grid of sectors × years with a popover per cell. */
export function SectorGrid({ spec, index, mask, notesId, toggle }: SectorGridProps) {
  const popoverId = `sectors-popover-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const wrapRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const popRef = useRef<HTMLDivElement>(null);
  const interactive = toggle !== undefined;
  const cols = spec.columns.length + 2; // label, years…, total
  const popover = useCellPopover(interactive);
  const roving = useRovingGrid(wrapRef, {
    rows: spec.rows.length,
    cols,
    enabled: interactive,
    onSelectRow: (r) => {
      const sectorId = spec.rows[r]?.sectorId;
      if (sectorId) toggle?.(sectorId);
    },
    onEscape: popover.dismiss,
  });
  const overflow = useScrollOverflow(scrollRef, spec.columns.length);
  const shown = shownCell(spec, popover);
  const events = shown ? sectorYearEvents(index, mask, shown.sectorId, shown.year) : [];
  const place = usePopoverPlacement(wrapRef, popRef, shown?.selector ?? null, events.length);
  const actions = toggle && rowActions(toggle, roving, popover);
  const single = spec.columns.length === 1;

  return (
    <div
      className={`sectors-wrap${overflow.moreRight ? ' has-more' : ''}${single ? ' is-single' : ''}`}
      ref={wrapRef}
      style={sizeStyle(spec)}
    >
      <div
        className="sectors-scroll"
        ref={scrollRef}
        onScroll={() => {
          overflow.update();
          // The popover is placed for the unscrolled cell: hide it rather than leave it adrift.
          if (popover.shown) popover.dismiss();
        }}
      >
        <table
          className="sectors-grid"
          role={interactive ? 'grid' : undefined}
          aria-label={spec.title}
          aria-describedby={notesId}
          aria-multiselectable={interactive ? true : undefined}
          onKeyDown={interactive ? roving.onKeyDown : undefined}
        >
          <SectorGridHead spec={spec} />
          <tbody>
            {spec.rows.map((row, r) => (
              <SectorGridRow
                key={row.sectorId}
                row={row}
                max={spec.max}
                r={r}
                tabIndexAt={roving.tabIndexAt}
                shownYear={shown?.sectorId === row.sectorId ? shown.year : null}
                popoverId={popoverId}
                actions={actions}
              />
            ))}
          </tbody>
        </table>
      </div>
      {shown && events.length > 0 ? (
        <SectorPopover
          ref={popRef}
          id={popoverId}
          label={shown.row.label}
          year={shown.year}
          events={events}
          place={place}
          onMouseEnter={popover.keep}
          onMouseLeave={() => popover.hover(null)}
        />
      ) : null}
    </div>
  );
}
