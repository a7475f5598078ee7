import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { countryColor, directionColor, sectorColor } from '../../model/colors';
import { filterMasks } from '../../model/dashboard';
import { countryName, type DatasetIndex } from '../../model/dataset-index';
import {
  activeFilterChips,
  filterOptionCounts,
  orderedTypes,
  personOptions,
  yearOptions,
} from '../../model/filter-options';
import type { Filters } from '../../model/filters';
import { eventTypeLabel } from '../../data/labels';
import { useFilterStore, type ListFilterKey } from '../../state/filter-store';
import './filters.css';
import { YearSelect } from './YearSelect';

/** Unselected people rendered at most in the "Find a person" list. */
const PEOPLE_LIMIT = 50;

interface FilterBarProps {
  index: DatasetIndex;
  filters: Filters;
  /** The dashboard's filter mask (`computeDashboard(...).mask`); computed here when absent. */
  mask?: Uint8Array;
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
  const toggleSector = useFilterStore((s) => s.toggleSector);
  const toggleDirection = useFilterStore((s) => s.toggleDirection);
  const toggleType = useFilterStore((s) => s.toggleType);

  const sectorOptions = useMemo(
    () =>
      index.sectors.map((s, i) => ({
        value: s.id,
        label: s.label,
        count: counts.sectors[i] ?? 0,
        swatch: sectorColor(i),
      })),
    [index, counts],
  );
  const directionOptions = useMemo(() => {
    const pair = index.dataset.meta.countries;
    return index.directions.map((d, i) => ({
      value: d.key,
      label: d.label,
      count: counts.directions[i] ?? 0,
      swatch: directionColor(pair, d.kind, d.guest),
    }));
  }, [index, counts]);
  const typeOptions = useMemo(
    () =>
      orderedTypes(index).map((t) => ({
        value: t,
        label: eventTypeLabel(t),
        count: counts.types[index.typeIndex.get(t) ?? -1] ?? 0,
      })),
    [index, counts],
  );

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
          Any of the values you tick within a filter; all filters together. Numbers count the
          engagements each value would match.
        </p>
        <SearchField q={filters.q} />
        <ChecklistGroup
          legend="Sectors"
          field="sectors"
          selected={filters.sectors}
          options={sectorOptions}
          onToggle={toggleSector}
        />
        <YearGroup index={index} filters={filters} />
        <ChecklistGroup
          legend="Who travelled"
          field="directions"
          selected={filters.directions}
          options={directionOptions}
          onToggle={toggleDirection}
        />
        <ChecklistGroup
          legend="Type"
          field="types"
          selected={filters.types}
          options={typeOptions}
          onToggle={toggleType}
        />
        <PeopleGroup index={index} filters={filters} counts={counts.people} />
      </form>
    </div>
  );
}

function SearchField({ q }: { q: string }) {
  const setQuery = useFilterStore((s) => s.setQuery);
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
      <input
        id={inputId}
        type="search"
        className="filter-input"
        placeholder="Names, places, topics…"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setQuery(e.target.value);
        }}
      />
      <p className="filter-hint" id={hintId}>
        Ignores case and accents: “vucic” finds Vučić.
      </p>
    </div>
  );
}

function Group({
  legend,
  selected,
  onClear,
  children,
  showCount = true,
}: {
  legend: string;
  selected: number;
  onClear: () => void;
  children: ReactNode;
  /** Show "· N selected" next to the legend (not for the year range). */
  showCount?: boolean;
}) {
  const ref = useRef<HTMLFieldSetElement>(null);
  return (
    <fieldset className="filter-group filter-fieldset" ref={ref}>
      <legend className="filter-group-title">
        {legend}
        {showCount && selected > 0 ? (
          <span className="filter-selected"> · {selected} selected</span>
        ) : null}
      </legend>
      {selected > 0 ? (
        <button
          type="button"
          className="btn-link filter-clear"
          aria-label={`Clear ${legend}`}
          onClick={() => {
            onClear();
            // The button goes away with the selection: keep focus inside the group.
            ref.current?.querySelector<HTMLElement>('input, select')?.focus();
          }}
        >
          Clear
        </button>
      ) : null}
      {children}
    </fieldset>
  );
}

function Option({
  checked,
  onChange,
  count,
  label,
  before,
  after,
}: {
  checked: boolean;
  onChange: () => void;
  count: number;
  label: string;
  before?: ReactNode;
  after?: ReactNode;
}) {
  return (
    <li>
      <label className={`filter-option${count === 0 && !checked ? ' is-empty' : ''}`}>
        <input type="checkbox" checked={checked} onChange={onChange} />
        {before}
        <span className="filter-option-label">{label}</span> {after}
        {after ? ' ' : null}
        <span className="filter-option-count">
          {count}{' '}
          <span className="visually-hidden">{count === 1 ? 'engagement' : 'engagements'}</span>
        </span>
      </label>
    </li>
  );
}

interface ChecklistOption {
  value: string;
  label: string;
  count: number;
  /** Colour chip shown before the label (the label always carries the meaning). */
  swatch?: string;
}

/** A list filter as checkboxes: any ticked value matches. */
function ChecklistGroup({
  legend,
  field,
  selected,
  options,
  onToggle,
}: {
  legend: string;
  field: ListFilterKey;
  selected: readonly string[];
  options: readonly ChecklistOption[];
  onToggle: (value: string) => void;
}) {
  const clearList = useFilterStore((s) => s.clearList);
  return (
    <Group legend={legend} selected={selected.length} onClear={() => clearList(field)}>
      <ul className="filter-options">
        {options.map((o) => (
          <Option
            key={o.value}
            checked={selected.includes(o.value)}
            onChange={() => onToggle(o.value)}
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

function YearGroup({ index, filters }: { index: DatasetIndex; filters: Filters }) {
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

function PeopleGroup({
  index,
  filters,
  counts,
}: {
  index: DatasetIndex;
  filters: Filters;
  counts: Uint32Array;
}) {
  const togglePerson = useFilterStore((s) => s.togglePerson);
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
                onChange={() => togglePerson(p.id)}
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
