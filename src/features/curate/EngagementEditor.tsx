import { useMemo } from 'react';
import type { Dataset } from '../../data/schema';
import { useWorkingCopyStore } from '../../state/working-copy-store';
import { eventFromForm, type EventForm, type EvidenceMap } from './engagement-draft';
import { EngagementFields } from './EngagementForm';
import { CurateForm, problemCount } from './CurateForm';
import { useRecordCheck } from './use-record-check';

export interface EngagementDraftState {
  /** The event's id in the working copy; null for a new one. */
  key: string | null;
  form: EventForm;
  evidence: EvidenceMap;
}

/**
 * One engagement being added or edited: every field checked as the curator types, the
 * messages beside the fields, and Save only once nothing is wrong. Nothing reaches the
 * working copy before Save.
 */
export function EngagementEditor({
  dataset,
  draft,
  onChange,
  onDone,
}: {
  /** The working copy (or the opened dataset): its people, sectors and countries. */
  dataset: Dataset;
  draft: EngagementDraftState;
  onChange: (draft: EngagementDraftState) => void;
  onDone: (savedId: string | null) => void;
}) {
  const isNew = draft.key === null;
  const taken = useMemo(() => new Set(dataset.events.map((e) => e.id)), [dataset]);
  const candidate = useMemo(
    () => eventFromForm(draft.form, isNew, taken),
    [draft.form, isNew, taken],
  );
  const check = useRecordCheck('events', draft.key, candidate);
  return (
    <CurateForm
      heading={isNew ? 'New engagement' : `Edit ${draft.key}`}
      problems={problemCount(check.fields)}
      saveLabel="Save engagement"
      onCancel={() => onDone(null)}
      onSave={() => {
        useWorkingCopyStore.getState().commit('events', draft.key, candidate);
        onDone(candidate.id);
      }}
    >
      <p className="curate-id">
        Id: <code>{candidate.id || '(from the date and title)'}</code>
      </p>
      <EngagementFields
        dataset={dataset}
        form={draft.form}
        issues={check.fields}
        evidence={draft.evidence}
        set={(patch) => onChange({ ...draft, form: { ...draft.form, ...patch } })}
      />
    </CurateForm>
  );
}
