import { useDeferredValue, useEffect, useMemo } from 'react';
import type { ViewProps } from '../components/view-props';
import { computeDashboard, headlineStats, type Dashboard, type Headline } from '../model/dashboard';
import type { DatasetIndex } from '../model/dataset-index';
import { describeFilters, sanitizeFilters } from '../model/describe';
import { newMask } from '../model/filter-dimensions';
import { filtersEqual } from '../model/filters';
import { useFilterStore } from '../state/filter-store';

/**
 * The dashboard's numbers for the current filters: the views' aggregates (one step behind the
 * filter bar while React is busy), the unfiltered totals, the filters in words, and the
 * props every view gets.
 */
export function useDashboardData(index: DatasetIndex): {
  data: Dashboard;
  totals: Headline;
  caption: string;
  /** What every view gets but its title, which its registry entry adds. */
  props: Omit<ViewProps, 'title'>;
} {
  const filters = useFilterStore((s) => s.filters);
  const setFilters = useFilterStore((s) => s.setFilters);
  // A shared link may name ids this dataset does not have: drop them quietly.
  useEffect(() => {
    const clean = sanitizeFilters(filters, index);
    if (!filtersEqual(clean, filters)) setFilters(clean);
  }, [filters, index, setFilters]);

  // The filter bar answers at once; the views follow as soon as React has time, so a toggle
  // never waits for every chart to re-render (large datasets).
  const viewFilters = useDeferredValue(filters);
  const data = useMemo(() => computeDashboard(index, viewFilters), [index, viewFilters]);
  // The unfiltered totals, counted without touching the incremental cache that
  // computeDashboard keeps for the current filters.
  const totals = useMemo(() => headlineStats(index, newMask(index.n)), [index]);
  const caption = describeFilters(viewFilters, index);
  const props = useMemo(() => ({ index, data, filters: viewFilters }), [index, data, viewFilters]);

  return { data, totals, caption, props };
}
