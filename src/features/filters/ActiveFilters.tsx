import { useMemo, useRef } from 'react';
import { flushSync } from 'react-dom';
import { sectorColor } from '../../model/colors';
import type { DatasetIndex } from '../../model/dataset-index';
import { activeFilterChips, type ActiveChip } from '../../model/filter-options';
import type { Filters } from '../../model/filters';
import { useFilterStore } from '../../state/filter-store';
import './filters.css';

/** A chip's remove button: the sector's colour, the prefix, the value (data-supplied text). */
function ChipButton({
  chip,
  index,
  onRemove,
}: {
  chip: ActiveChip;
  index: DatasetIndex;
  onRemove: () => void;
}) {
  const sector = chip.kind === 'sector' ? index.sectorIndex.get(chip.value) : undefined;
  return (
    <button
      type="button"
      className="chip active-chip"
      aria-label={`Remove filter ${chip.label}`}
      title={chip.label}
      onClick={onRemove}
    >
      {sector !== undefined ? (
        <span
          className="swatch"
          style={{ background: sectorColor(chip.value) }}
          aria-hidden="true"
        />
      ) : null}
      <span className="active-chip-text">
        {chip.prefix !== null ? `${chip.prefix}: ` : null}
        <span className="active-chip-value">
          {chip.kind === 'query' ? `“${chip.text}”` : chip.text}
        </span>
      </span>
      <span className="active-chip-x" aria-hidden="true">
        ✕
      </span>
    </button>
  );
}

/** Removes what a chip stands for: one value of a list filter, the year range or the search. */
function useRemoveChip(): (chip: ActiveChip) => void {
  const toggle = useFilterStore((s) => s.toggle);
  const setYearRange = useFilterStore((s) => s.setYearRange);
  const setQuery = useFilterStore((s) => s.setQuery);
  return (chip) => {
    if (chip.dimension !== null) toggle(chip.dimension, chip.value);
    else if (chip.kind === 'years') setYearRange(null, null);
    else setQuery('');
  };
}

/**
 * One removable chip per active filter value, and "Reset all". With no filter active, a muted
 * line of the same height takes its place so the views below never move.
 */
export function ActiveFilters({ index, filters }: { index: DatasetIndex; filters: Filters }) {
  const chips = useMemo(() => activeFilterChips(index, filters), [index, filters]);
  const removeChip = useRemoveChip();
  const reset = useFilterStore((s) => s.reset);

  const rootRef = useRef<HTMLDivElement>(null);
  /** Runs a store update, then moves focus to the chip that took the removed one's place. */
  const thenFocus = (update: () => void, at: number) => {
    flushSync(update);
    const root = rootRef.current;
    if (!root) return;
    const buttons = root.querySelectorAll<HTMLElement>('.active-chip');
    (buttons[Math.min(at, buttons.length - 1)] ?? root).focus();
  };

  return (
    <div
      className="active-filters"
      role="group"
      aria-label="Active filters"
      ref={rootRef}
      tabIndex={-1}
    >
      {chips.length === 0 ? (
        <p className="active-filters-none">Showing all engagements</p>
      ) : (
        <>
          <span className="active-filters-title" aria-hidden="true">
            Filtered by
          </span>
          <ul className="active-filters-list">
            {chips.map((chip, at) => (
              <li key={chip.key}>
                <ChipButton
                  chip={chip}
                  index={index}
                  onRemove={() => thenFocus(() => removeChip(chip), at)}
                />
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="btn-link active-filters-reset"
            onClick={() => thenFocus(reset, 0)}
          >
            Reset all
          </button>
        </>
      )}
    </div>
  );
}
