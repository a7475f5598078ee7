import type { ChartKind } from '../model/chart-spec';

/**
 * The chart views' names, apart from the registry so that the embed page (embed.html) can
 * name its chart without loading every view's code and styles.
 */
export const VIEW_TITLES: Record<ChartKind, string> = {
  'visit-frequency': 'Visit frequency',
  'cooperation-areas': 'Cooperation by sector and year',
  'people-involved': 'People involved',
  'where-they-meet': 'Where they meet',
};
