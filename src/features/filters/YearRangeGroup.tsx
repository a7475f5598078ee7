import { useId } from 'react';
import type { DatasetIndex } from '../../model/dataset-index';
import { yearOptions } from '../../model/filter-options';
import type { Filters } from '../../model/filters';
import { useFilterStore } from '../../state/filter-store';
import { Group } from './FilterGroup';
import { YearSelect } from './YearSelect';

/** The year range: two selects, "From" and "To". */
export function YearRangeGroup({ index, filters }: { index: DatasetIndex; filters: Filters }) {
  const setYearRange = useFilterStore((s) => s.setYearRange);
  const fromId = useId();
  const toId = useId();
  const years = yearOptions(index);
  const selected = filters.from !== null || filters.to !== null ? 1 : 0;
  return (
    <Group
      legend="Years"
      selected={selected}
      showCount={false}
      onClear={() => setYearRange(null, null)}
    >
      <div className="filter-years">
        <YearSelect
          id={fromId}
          label="From"
          years={years}
          value={filters.from}
          onChange={(y) => setYearRange(y, filters.to)}
        />
        <span className="filter-years-dash" aria-hidden="true">
          –
        </span>
        <YearSelect
          id={toId}
          label="To"
          years={years}
          value={filters.to}
          onChange={(y) => setYearRange(filters.from, y)}
        />
      </div>
    </Group>
  );
}
