import { useId, useMemo, useState } from 'react';
import { directionColor, hostColor, sectorColor } from '../../model/colors';
import { compareText } from '../../lib/compare-text';
import type { DatasetIndex } from '../../model/dataset-index';
import type { FilterMask } from '../../model/filter-dimensions';
import { filterMasks } from '../../model/filter-mask';
import {
  activeFilterChips,
  filterOptionCounts,
  orderedTypes,
  type OptionCounts,
} from '../../model/filter-options';
import type { Filters } from '../../model/filters';
import { eventTypeLabel } from '../../data/labels';
import { ChecklistGroup, type ChecklistOption } from './ChecklistGroup';
import './filters.css';
import { PeopleGroup } from './PeopleGroup';
import { SearchField } from './SearchField';
import { YearRangeGroup } from './YearRangeGroup';

/** The checkbox lists' options, with their faceted counts and colour chips. */
function checklistOptions(
  index: DatasetIndex,
  counts: OptionCounts,
): Record<'sectors' | 'directions' | 'types' | 'places', ChecklistOption[]> {
  const pair = index.dataset.meta.countries;
  // Venues by how often the whole record meets there, so the list does not reorder as you tick.
  const total = new Uint32Array(index.venues.length);
  for (const v of index.eventVenues) total[v]!++;
  return {
    sectors: index.sectors.map((s, i) => ({
      value: s.id,
      label: s.label,
      count: counts.sectors[i] ?? 0,
      swatch: sectorColor(s.id),
    })),
    directions: index.directions.map((d, i) => ({
      value: d.key,
      label: d.label,
      count: counts.directions[i] ?? 0,
      swatch: directionColor(pair, d.kind, d.guest),
    })),
    types: orderedTypes(index).map((t) => ({
      value: t,
      label: eventTypeLabel(t),
      count: counts.types[index.typeIndex.get(t) ?? -1] ?? 0,
    })),
    places: index.venues
      .map((v, i) => ({
        value: v.key,
        label: v.label,
        count: counts.places[i] ?? 0,
        swatch: hostColor(pair, v.country),
        order: total[i]!,
      }))
      .sort((a, b) => b.order - a.order || compareText(a.label, b.label))
      .map(({ order: _order, ...o }) => o),
  };
}

interface FilterBarProps {
  index: DatasetIndex;
  filters: Filters;
  /** The dashboard's filter mask (`computeDashboard(...).mask`); computed here when absent. */
  mask?: FilterMask;
}

/**
 * The filter panel: search, sectors, years, direction, type and people. Every control writes
 * straight to the filter store; the numbers next to each value are faceted counts (that value
 * under all the other filters). Collapsed behind a toggle on narrow screens.
 */
export function FilterBar({ index, filters, mask }: FilterBarProps) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();

  const counts = useMemo(
    () => filterOptionCounts(index, mask ?? filterMasks(index, filters)),
    [index, mask, filters],
  );
  const active = useMemo(() => activeFilterChips(index, filters).length, [index, filters]);
  const options = useMemo(() => checklistOptions(index, counts), [index, counts]);

  return (
    <div className="panel filter-bar">
      <div className="filter-bar-head">
        <h2 className="filter-bar-title">
          Filters
          {active > 0 ? <span className="filter-bar-active"> · {active} active</span> : null}
        </h2>
        <button
          type="button"
          className="btn filter-bar-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((v) => !v)}
        >
          <span>Filters{active > 0 ? ` (${active} active)` : ''}</span>
          <span className="filter-bar-chevron" aria-hidden="true" />
        </button>
      </div>
      <form
        role="search"
        aria-label="Filter engagements"
        id={bodyId}
        className="filter-bar-body"
        data-open={open}
        onSubmit={(e) => e.preventDefault()}
      >
        <p className="filter-note">
          Tick several values in one filter to see engagements with any of them; filters you set
          together must all match. The number beside a value is how many engagements it would show.
        </p>
        <SearchField q={filters.q} />
        <ChecklistGroup
          legend="Sectors"
          field="sectors"
          selected={filters.sectors}
          options={options.sectors}
        />
        <YearRangeGroup index={index} filters={filters} />
        <ChecklistGroup
          legend="Who travelled"
          hint="Counts are engagements, not trips: a visit with three meetings counts three."
          field="directions"
          selected={filters.directions}
          options={options.directions}
        />
        <ChecklistGroup
          legend="Type"
          field="types"
          selected={filters.types}
          options={options.types}
        />
        <PeopleGroup index={index} filters={filters} counts={counts.people} />
        <ChecklistGroup
          legend="Place"
          field="places"
          selected={filters.places}
          options={options.places}
        />
      </form>
    </div>
  );
}
