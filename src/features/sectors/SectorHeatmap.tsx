import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type CSSProperties,
} from 'react';
import { Panel } from '../../components/Panel';
import type { ViewProps } from '../../components/view-props';
import { heatColor, heatTextColor, sectorColor } from '../../model/colors';
import { skippedYearsLabel } from '../../model/year-axis';
import { sectorYearEvents, type SectorRow } from '../../model/dashboard';
import { formatEventDate } from '../../model/dates';
import { gridMove, heatLegend, type GridPos } from '../../model/sectors-view';
import { useFilterStore } from '../../state/filter-store';
import './sectors.css';
import { plural } from '../../lib/plural';
import { viewTitle } from '../../model/views';

/** How many engagements a cell's popover lists before it says "and N more". */
const POPOVER_LIMIT = 8;
const HIDE_DELAY_MS = 150;

interface CellRef {
  sectorId: string;
  year: number;
}

export function SectorHeatmap({ index, data, filters, exports, presentation = false }: ViewProps) {
  const toggleSector = useFilterStore((s) => s.toggleSector);
  const { years, rows, max, skipped } = data.sectors;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const popoverId = `sectors-popover-${uid}`;
  const hintId = `sectors-hint-${uid}`;

  const wrapRef = useRef<HTMLDivElement>(null);
  const popRef = useRef<HTMLDivElement>(null);
  const hideTimer = useRef<number | undefined>(undefined);
  const [active, setActive] = useState<GridPos>({ row: 0, col: 0 });
  const [hovered, setHovered] = useState<CellRef | null>(null);
  const [focused, setFocused] = useState<CellRef | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [moreRight, setMoreRight] = useState(false);

  // On a narrow screen the grid scrolls sideways: fade its right edge while there is more.
  const checkOverflow = () => {
    const el = scrollRef.current;
    setMoreRight(el !== null && el.scrollLeft + el.clientWidth < el.scrollWidth - 1);
  };
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      setMoreRight(el.scrollLeft + el.clientWidth < el.scrollWidth - 1);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [years.length]);

  const cols = years.length + 2; // label, years…, total
  const selected = new Set(filters.sectors);
  // A slide is read, not explored: no popovers (they would also be placed off the scaled canvas).
  const shown = dismissed || presentation ? null : (hovered ?? focused);
  const shownRow = shown ? rows.find((r) => r.sectorId === shown.sectorId) : undefined;
  const shownEvents = shown ? sectorYearEvents(index, data.mask, shown.sectorId, shown.year) : [];

  const cellSelector = (c: CellRef) =>
    `[data-row="${rows.findIndex((r) => r.sectorId === c.sectorId)}"][data-col="${years.indexOf(c.year) + 1}"]`;

  // Place the popover under (or above) its cell, inside the view, without moving anything.
  useLayoutEffect(() => {
    const wrap = wrapRef.current;
    const pop = popRef.current;
    if (!shown || !wrap || !pop) {
      setPlace(null);
      return;
    }
    const cell = wrap.querySelector<HTMLElement>(cellSelector(shown));
    if (!cell) {
      setPlace(null);
      return;
    }
    const w = wrap.getBoundingClientRect();
    const c = cell.getBoundingClientRect();
    const p = pop.getBoundingClientRect();
    let left = c.left - w.left + c.width / 2 - p.width / 2;
    left = Math.max(0, Math.min(left, w.width - p.width));
    let top = c.bottom - w.top + 6;
    const below = c.bottom + 6 + p.height;
    if (below > window.innerHeight && c.top - 6 - p.height >= 0) top = c.top - w.top - 6 - p.height;
    setPlace({ left, top });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown?.sectorId, shown?.year, shownEvents.length]);

  useEffect(() => () => window.clearTimeout(hideTimer.current), []);

  const row0 = Math.min(active.row, Math.max(0, rows.length - 1));
  const col0 = Math.min(active.col, cols - 1);
  const isTabStop = (r: number, c: number) => r === row0 && c === col0;
  /** Roving tab index for the grid; none on a slide, where arrow keys move between slides. */
  const tabIndexAt = (r: number, c: number) =>
    presentation ? undefined : isTabStop(r, c) ? 0 : -1;

  const focusCell = (pos: GridPos) => {
    setActive(pos);
    const el = wrapRef.current?.querySelector<HTMLElement>(
      `[data-row="${pos.row}"][data-col="${pos.col}"]`,
    );
    el?.focus();
  };

  const onGridKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const target = e.target as HTMLElement;
    const r = Number(target.dataset.row);
    const c = Number(target.dataset.col);
    if (!Number.isInteger(r) || !Number.isInteger(c)) return;
    if (e.key === 'Escape') {
      setDismissed(true);
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && target.tagName !== 'BUTTON') {
      e.preventDefault();
      const sectorId = rows[r]?.sectorId;
      if (sectorId) toggleSector(sectorId);
      return;
    }
    const next = gridMove({ row: r, col: c }, e.key, rows.length, cols, e.ctrlKey || e.metaKey);
    if (next) {
      e.preventDefault();
      focusCell(next);
    }
  };

  const hoverCell = (c: CellRef | null) => {
    window.clearTimeout(hideTimer.current);
    if (c) {
      setDismissed(false);
      setHovered(c);
    } else {
      hideTimer.current = window.setTimeout(() => setHovered(null), HIDE_DELAY_MS);
    }
  };

  const rowLabel = (row: SectorRow) => {
    const pos = index.sectorIndex.get(row.sectorId) ?? 0;
    return (
      <>
        <span className="swatch" style={{ background: sectorColor(pos) }} aria-hidden="true" />
        <span className="sectors-label-text" dir="auto">
          {row.label}
        </span>
      </>
    );
  };

  const legend = heatLegend(max);

  const table = () => (
    <table className="data-table">
      <caption>Engagements that covered each area, per year</caption>
      <thead>
        <tr>
          <th scope="col">Sector</th>
          {years.map((y) => (
            <th scope="col" className="num" key={y}>
              {y}
            </th>
          ))}
          <th scope="col" className="num">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.sectorId}>
            <th scope="row">
              <span className="sectors-table-label">
                {rowLabel(row)}
                {selected.has(row.sectorId) ? (
                  <span className="visually-hidden"> (selected)</span>
                ) : null}
              </span>
            </th>
            {row.counts.map((n, j) => (
              <td className="num" key={years[j]}>
                {n}
              </td>
            ))}
            <td className="num">{row.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const footer = (
    <div className="sectors-foot">
      {legend.length > 0 ? (
        <div className="sectors-legend">
          <span className="sectors-legend-title">Engagements per cell</span>
          <ul aria-label="Shade key">
            {legend.map((s) => (
              <li key={s.label}>
                <span
                  className="sectors-legend-swatch"
                  style={{ background: s.color, color: heatTextColor(s.color) }}
                >
                  {s.label}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p id={hintId} className="sectors-hint">
        An engagement is counted once in every area it covered.
        {skipped.length > 0
          ? ` Years with no recorded engagement are left out: ${skippedYearsLabel(skipped)} (marked ┆ at the year labels).`
          : ''}
        {presentation ? null : ' Use the arrow keys to move between cells; Enter selects the area.'}
      </p>
    </div>
  );

  const emptyGrid = years.length === 0 || rows.length === 0;

  return (
    <Panel
      id="cooperation-areas"
      title={viewTitle('cooperation-areas')}
      subtitle={
        presentation
          ? 'Engagements that covered each area, per year. An engagement can cover several areas.'
          : 'Engagements that covered each area, per year. An engagement can cover several areas. Click an area to filter.'
      }
      exports={exports}
      table={table}
      footer={footer}
      presentation={presentation}
    >
      {emptyGrid ? (
        <p className="empty-state">No engagements to show.</p>
      ) : (
        <div
          className={moreRight ? 'sectors-wrap has-more' : 'sectors-wrap'}
          ref={wrapRef}
          // On a slide the type scales down when many areas or years share the canvas.
          style={
            presentation
              ? ({
                  '--sectors-rows': rows.length,
                  '--sectors-years': years.length,
                } as CSSProperties)
              : undefined
          }
        >
          <div
            className="sectors-scroll"
            ref={scrollRef}
            onScroll={() => {
              checkOverflow();
              // The popover is placed for the unscrolled cell: hide it rather than leave it adrift.
              if (shown) setDismissed(true);
            }}
          >
            <table
              className="sectors-grid"
              role={presentation ? undefined : 'grid'}
              aria-label="Cooperation areas by year"
              aria-describedby={hintId}
              aria-multiselectable={presentation ? undefined : true}
              onKeyDown={presentation ? undefined : onGridKeyDown}
            >
              <thead>
                <tr>
                  <th scope="col" className="sectors-corner">
                    Area
                  </th>
                  {years.map((y, j) => (
                    <th
                      scope="col"
                      key={y}
                      className={
                        j > 0 && years[j - 1]! < y - 1
                          ? 'sectors-year sectors-after-gap'
                          : 'sectors-year'
                      }
                      title={
                        j > 0 && years[j - 1]! < y - 1
                          ? `Years ${years[j - 1]! + 1}–${y - 1} skipped: no engagements`
                          : undefined
                      }
                    >
                      {y}
                    </th>
                  ))}
                  <th scope="col" className="sectors-year sectors-total-head">
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, r) => {
                  const isSelected = selected.has(row.sectorId);
                  const toggle = presentation ? undefined : () => toggleSector(row.sectorId);
                  return (
                    <tr
                      key={row.sectorId}
                      className={isSelected ? 'is-selected' : undefined}
                      aria-selected={presentation ? undefined : isSelected}
                    >
                      <th scope="row" className="sectors-row-head">
                        {presentation ? (
                          <span className="sectors-label">
                            {rowLabel(row)}
                            {isSelected ? (
                              <span className="visually-hidden"> (selected)</span>
                            ) : null}
                          </span>
                        ) : (
                          <button
                            type="button"
                            className="sectors-label"
                            aria-pressed={isSelected}
                            tabIndex={tabIndexAt(r, 0)}
                            data-row={r}
                            data-col={0}
                            title={
                              isSelected
                                ? `Remove the ${row.label} filter`
                                : `Filter by ${row.label}`
                            }
                            onClick={toggle}
                            onFocus={() => setActive({ row: r, col: 0 })}
                          >
                            {rowLabel(row)}
                            <span className="sectors-check" aria-hidden="true">
                              {isSelected ? '✓' : ''}
                            </span>
                          </button>
                        )}
                      </th>
                      {row.counts.map((n, j) => {
                        const year = years[j]!;
                        const fill = heatColor(n, max);
                        const cell = { sectorId: row.sectorId, year };
                        const isShown =
                          shown?.sectorId === row.sectorId && shown.year === year && n > 0;
                        const style: CSSProperties | undefined = fill
                          ? { background: fill, color: heatTextColor(fill) }
                          : undefined;
                        return (
                          <td
                            key={year}
                            className={fill ? 'sectors-cell' : 'sectors-cell is-empty'}
                            style={style}
                            tabIndex={tabIndexAt(r, j + 1)}
                            data-row={r}
                            data-col={j + 1}
                            data-sector={row.sectorId}
                            data-year={year}
                            aria-describedby={isShown ? popoverId : undefined}
                            onClick={toggle}
                            onFocus={() => {
                              setActive({ row: r, col: j + 1 });
                              setDismissed(false);
                              setFocused(cell);
                            }}
                            onBlur={() => setFocused(null)}
                            onMouseEnter={presentation ? undefined : () => hoverCell(cell)}
                            onMouseLeave={presentation ? undefined : () => hoverCell(null)}
                          >
                            {n > 0 ? n : <span className="visually-hidden">0</span>}
                          </td>
                        );
                      })}
                      <td
                        className="sectors-cell sectors-total"
                        tabIndex={tabIndexAt(r, cols - 1)}
                        data-row={r}
                        data-col={cols - 1}
                        onClick={toggle}
                        onFocus={() => setActive({ row: r, col: cols - 1 })}
                      >
                        {row.total}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {shown && shownRow && shownEvents.length > 0 ? (
            <div
              ref={popRef}
              id={popoverId}
              role="tooltip"
              className="sectors-popover"
              style={
                place
                  ? { left: place.left, top: place.top }
                  : { left: 0, top: 0, visibility: 'hidden' }
              }
              onMouseEnter={() => window.clearTimeout(hideTimer.current)}
              onMouseLeave={() => hoverCell(null)}
            >
              <p className="sectors-popover-title">
                {shownRow.label} · {shown.year}
              </p>
              <p className="sectors-popover-count">{plural(shownEvents.length, 'engagement')}</p>
              <ul>
                {shownEvents.slice(0, POPOVER_LIMIT).map((e) => (
                  <li key={e.id}>
                    <span className="sectors-popover-date">
                      {formatEventDate(e.date, e.datePrecision)}
                    </span>
                    <span className="sectors-popover-event" dir="auto">
                      {e.title}
                    </span>
                  </li>
                ))}
              </ul>
              {shownEvents.length > POPOVER_LIMIT ? (
                <p className="sectors-popover-more">
                  and {shownEvents.length - POPOVER_LIMIT} more; filter by the area to list them
                  all.
                </p>
              ) : null}
            </div>
          ) : null}
        </div>
      )}
    </Panel>
  );
}
