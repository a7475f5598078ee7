import { useEffect } from 'react';
import { filtersEqual } from '../model/filters';
import { useFilterStore } from './filter-store';
import { onUrlChange, readUrl, updateUrl } from './url-history';
import { useViewOptionsStore } from './view-options-store';

/** A pause in typing this long settles a search: the next keystroke starts a new entry. */
export const SEARCH_SETTLE_MS = 1000;

/**
 * Keeps the filter store and the address bar in step: every filter change is a history
 * entry (so Back undoes it), and Back/Forward restore the filters of that entry. A search is
 * one entry however many keys it takes: its first keystroke adds the entry, the rest of the
 * typing rewrites it, and it is settled (the next keystroke starts a new entry) after a pause,
 * on Enter (`settleQuery`) or by any other filter change.
 */
export function useUrlSync(): void {
  useViewOptionsUrlSync();
  useEffect(() => {
    const store = useFilterStore;
    let fromHistory = false;
    let typing = false;
    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      typing = false;
      clearTimeout(settleTimer);
    };
    const restore = (filters: ReturnType<typeof readUrl>['filters']) => {
      fromHistory = true;
      store.getState().setFilters(filters);
      fromHistory = false;
    };
    restore(readUrl().filters);
    // Normalise a junk URL to what was understood, without adding a history entry.
    updateUrl((s) => s, 'replace');

    const unsubscribe = store.subscribe((state, prev) => {
      if (state.querySettled !== prev.querySettled) settle();
      if (fromHistory || filtersEqual(state.filters, prev.filters)) return;
      const onlyQuery =
        state.filters.q !== prev.filters.q &&
        filtersEqual({ ...state.filters, q: prev.filters.q }, prev.filters);
      if (!onlyQuery) settle();
      updateUrl(
        (s) => ({ ...s, filters: state.filters }),
        onlyQuery && typing ? 'replace' : 'push',
      );
      if (onlyQuery) {
        typing = true;
        clearTimeout(settleTimer);
        settleTimer = setTimeout(settle, SEARCH_SETTLE_MS);
      }
    });
    const stop = onUrlChange((s) => {
      settle();
      restore(s.filters);
    });
    return () => {
      settle();
      unsubscribe();
      stop();
    };
  }, []);
}

/** The view options and the address bar in step: a switch is a history entry, as a filter is. */
function useViewOptionsUrlSync(): void {
  useEffect(() => {
    const store = useViewOptionsStore;
    let fromHistory = false;
    const restore = (show: boolean) => {
      fromHistory = true;
      store.getState().setShowMilestones(show);
      fromHistory = false;
    };
    restore(readUrl().milestones);
    const unsubscribe = store.subscribe((state, prev) => {
      if (fromHistory || state.showMilestones === prev.showMilestones) return;
      updateUrl((s) => ({ ...s, milestones: state.showMilestones }), 'push');
    });
    const stop = onUrlChange((s) => restore(s.milestones));
    return () => {
      unsubscribe();
      stop();
    };
  }, []);
}
