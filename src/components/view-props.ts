import type { ReactNode } from 'react';
import type { Dashboard } from '../model/dashboard';
import type { DatasetIndex } from '../model/dataset-index';
import type { Filters } from '../model/filters';

/** What every dashboard view receives: the dataset index, this filter state's aggregates, and the filters. */
export interface ViewProps {
  index: DatasetIndex;
  data: Dashboard;
  filters: Filters;
  /** Extra header controls supplied by the app (export buttons); pass them to Panel's `actions`. */
  actions?: ReactNode;
  /** Presentation mode: larger type, no controls. */
  presentation?: boolean;
}
