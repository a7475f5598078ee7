import type { Dashboard } from '../model/dashboard';
import type { DatasetIndex } from '../model/dataset-index';
import type { Filters } from '../model/filters';
import type { VisitMode } from '../model/visits-view';

/** What a view's embedded chart (embed.html) receives: no controls, nothing to toggle. */
export interface EmbedChartProps {
  title: string;
  index: DatasetIndex;
  data: Dashboard;
  filters: Filters;
  /** Visit frequency only. */
  visitMode: VisitMode;
  showContacts: boolean;
}
