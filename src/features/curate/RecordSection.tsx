import { useMemo, useState } from 'react';
import type { Dataset } from '../../data/schema';
import { foldText } from '../../lib/text';
import { issuesUnder } from '../../model/record-issues';
import { recordKey, type RecordOf } from '../../model/working-copy';
import { useWorkingCopyStore } from '../../state/working-copy-store';
import { TextInput } from './inputs';
import {
  formOfRecord,
  RECORD_SPECS,
  recordOfForm,
  type EditableCollection,
  type RecordForm,
} from './record-specs';
import { CurateForm, problemCount } from './CurateForm';
import { useRecordCheck } from './use-record-check';

const SHOWN = 30;

export interface Editing {
  key: string | null;
  form: RecordForm;
}

export function RecordEditor<C extends EditableCollection>({
  collection,
  dataset,
  editing,
  onChange,
  onDone,
}: {
  collection: C;
  dataset: Dataset;
  editing: Editing;
  onChange: (editing: Editing) => void;
  onDone: () => void;
}) {
  const spec = RECORD_SPECS[collection];
  const list = (dataset[collection] ?? []) as RecordOf<C>[];
  const before = list.find((r) => recordKey(collection, r) === editing.key) ?? null;
  const candidate = useMemo(
    () => recordOfForm(collection, editing.form, before),
    [collection, editing.form, before],
  );
  const check = useRecordCheck(collection, editing.key, candidate);
  return (
    <CurateForm
      heading={editing.key === null ? `New in ${spec.title}` : `Edit ${editing.key}`}
      level={4}
      problems={problemCount(check.fields)}
      saveLabel="Save"
      onCancel={onDone}
      onSave={() => {
        useWorkingCopyStore.getState().commit(collection, editing.key, candidate);
        onDone();
      }}
    >
      <div className="curate-fields curate-fields-record">
        {spec.fields
          .filter((f) => !(f.newOnly && editing.key !== null))
          .map((f) => (
            <TextInput
              key={f.key}
              label={f.label}
              hint={f.hint}
              multiline={f.kind === 'lines' || f.kind === 'roles'}
              inputMode={f.kind === 'number' ? 'decimal' : undefined}
              value={editing.form[f.key] ?? ''}
              errors={issuesUnder(check.fields, f.key)}
              onChange={(v) => onChange({ ...editing, form: { ...editing.form, [f.key]: v } })}
            />
          ))}
      </div>
    </CurateForm>
  );
}

/**
 * The form in progress, kept in the working copy's store (so it survives a reload) unless it
 * is a proposal from a draft, which the article brings back.
 */
function useRecordDraft(collection: EditableCollection, initial: Editing | null) {
  const [editing, setLocal] = useState<Editing | null>(() => {
    const stored = useWorkingCopyStore.getState().draft;
    return initial === null && stored?.collection === collection
      ? { key: stored.key, form: stored.value as RecordForm }
      : initial;
  });
  const set = (next: Editing | null) => {
    setLocal(next);
    if (initial !== null) return;
    const store = useWorkingCopyStore.getState();
    if (next) store.setDraft({ collection, key: next.key, value: next.form });
    else if (store.draft?.collection === collection) store.setDraft(null);
  };
  return [editing, set] as const;
}

/** People, sources, sectors or places: a searchable list, Edit and Add, the form under it. */
export function RecordSection({
  collection,
  dataset,
  initial = null,
}: {
  collection: EditableCollection;
  dataset: Dataset;
  /** A record to start adding (a proposed source, say). */
  initial?: Editing | null;
}) {
  const spec = RECORD_SPECS[collection];
  const [editing, setEditing] = useRecordDraft(collection, initial);
  const [query, setQuery] = useState('');
  const terms = foldText(query).trim();
  const list = (dataset[collection] ?? []) as RecordOf<EditableCollection>[];
  const label = (r: RecordOf<EditableCollection>) =>
    'name' in r
      ? r.name
      : 'label' in r
        ? r.label
        : 'title' in r
          ? r.title
          : recordKey(collection, r);
  const matching = list.filter(
    (r) => terms === '' || foldText(`${recordKey(collection, r)} ${label(r)}`).includes(terms),
  );
  const headingId = `curate-${collection}-heading`;
  return (
    <section className="curate-section" aria-labelledby={headingId}>
      <div className="curate-section-head">
        <h3 id={headingId}>
          {spec.title} ({list.length})
        </h3>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => setEditing({ key: null, form: formOfRecord(collection, null) })}
        >
          Add to {spec.title.toLowerCase()}
        </button>
      </div>
      {editing ? (
        <RecordEditor
          collection={collection}
          dataset={dataset}
          editing={editing}
          onChange={setEditing}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <label className="curate-search">
        Find in {spec.title.toLowerCase()}{' '}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <ul className="curate-list">
        {matching.slice(0, SHOWN).map((r) => {
          const key = recordKey(collection, r);
          return (
            <li key={key}>
              <span className="curate-list-text">
                <span className="curate-list-date">{key}</span> {label(r)}
              </span>
              <button
                type="button"
                className="btn"
                onClick={() => setEditing({ key, form: formOfRecord(collection, r) })}
              >
                Edit<span className="visually-hidden"> {key}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {matching.length > SHOWN ? (
        <p className="curate-hint">{matching.length - SHOWN} more: narrow the search.</p>
      ) : null}
    </section>
  );
}
