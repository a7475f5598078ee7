/**
 * The sector × year heatmap (view id `cooperation-areas`) as both renderers draw it: the on-screen grid
 * (features/sectors) and the SVG export (features/export/sector-svg.ts) read every decision
 * (rows, colours, shades, what is faded, the legend and the words) from here.
 */
import type { ChartFrameSpec, LegendEntry } from './chart-spec';
import { heatPaint, heatStep, heatVars, sectorColor, type HeatTheme } from './colors';
import type { SectorMatrix } from './dashboard';
import type { Filters } from './filters';
import { skippedBefore, skippedYearsLabel, type SkippedYears } from './year-axis';

export interface HeatLegendStep {
  /** "3", or a range such as "4–6". */
  label: string;
  /** The shade, 0 (few) to HEAT_STEPS − 1. */
  step: number;
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
  let step = heatStep(1, top);
  const push = (end: number) => {
    if (step !== null) out.push({ label: start === end ? `${start}` : `${start}–${end}`, step });
  };
  for (let c = 2; c <= top; c++) {
    const next = heatStep(c, top);
    if (next !== step) {
      push(c - 1);
      start = c;
      step = next;
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

/** How a cell's shade is painted: hex colours for a theme, and the screen's custom properties. */
export interface ShadePaint {
  /** The shade in the spec's theme (the export's colours). */
  fill: string;
  /** The count's colour on it. */
  textColor: string;
  /** The same on screen, where the stylesheet picks the theme: `var(--heat-3)`… */
  fillVar: string;
  textVar: string;
}

export interface SectorCell {
  year: number;
  count: number;
  /** The shade, 0 (few) to HEAT_STEPS − 1; null for an empty cell (the theme's empty fill). */
  step: number | null;
  paint: ShadePaint | null;
}

export interface SectorChartRow {
  sectorId: string;
  label: string;
  /** The sector's own colour, on its swatch. */
  color: string;
  total: number;
  cells: SectorCell[];
  /** In the sector filter: outlined, with bold counts. */
  selected: boolean;
  /**
   * Others are selected and this one is not: paler shades, counts still in the theme's text
   * colour (normal weight), so the row stays readable.
   */
  dimmed: boolean;
}

/** A legend key of the shade legend, with the colour of a count written on it. */
export interface SectorLegendEntry extends LegendEntry {
  textColor: string;
  /** Null for "None" (the empty-cell fill, drawn by each renderer). */
  paint: ShadePaint | null;
}

export interface SectorChartSpec extends ChartFrameSpec {
  view: 'cooperation-areas';
  legend: SectorLegendEntry[];
  columns: SectorColumn[];
  /** Sorted by total, largest first (as the matrix gives them). */
  rows: SectorChartRow[];
  max: number;
  /** How to operate the grid, on screen only (never printed): after the subtitle… */
  clickHint: string | null;
  /** …and under the grid. */
  keysHint: string | null;
  /** The heading of the label column and of the totals. */
  sectorLabel: string;
  totalLabel: string;
  /** The caption of the same numbers as a plain table. */
  tableCaption: string;
  /** Instead of the grid, when there is nothing to draw. */
  empty: string | null;
  /** For a renderer whose cells are too narrow to print their counts. */
  countsHiddenNote: string;
}

export interface SectorSpecOptions {
  /** The view's title, as its registry entry names it. */
  title: string;
  /** The screen outside a slide: sectors can be clicked and the grid moved through with keys. */
  interactive?: boolean;
  /** Whose colours `fill` and `textColor` are (the screen reads the custom properties). */
  theme?: HeatTheme;
}

const SUBTITLE =
  'Engagements that covered each sector, per year. An engagement can cover several sectors.';
const CLICK_HINT = 'Click a sector to filter.';
const KEYS_HINT = 'Use the arrow keys to move between cells; Enter selects the sector.';
const COUNTING_NOTE =
  "An engagement that covers several sectors counts once in each, so a year's cells do not add up to its number of engagements.";
const FADED_NOTE = 'Selected sectors are outlined; the others are paler.';
const NOTHING_MATCHES = 'No engagements match these filters.';
const NO_SECTORS = 'This dataset records no sectors.';

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

function paintOf(step: number, theme: HeatTheme, dim: boolean): ShadePaint {
  const hex = heatPaint(step, theme, dim);
  const css = heatVars(step, dim);
  return { fill: hex.fill, textColor: hex.text, fillVar: css.fill, textVar: css.text };
}

function rowsOf(
  sectors: SectorMatrix,
  selected: ReadonlySet<string>,
  theme: HeatTheme,
): SectorChartRow[] {
  return sectors.rows.map((row) => {
    const isSelected = selected.has(row.sectorId);
    const dimmed = selected.size > 0 && !isSelected;
    return {
      sectorId: row.sectorId,
      label: row.label,
      color: sectorColor(row.sectorId),
      total: row.total,
      cells: row.counts.map((count, j) => {
        const step = heatStep(count, sectors.max);
        const paint = step === null ? null : paintOf(step, theme, dimmed);
        return { year: sectors.years[j]!, count, step, paint };
      }),
      selected: isSelected,
      dimmed,
    };
  });
}

/** "None" (the empty-cell fill), then one key per shade. */
function legendOf(max: number, theme: HeatTheme): SectorLegendEntry[] {
  return [
    { key: 'none', label: 'None', color: '', pattern: 'empty', textColor: 'inherit', paint: null },
    ...heatLegend(max).map((s) => {
      const paint = paintOf(s.step, theme, false);
      return { key: s.label, label: s.label, color: paint.fill, textColor: paint.textColor, paint };
    }),
  ];
}

function emptyOf(sectors: SectorMatrix): string | null {
  if (sectors.years.length === 0) return NOTHING_MATCHES;
  if (sectors.rows.length === 0) return NO_SECTORS;
  return null;
}

function notesOf(sectors: SectorMatrix, empty: string | null, anySelected: boolean): string[] {
  const notes: string[] = [];
  if (empty === null && sectors.max === 0) notes.push(NOTHING_MATCHES);
  notes.push(COUNTING_NOTE);
  if (anySelected) notes.push(FADED_NOTE);
  if (sectors.skipped.length > 0) {
    notes.push(
      `Years with no recorded engagement are left out: ${skippedYearsLabel(sectors.skipped)} (marked ┆ at the year labels).`,
    );
  }
  return notes;
}

/** Sectors × years under these filters: counts, shades, faded rows, legend and words. */
export function sectorChartSpec(
  sectors: SectorMatrix,
  filters: Pick<Filters, 'sectors'>,
  options: SectorSpecOptions,
): SectorChartSpec {
  const interactive = options.interactive ?? false;
  const theme = options.theme ?? 'light';
  const selected = new Set(filters.sectors);
  const empty = emptyOf(sectors);
  return {
    view: 'cooperation-areas',
    title: options.title,
    subtitle: SUBTITLE,
    clickHint: interactive && empty === null ? CLICK_HINT : null,
    keysHint: interactive && empty === null ? KEYS_HINT : null,
    legendTitle: 'Engagements per cell:',
    legend: empty === null ? legendOf(sectors.max, theme) : [],
    notes: notesOf(sectors, empty, selected.size > 0),
    columns: columnsOf(sectors),
    rows: rowsOf(sectors, selected, theme),
    max: sectors.max,
    sectorLabel: 'Sector',
    totalLabel: 'Total',
    tableCaption: 'Engagements that covered each sector, per year',
    empty,
    countsHiddenNote:
      'Cells are too narrow for their counts; the Total column and the CSV export have them.',
  };
}
