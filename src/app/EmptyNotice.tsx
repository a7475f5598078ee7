import { useFilterStore } from '../state/filter-store';

export function EmptyNotice() {
  const reset = useFilterStore((s) => s.reset);
  return (
    <div className="panel empty-state" role="status">
      <p>
        <strong>No engagement matches all of these filters.</strong> Remove a filter or start over.
      </p>
      <button type="button" className="btn btn-primary" onClick={reset}>
        Reset all filters
      </button>
    </div>
  );
}
