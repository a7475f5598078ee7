import { create } from 'zustand';
import type { ListKey } from '../model/filter-dimensions';
import { emptyFilters, filtersEqual, toggleValue, type Filters } from '../model/filters';

export interface FilterState {
  filters: Filters;
  setFilters: (filters: Filters) => void;
  /** Ticks or unticks one value of a list filter. */
  toggle: (key: ListKey, value: string) => void;
  setYearRange: (from: number | null, to: number | null) => void;
  /** Selects one year, or clears the range when that year alone is already selected. */
  toggleYear: (year: number) => void;
  setQuery: (q: string) => void;
  /** Counts the searches confirmed with Enter: the address bar keeps each as its own entry. */
  querySettled: number;
  settleQuery: () => void;
  /** Empties one list filter ("Clear" in a filter group). */
  clearList: (key: ListKey) => void;
  reset: () => void;
}

export const useFilterStore = create<FilterState>()((set) => {
  const update = (fn: (f: Filters) => Filters) =>
    set((s) => {
      const next = fn(s.filters);
      return filtersEqual(next, s.filters) ? s : { filters: next };
    });
  return {
    filters: emptyFilters(),
    setFilters: (filters) => update(() => filters),
    toggle: (key, value) => update((f) => ({ ...f, [key]: toggleValue(f[key], value) })),
    setYearRange: (from, to) =>
      update((f) =>
        from !== null && to !== null && from > to
          ? { ...f, from: to, to: from }
          : { ...f, from, to },
      ),
    toggleYear: (year) =>
      update((f) =>
        f.from === year && f.to === year
          ? { ...f, from: null, to: null }
          : { ...f, from: year, to: year },
      ),
    setQuery: (q) => update((f) => ({ ...f, q })),
    querySettled: 0,
    settleQuery: () => set((s) => ({ querySettled: s.querySettled + 1 })),
    clearList: (key) => update((f) => ({ ...f, [key]: [] })),
    reset: () => update(() => emptyFilters()),
  };
});

/** For tests: back to a clean store. */
export function resetFilterStore(): void {
  useFilterStore.setState({ filters: emptyFilters(), querySettled: 0 });
}
