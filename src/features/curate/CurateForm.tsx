import { useId, type ReactNode } from 'react';
import { plural } from '../../lib/plural';

/** How many messages a record's check holds. */
export const problemCount = (fields: ReadonlyMap<string, readonly string[]>) =>
  [...fields.values()].reduce((n, list) => n + list.length, 0);

/**
 * A curation form: its heading, the fields, how many problems are left, and Save (only
 * with none; Enter in a field saves too) and Cancel.
 */
export function CurateForm({
  heading,
  level = 3,
  problems,
  saveLabel,
  onSave,
  onCancel,
  children,
}: {
  heading: string;
  level?: 3 | 4;
  problems: number;
  saveLabel: string;
  onSave: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const headingId = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <form
      className="curate-editor"
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        if (problems === 0) onSave();
      }}
    >
      <Heading id={headingId}>{heading}</Heading>
      {children}
      <div className="curate-actions">
        <p className="curate-status" role="status">
          {problems === 0
            ? 'Ready to save.'
            : `${plural(problems, 'problem')} to fix before saving (see the fields).`}
        </p>
        <button type="submit" className="btn btn-primary" disabled={problems > 0}>
          {saveLabel}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
