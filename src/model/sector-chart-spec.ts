/**
 * The cooperation-areas heatmap as both renderers draw it: the on-screen grid
 * (features/sectors) and the SVG export (features/export/sector-svg.ts) read every decision
 * (rows, colours, shades, what is faded, the legend and the words) from here.
 */
import type { ChartFrameSpec, LegendEntry } from './chart-spec';
import { heatColor, heatTextColor, sectorColor } from './colors';
import type { SectorMatrix } from './dashboard';
import type { DatasetIndex } from './dataset-index';
import type { Filters } from './filters';
import { viewTitle } from './views';
import { skippedBefore, skippedYearsLabel, type SkippedYears } from './year-axis';

export interface HeatLegendStep {
  /** "3", or a range such as "4–6". */
  label: string;
  color: string;
}

/**
 * The shade key of the heatmap: one entry per distinct shade that a count from 1 to `max`
 * can get, labelled with the counts it stands for. Empty when nothing is counted.
 */
export function heatLegend(max: number): HeatLegendStep[] {
  const out: HeatLegendStep[] = [];
  if (!(max > 0)) return out;
  const top = Math.floor(max);
  let start = 1;
  let color = heatColor(1, top);
  const push = (end: number) => {
    if (color !== null) out.push({ label: start === end ? `${start}` : `${start}–${end}`, color });
  };
  for (let c = 2; c <= top; c++) {
    const next = heatColor(c, top);
    if (next !== color) {
      push(c - 1);
      start = c;
      color = next;
    }
  }
  push(top);
  return out;
}

export interface SectorColumn {
  year: number;
  label: string;
  /** The run of empty years left out just before this one: the axis marks it (┆). */
  gap: SkippedYears | null;
  /** What the gap mark means, for a tooltip. */
  gapTitle: string | null;
}

export interface SectorCell {
  year: number;
  count: number;
  /** The heat shade; null for an empty cell (the theme's empty-cell fill). */
  fill: string | null;
  /** The count's colour on that shade (`inherit` on an empty cell). */
  textColor: string;
}

export interface SectorChartRow {
  sectorId: string;
  label: string;
  /** The area's own colour, on its swatch. */
  color: string;
  total: number;
  cells: SectorCell[];
  /** In the sector filter. */
  selected: boolean;
  /** Faded (at DIM_OPACITY, counts in muted text): others are selected and this one is not. */
  dimmed: boolean;
}

/** A legend key of the shade legend, with the colour of a count written on it. */
export interface SectorLegendEntry extends LegendEntry {
  textColor: string;
}

export interface SectorChartSpec extends ChartFrameSpec {
  view: 'cooperation-areas';
  legend: SectorLegendEntry[];
  columns: SectorColumn[];
  /** Sorted by total, largest first (as the matrix gives them). */
  rows: SectorChartRow[];
  max: number;
  /** The heading of the label column and of the totals. */
  areaLabel: string;
  totalLabel: string;
  /** The caption of the same numbers as a plain table. */
  tableCaption: string;
  /** Instead of the grid, when there is nothing to draw. */
  empty: string | null;
  /** For a renderer whose cells are too narrow to print their counts. */
  countsHiddenNote: string;
}

export interface SectorSpecOptions {
  /** The screen outside a slide: areas can be clicked and the grid moved through with keys. */
  interactive?: boolean;
}

const SUBTITLE =
  'Engagements that covered each area, per year. An engagement can cover several areas.';
const CLICK_HINT = 'Click an area to filter.';
const KEYS_HINT = 'Use the arrow keys to move between cells; Enter selects the area.';
const COUNTING_NOTE =
  "An engagement that covers several areas counts once in each, so a year's cells do not add up to its number of engagements.";
const FADED_NOTE = 'Selected areas are highlighted; the others are faded.';
const NOTHING_MATCHES = 'No engagements match these filters.';
const NO_AREAS = 'This dataset records no cooperation areas.';

function columnsOf(sectors: SectorMatrix): SectorColumn[] {
  return sectors.years.map((year) => {
    const gap = skippedBefore(sectors.skipped, year) ?? null;
    return {
      year,
      label: String(year),
      gap,
      gapTitle: gap ? `Years ${skippedYearsLabel([gap])} skipped: no engagements` : null,
    };
  });
}

function rowsOf(
  index: DatasetIndex,
  sectors: SectorMatrix,
  selected: ReadonlySet<string>,
): SectorChartRow[] {
  return sectors.rows.map((row) => {
    const isSelected = selected.has(row.sectorId);
    return {
      sectorId: row.sectorId,
      label: row.label,
      color: sectorColor(index.sectorIndex.get(row.sectorId) ?? 0),
      total: row.total,
      cells: row.counts.map((count, j) => {
        const fill = heatColor(count, sectors.max);
        return { year: sectors.years[j]!, count, fill, textColor: heatTextColor(fill) };
      }),
      selected: isSelected,
      dimmed: selected.size > 0 && !isSelected,
    };
  });
}

/** "None" (the empty-cell fill), then one key per shade. */
function legendOf(max: number): SectorLegendEntry[] {
  return [
    { key: 'none', label: 'None', color: '', pattern: 'empty', textColor: 'inherit' },
    ...heatLegend(max).map((s) => ({
      key: s.label,
      label: s.label,
      color: s.color,
      textColor: heatTextColor(s.color),
    })),
  ];
}

function emptyOf(sectors: SectorMatrix): string | null {
  if (sectors.years.length === 0) return NOTHING_MATCHES;
  if (sectors.rows.length === 0) return NO_AREAS;
  return null;
}

function notesOf(
  sectors: SectorMatrix,
  empty: string | null,
  anySelected: boolean,
  interactive: boolean,
): string[] {
  const notes: string[] = [];
  if (empty === null && sectors.max === 0) notes.push(NOTHING_MATCHES);
  notes.push(COUNTING_NOTE);
  if (anySelected) notes.push(FADED_NOTE);
  if (sectors.skipped.length > 0) {
    notes.push(
      `Years with no recorded engagement are left out: ${skippedYearsLabel(sectors.skipped)} (marked ┆ at the year labels).`,
    );
  }
  if (interactive && empty === null) notes.push(KEYS_HINT);
  return notes;
}

/** Sectors × years under these filters: counts, shades, faded rows, legend and words. */
export function sectorChartSpec(
  index: DatasetIndex,
  sectors: SectorMatrix,
  filters: Pick<Filters, 'sectors'>,
  options: SectorSpecOptions = {},
): SectorChartSpec {
  const interactive = options.interactive ?? false;
  const selected = new Set(filters.sectors);
  const empty = emptyOf(sectors);
  return {
    view: 'cooperation-areas',
    title: viewTitle('cooperation-areas'),
    subtitle: interactive ? `${SUBTITLE} ${CLICK_HINT}` : SUBTITLE,
    legendTitle: 'Engagements per cell:',
    legend: empty === null ? legendOf(sectors.max) : [],
    notes: notesOf(sectors, empty, selected.size > 0, interactive),
    columns: columnsOf(sectors),
    rows: rowsOf(index, sectors, selected),
    max: sectors.max,
    areaLabel: 'Area',
    totalLabel: 'Total',
    tableCaption: 'Engagements that covered each area, per year',
    empty,
    countsHiddenNote:
      'Cells are too narrow for their counts; the Total column and the CSV export have them.',
  };
}
