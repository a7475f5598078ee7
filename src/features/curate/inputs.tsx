import { useState } from 'react';
import type { FieldEvidence } from '../../curation/draft-types';
import { CurateField } from './CurateField';

interface Common {
  label: string;
  hint?: string;
  errors: readonly string[];
  evidence?: FieldEvidence;
}

/** A labelled text box (or text area), with its messages and evidence. */
export function TextInput({
  value,
  onChange,
  multiline = false,
  inputMode,
  ...field
}: Common & {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  inputMode?: 'decimal';
}) {
  return (
    <CurateField {...field}>
      {(ids) =>
        multiline ? (
          <textarea
            id={ids.id}
            rows={3}
            value={value}
            aria-invalid={ids.invalid}
            aria-describedby={ids.describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            id={ids.id}
            value={value}
            inputMode={inputMode}
            aria-invalid={ids.invalid}
            aria-describedby={ids.describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </CurateField>
  );
}

/** A labelled select; '' is the "none" choice when `none` names it. */
export function SelectInput({
  value,
  options,
  none,
  onChange,
  ...field
}: Common & {
  value: string;
  options: readonly { value: string; label: string }[];
  none?: string;
  onChange: (value: string) => void;
}) {
  return (
    <CurateField {...field}>
      {(ids) => (
        <select
          id={ids.id}
          value={value}
          aria-invalid={ids.invalid}
          aria-describedby={ids.describedBy}
          onChange={(e) => onChange(e.target.value)}
        >
          {none !== undefined ? <option value="">{none}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </CurateField>
  );
}

/** A labelled checkbox. */
export function CheckInput({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="curate-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />{' '}
      {label}
    </label>
  );
}

/** Text of a list, one item a line, and back (blank lines dropped on save, kept while typing). */
export const linesOf = (list: readonly string[]) => list.join('\n');
export const listOfLines = (text: string) => text.split('\n');
/** Ids written comma-separated. */
export const listOfIds = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Ids typed comma-separated: the text is kept as typed, the list follows it. */
export function IdsInput({
  value,
  onChange,
  ...field
}: Common & { value: readonly string[]; onChange: (value: string[]) => void }) {
  const [raw, setRaw] = useState(value.join(', '));
  const shown = listOfIds(raw).join(',') === value.join(',') ? raw : value.join(', ');
  return (
    <TextInput
      {...field}
      value={shown}
      onChange={(text) => {
        setRaw(text);
        onChange(listOfIds(text));
      }}
    />
  );
}
