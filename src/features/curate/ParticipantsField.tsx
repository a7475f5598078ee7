import type { Dataset } from '../../data/schema';
import { issuesUnder, type FieldIssues } from '../../model/record-issues';
import { CurateField } from './CurateField';
import type { EventForm, EvidenceMap } from './engagement-draft';
import { SelectInput, TextInput } from './inputs';

type Participant = EventForm['participants'][number];

const PEOPLE_LIST_ID = 'curate-people-ids';

function ParticipantRow({
  dataset,
  row,
  n,
  issues,
  set,
  remove,
}: {
  dataset: Dataset;
  row: Participant;
  n: number;
  issues: FieldIssues;
  set: (patch: Partial<Participant>) => void;
  remove: () => void;
}) {
  const at = `participants[${n - 1}]`;
  const name = dataset.people.find((p) => p.id === row.personId)?.name;
  const countries = [...dataset.meta.countries, ...dataset.meta.otherCountries].map((c) => ({
    value: c.code,
    label: c.name,
  }));
  return (
    <div className="curate-row">
      <CurateField
        label={`Person ${n} (id)`}
        hint={name}
        errors={issuesUnder(issues, `${at}.personId`)}
      >
        {(ids) => (
          <input
            id={ids.id}
            list={PEOPLE_LIST_ID}
            value={row.personId}
            aria-invalid={ids.invalid}
            aria-describedby={ids.describedBy}
            onChange={(e) => set({ personId: e.target.value })}
          />
        )}
      </CurateField>
      <TextInput
        label={`Role of person ${n}`}
        value={row.role}
        errors={issuesUnder(issues, `${at}.role`)}
        onChange={(role) => set({ role })}
      />
      <SelectInput
        label={`Country of person ${n}`}
        value={row.country}
        options={countries}
        errors={issuesUnder(issues, `${at}.country`)}
        onChange={(country) => set({ country })}
      />
      <button type="button" className="btn" onClick={remove}>
        Remove person {n}
      </button>
    </div>
  );
}

/** Who took part, one row each: person id (from the people list), role held then, country. */
export function ParticipantsField({
  dataset,
  form,
  issues,
  evidence,
  onChange,
}: {
  dataset: Dataset;
  form: EventForm;
  issues: FieldIssues;
  evidence: EvidenceMap;
  onChange: (participants: Participant[]) => void;
}) {
  const rows = form.participants;
  // The rows' own problems show in their rows.
  const own = issuesUnder(issues, 'participants').filter((m) => !m.startsWith('['));
  const add = () =>
    onChange([...rows, { personId: '', role: '', country: dataset.meta.countries[0]?.code ?? '' }]);
  return (
    <CurateField label="Participants" group errors={own} evidence={evidence.participants}>
      {() => (
        <>
          <datalist id={PEOPLE_LIST_ID}>
            {dataset.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </datalist>
          {rows.map((row, i) => (
            <ParticipantRow
              key={i}
              dataset={dataset}
              row={row}
              n={i + 1}
              issues={issues}
              set={(patch) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))}
              remove={() => onChange(rows.filter((_, j) => j !== i))}
            />
          ))}
          <button type="button" className="btn" onClick={add}>
            Add participant
          </button>
        </>
      )}
    </CurateField>
  );
}
