import type { ReactNode } from 'react';
import type { Dashboard } from '../model/dashboard';
import type { DatasetIndex } from '../model/dataset-index';
import type { Filters } from '../model/filters';

/** What a view shows beyond the filters, so that an export can match the screen. */
export interface ViewExportOptions {
  /** Visit frequency: how trips are split. */
  visitMode: 'direction' | 'level';
  /** Visit frequency: whether contacts without travel are drawn. */
  showContacts: boolean;
  /** Visit frequency: whether the milestone markers are drawn. */
  showMilestones: boolean;
}

/** What every dashboard view receives: the dataset index, this filter state's aggregates, and the filters. */
export interface ViewProps {
  /** The view's title, from its registry entry: the panel heading, the slide and the export. */
  title: string;
  index: DatasetIndex;
  data: Dashboard;
  filters: Filters;
  /**
   * Export buttons supplied by the app; the view passes them to Panel's `exports`, grouped
   * apart from its own controls. Not shown in presentation mode.
   */
  exports?: ReactNode;
  /**
   * Like `exports`, for a view whose on-screen state the export must follow (Visit frequency:
   * its split and contacts toggle); called with that state on every render. When given, the
   * view shows it instead of `actions`.
   */
  exportsFor?: (options: ViewExportOptions) => ReactNode;
  /**
   * The view's options as a deck slide captured them (Visit frequency: its split and
   * contacts toggle): the view starts from them.
   */
  options?: Partial<ViewExportOptions>;
  /** Presentation mode: larger type, no controls. */
  presentation?: boolean;
}
