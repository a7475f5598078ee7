import { useId, type ReactNode } from 'react';
import type { Evidence, FieldEvidence } from '../../curation/draft-types';

/** The ids a field's control points to: its messages, then its evidence. */
export interface FieldIds {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

/** Why a drafted field holds its value: the article's words, how sure, and any inference. */
export function EvidenceNote({ evidence, id }: { evidence: FieldEvidence; id: string }) {
  return (
    <div className="curate-evidence" id={id}>
      {evidence.needsReview ? (
        <p className="curate-review">Needs review: the article does not settle it.</p>
      ) : null}
      {evidence.evidence.map((e: Evidence, i) => (
        <p key={i} className="curate-evidence-item">
          {e.quote !== '' ? <q>{e.quote}</q> : null}{' '}
          <span className={`curate-confidence curate-confidence-${e.confidence}`}>
            {e.confidence} confidence
          </span>
          {e.inferred ? <span className="curate-inferred"> · inferred: {e.inferred}</span> : null}
          {e.note ? <span className="curate-evidence-note"> · {e.note}</span> : null}
        </p>
      ))}
    </div>
  );
}

/**
 * One labelled field of a curation form: the control (given its ids by `children`), the
 * validator's messages right under it, and the draft's evidence beside it.
 */
export function CurateField({
  label,
  hint,
  errors,
  evidence,
  group = false,
  children,
}: {
  label: string;
  hint?: string;
  errors: readonly string[];
  evidence?: FieldEvidence;
  /** A group of controls (checkboxes, rows): a fieldset with a legend instead of a label. */
  group?: boolean;
  children: (ids: FieldIds) => ReactNode;
}) {
  const id = useId();
  // Settled with nothing to quote (no multilateral event, say): no empty box beside it.
  const shown =
    evidence && (evidence.needsReview || evidence.evidence.length > 0) ? evidence : null;
  const errorId = `${id}-error`;
  const evidenceId = `${id}-evidence`;
  const hintId = `${id}-hint`;
  const describedBy =
    [errors.length > 0 ? errorId : '', hint ? hintId : '', shown ? evidenceId : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const ids = { id, describedBy, invalid: errors.length > 0 };
  const messages = (
    <>
      {hint ? (
        <p className="curate-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <ul className="curate-errors" id={errorId}>
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
  return (
    <div className={`curate-field${errors.length > 0 ? ' curate-field-invalid' : ''}`}>
      {group ? (
        <fieldset className="curate-control" aria-describedby={describedBy}>
          <legend>{label}</legend>
          {children(ids)}
          {messages}
        </fieldset>
      ) : (
        <div className="curate-control">
          <label htmlFor={id}>{label}</label>
          {children(ids)}
          {messages}
        </div>
      )}
      {shown ? <EvidenceNote evidence={shown} id={evidenceId} /> : null}
    </div>
  );
}
