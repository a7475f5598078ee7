import { create } from 'zustand';
import type { ListKey } from '../model/filter-dimensions';
import { emptyFilters, filtersEqual, toggleValue, type Filters } from '../model/filters';

export interface FilterState {
  filters: Filters;
  setFilters: (filters: Filters) => void;
  /** Ticks or unticks one value of a list filter. */
  toggle: (key: ListKey, value: string) => void;
  toggleSector: (id: string) => void;
  setYearRange: (from: number | null, to: number | null) => void;
  /** Selects one year, or clears the range when that year alone is already selected. */
  toggleYear: (year: number) => void;
  toggleDirection: (key: string) => void;
  toggleType: (type: string) => void;
  togglePerson: (id: string) => void;
  setQuery: (q: string) => void;
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
    toggleSector: (id) => update((f) => ({ ...f, sectors: toggleValue(f.sectors, id) })),
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
    toggleDirection: (key) => update((f) => ({ ...f, directions: toggleValue(f.directions, key) })),
    toggleType: (type) => update((f) => ({ ...f, types: toggleValue(f.types, type) })),
    togglePerson: (id) => update((f) => ({ ...f, people: toggleValue(f.people, id) })),
    setQuery: (q) => update((f) => ({ ...f, q })),
    clearList: (key) => update((f) => ({ ...f, [key]: [] })),
    reset: () => update(() => emptyFilters()),
  };
});

/** For tests: back to a clean store. */
export function resetFilterStore(): void {
  useFilterStore.setState({ filters: emptyFilters() });
}
