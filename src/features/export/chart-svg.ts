/**
 * Standalone SVG images of the dashboard's charts, one builder per chart (visit-svg.ts,
 * sector-svg.ts, people-svg.ts) around one frame (svg-frame.ts).
 */
import type { Dashboard } from '../../model/dashboard';
import type { DatasetIndex } from '../../model/dataset-index';
import type { Filters } from '../../model/filters';
import type { ChartKind } from '../../model/chart-spec';
import { loadWorld, worldIfLoaded } from '../../state/world-atlas';
import { whereTheyMeetSvg } from './map-svg';
import { peopleInvolvedSvg } from './people-svg';
import { cooperationAreasSvg } from './sector-svg';
import { SVG_WIDTH } from './svg-frame';
import { visitFrequencySvg, type VisitSvgOptions } from './visit-svg';

export type ExportChart = ChartKind;

export interface BuiltSvg {
  svg: string;
  width: number;
  height: number;
}

/** The root element's width and height, as written by these builders. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="(\d+(?:\.\d+)?)"/.exec(root)?.[1] ?? SVG_WIDTH);
  const height = Number(/\sheight="(\d+(?:\.\d+)?)"/.exec(root)?.[1] ?? 0);
  return { width, height };
}

/**
 * Waits for what a chart's picture needs besides the model: the map's basemap (fetched once).
 * Call before `chartSvg`, which is synchronous; a basemap that fails to load leaves the
 * markers on the sea colour rather than failing the export.
 */
export async function chartSvgReady(chart: string): Promise<void> {
  if (chart === 'where-they-meet') await loadWorld().catch(() => null);
}

export function chartSvg(
  chart: ExportChart,
  index: DatasetIndex,
  data: Dashboard,
  filters: Filters,
  options: VisitSvgOptions,
): BuiltSvg {
  let svg: string;
  if (chart === 'visit-frequency') {
    svg = visitFrequencySvg(index, data, filters, options);
  } else if (chart === 'cooperation-areas') {
    svg = cooperationAreasSvg(index, data, filters, options);
  } else if (chart === 'where-they-meet') {
    svg = whereTheyMeetSvg(index, data, filters, { ...options, world: worldIfLoaded() });
  } else {
    svg = peopleInvolvedSvg(index, data, filters, options);
  }
  return { svg, ...svgSize(svg) };
}
