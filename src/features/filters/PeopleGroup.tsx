import { useId, useMemo, useState } from 'react';
import { countryColor } from '../../model/colors';
import { countryName, type DatasetIndex } from '../../model/dataset-index';
import { personOptions } from '../../model/filter-options';
import type { Filters } from '../../model/filters';
import { useFilterStore } from '../../state/filter-store';
import { Group, Option } from './FilterGroup';

/** Unselected people rendered at most in the "Find a person" list. */
const PEOPLE_LIMIT = 50;

/** People: a name search over names and aliases, selected people first. */
export function PeopleGroup({
  index,
  filters,
  counts,
}: {
  index: DatasetIndex;
  filters: Filters;
  counts: Uint32Array;
}) {
  const toggle = useFilterStore((s) => s.toggle);
  const clearList = useFilterStore((s) => s.clearList);
  const [query, setQuery] = useState('');
  const inputId = useId();
  const statusId = useId();
  const options = useMemo(
    () => personOptions(index, query, filters.people, PEOPLE_LIMIT),
    [index, query, filters.people],
  );
  const pair = index.dataset.meta.countries;
  const trimmed = query.trim();
  let status = '';
  if (trimmed !== '') {
    status =
      options.matches === 0
        ? `No one matches “${trimmed}”.`
        : `${options.matches} ${options.matches === 1 ? 'person matches' : 'people match'}.`;
  }
  if (options.hidden > 0) {
    status = `${status} Showing the first ${PEOPLE_LIMIT}; type to narrow.`.trim();
  }

  return (
    <Group legend="People" selected={filters.people.length} onClear={() => clearList('people')}>
      <label className="filter-sublabel" htmlFor={inputId}>
        Find a person
      </label>
      <input
        id={inputId}
        type="text"
        className="filter-input"
        placeholder="Name or alias"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={statusId}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {options.rows.length > 0 ? (
        <ul className="filter-options filter-people">
          {options.rows.map((p) => {
            const at = index.personIndex.get(p.id) ?? -1;
            const country = countryName(index, p.country);
            return (
              <Option
                key={p.id}
                checked={filters.people.includes(p.id)}
                onChange={() => toggle('people', p.id)}
                count={counts[at] ?? 0}
                label={p.name}
                after={
                  <span className="filter-badge" title={country}>
                    <span
                      className="swatch"
                      style={{ background: countryColor(pair, p.country) }}
                      aria-hidden="true"
                    />
                    <span aria-hidden="true">{p.country}</span>
                    <span className="visually-hidden">({country})</span>
                  </span>
                }
              />
            );
          })}
        </ul>
      ) : null}
      <p className="filter-hint" id={statusId} aria-live="polite">
        {status}
      </p>
    </Group>
  );
}
