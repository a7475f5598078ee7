import { useId, useState } from 'react';
import { useFilterStore } from '../../state/filter-store';
import { FilterInput } from './FilterGroup';

/** The free-text search; typing filters at once. */
export function SearchField({ q }: { q: string }) {
  const setQuery = useFilterStore((s) => s.setQuery);
  const settleQuery = useFilterStore((s) => s.settleQuery);
  const inputId = useId();
  const hintId = useId();
  // Local state keeps typing smooth; an outside change (chip removed, reset, URL) wins.
  const [text, setText] = useState(q);
  const [seen, setSeen] = useState(q);
  if (q !== seen) {
    setSeen(q);
    setText(q);
  }
  return (
    <div className="filter-group">
      <label className="filter-group-title" htmlFor={inputId}>
        Search
      </label>
      <FilterInput
        id={inputId}
        type="search"
        placeholder="Names, places, topics…"
        describedBy={hintId}
        value={text}
        onChange={(value) => {
          setText(value);
          setQuery(value);
        }}
        onEnter={settleQuery}
      />
      <p className="filter-hint" id={hintId}>
        Ignores case and accents: “vucic” finds Vučić.
      </p>
    </div>
  );
}
