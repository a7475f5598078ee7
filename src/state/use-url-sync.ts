import { useEffect } from 'react';
import { filtersEqual } from '../model/filters';
import { useFilterStore } from './filter-store';
import { onUrlChange, readUrl, updateUrl } from './url-history';

/**
 * Keeps the filter store and the address bar in step: every filter change is a history
 * entry (so Back undoes it), typing in the search box replaces the entry instead of
 * flooding history, and Back/Forward restore the filters of that entry.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const store = useFilterStore;
    let fromHistory = false;
    const restore = (filters: ReturnType<typeof readUrl>['filters']) => {
      fromHistory = true;
      store.getState().setFilters(filters);
      fromHistory = false;
    };
    restore(readUrl().filters);
    // Normalise a junk URL to what was understood, without adding a history entry.
    updateUrl((s) => s, 'replace');

    const unsubscribe = store.subscribe((state, prev) => {
      if (fromHistory || filtersEqual(state.filters, prev.filters)) return;
      const onlyQuery =
        state.filters.q !== prev.filters.q &&
        filtersEqual({ ...state.filters, q: prev.filters.q }, prev.filters);
      updateUrl((s) => ({ ...s, filters: state.filters }), onlyQuery ? 'replace' : 'push');
    });
    const stop = onUrlChange((s) => restore(s.filters));
    return () => {
      unsubscribe();
      stop();
    };
  }, []);
}
