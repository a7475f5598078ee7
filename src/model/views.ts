/**
 * The views, by id, with the titles every place shows them under: the panel heading, the
 * slide, the export's title and the file name. The app's registry (src/app/view-registry.tsx)
 * pairs each id with its component.
 */
export const VIEW_TITLES = {
  headline: 'Headline numbers',
  'visit-frequency': 'Visit frequency',
  'cooperation-areas': 'Cooperation by sector and year',
  'people-involved': 'People involved',
  events: 'Events',
  timeline: 'Events timeline',
} as const;

export type ViewId = keyof typeof VIEW_TITLES;

/** The views drawn as a chart, which export as PNG and SVG. */
export const CHART_VIEWS = ['visit-frequency', 'cooperation-areas', 'people-involved'] as const;
export type ChartViewId = (typeof CHART_VIEWS)[number];

export function viewTitle(id: ViewId): string {
  return VIEW_TITLES[id];
}
