import type { ListKey } from '../../model/filter-dimensions';
import { useFilterStore } from '../../state/filter-store';
import { Group, Option } from './FilterGroup';

export interface ChecklistOption {
  value: string;
  label: string;
  count: number;
  /** Colour chip shown before the label (the label always carries the meaning). */
  swatch?: string;
}

/** A list filter as checkboxes: any ticked value matches. */
export function ChecklistGroup({
  legend,
  field,
  selected,
  options,
  hint,
}: {
  legend: string;
  field: ListKey;
  selected: readonly string[];
  options: readonly ChecklistOption[];
  /** A line under the legend, e.g. what the counts count. */
  hint?: string;
}) {
  const toggle = useFilterStore((s) => s.toggle);
  const clearList = useFilterStore((s) => s.clearList);
  return (
    <Group legend={legend} selected={selected.length} onClear={() => clearList(field)}>
      {hint ? <p className="filter-hint">{hint}</p> : null}
      <ul className="filter-options">
        {options.map((o) => (
          <Option
            key={o.value}
            checked={selected.includes(o.value)}
            onChange={() => toggle(field, o.value)}
            count={o.count}
            label={o.label}
            before={
              o.swatch ? (
                <span className="swatch" style={{ background: o.swatch }} aria-hidden="true" />
              ) : undefined
            }
          />
        ))}
      </ul>
    </Group>
  );
}
