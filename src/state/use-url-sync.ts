import { useEffect } from 'react';
import { filtersEqual } from '../model/filters';
import { mergeFiltersIntoSearch, searchParamsToFilters } from './url-codec';
import { useFilterStore } from './filter-store';

/**
 * Keeps the filter store and the address bar in step: every filter change is a history
 * entry (so Back undoes it), typing in the search box replaces the entry instead of
 * flooding history, and Back/Forward restore the filters of that entry.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const store = useFilterStore;
    let fromHistory = false;
    const readUrl = () => {
      fromHistory = true;
      store
        .getState()
        .setFilters(searchParamsToFilters(new URLSearchParams(window.location.search)));
      fromHistory = false;
    };
    readUrl();
    // Normalise a junk URL to what was understood, without adding a history entry.
    const normal = mergeFiltersIntoSearch(window.location.search, store.getState().filters);
    if (normal !== window.location.search) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${normal}${window.location.hash}`,
      );
    }

    const unsubscribe = store.subscribe((state, prev) => {
      if (fromHistory || filtersEqual(state.filters, prev.filters)) return;
      const search = mergeFiltersIntoSearch(window.location.search, state.filters);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      const onlyQuery =
        state.filters.q !== prev.filters.q &&
        filtersEqual({ ...state.filters, q: prev.filters.q }, prev.filters);
      if (onlyQuery) window.history.replaceState(window.history.state, '', url);
      else window.history.pushState(null, '', url);
    });
    window.addEventListener('popstate', readUrl);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', readUrl);
    };
  }, []);
}
