import { useRef, type ReactNode } from 'react';

/** A filter's fieldset: its legend, "· N selected" and a "Clear" button while any is set. */
export function Group({
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

/** One checkbox with its label and faceted count. */
export function Option({
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

/** A text box of the filter bar: no autocomplete or spell check on names and places. */
export function FilterInput({
  id,
  type,
  placeholder,
  describedBy,
  value,
  onChange,
  onEnter,
}: {
  id: string;
  type: 'search' | 'text';
  placeholder: string;
  describedBy: string;
  value: string;
  onChange: (value: string) => void;
  onEnter?: () => void;
}) {
  return (
    <input
      id={id}
      type={type}
      className="filter-input"
      placeholder={placeholder}
      autoComplete="off"
      spellCheck={false}
      aria-describedby={describedBy}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onEnter ? (e) => e.key === 'Enter' && onEnter() : undefined}
    />
  );
}
