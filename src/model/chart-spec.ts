/**
 * What every chart spec holds besides its marks: the words and keys the screen and the export
 * both show. Each view's spec function (`visitChartSpec`, `sectorChartSpec`,
 * `peopleChartSpec`) returns one of these plus its own series, scales and labels; the React
 * component and the SVG export only draw what the spec says, so they cannot disagree.
 */
import { CHART } from '../lib/tokens';

/**
 * One key of a legend: a colour chip; the hatch of contacts without travel (`color` is its
 * stripe); or `empty`, the theme's empty-cell fill with an outline (`color` is unused).
 */
export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  pattern?: 'hatch' | 'empty';
}

/**
 * The kinds of chart a spec can describe, each with its SVG builder in features/export. A view
 * is named and titled by its registry entry (src/app/view-registry.tsx); it names one of
 * these when it draws a chart of that kind.
 */
export type ChartKind =
  'visit-frequency' | 'cooperation-areas' | 'people-involved' | 'where-they-meet';

export interface ChartFrameSpec {
  view: ChartKind;
  title: string;
  subtitle: string;
  /** A word before the legend keys ("Country:"), when they need one. */
  legendTitle?: string;
  legend: LegendEntry[];
  /** Footnotes under the chart, in order. */
  notes: string[];
}

/** The opacity of marks the filters leave out (they fade rather than vanish). */
export const DIM_OPACITY = Number(CHART['dim-opacity']);

/** The hatch of contacts without travel: stripe colour, tile size and stripe width, in px. */
export const HATCH = { color: CHART['no-travel'], tile: 8, stripe: 3, angle: 45 } as const;

/**
 * Whole-number axis ticks from 0 that reach at least `max`, at most about six of them, with a
 * step of 1, 2 or 5 × 10^k. `max` ≤ 0 still gives [0, 1] so an empty chart keeps its axis.
 */
export function integerTicks(max: number): number[] {
  const top = Math.max(1, Math.ceil(max));
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = [1, 2, 5].find((m) => top / (m * magnitude) <= 5);
    if (found !== undefined) {
      step = found * magnitude;
      break;
    }
  }
  const ticks: number[] = [];
  for (let t = 0; t < top + step; t += step) {
    ticks.push(t);
    if (t >= top) break;
  }
  return ticks;
}
