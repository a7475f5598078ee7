import { useId, useMemo, useState } from 'react';
import { countryColor } from '../../model/colors';
import { countryName, type DatasetIndex } from '../../model/dataset-index';
import { personOptions } from '../../model/filter-options';
import type { Filters } from '../../model/filters';
import { useFilterStore } from '../../state/filter-store';
import { CountryBadge } from '../../components/CountryBadge';
import { FilterInput, Group, Option } from './FilterGroup';

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
      <FilterInput
        id={inputId}
        type="text"
        placeholder="Name or alias"
        describedBy={statusId}
        value={query}
        onChange={setQuery}
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
                  <CountryBadge
                    code={p.country}
                    name={country}
                    color={countryColor(pair, p.country)}
                    spoken
                  />
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
