import { EVENT_TYPE_LABELS, LEVEL_LABELS } from '../../data/labels';
import { EVENT_TYPES, LEVELS, type Dataset } from '../../data/schema';
import { issuesUnder, type FieldIssues } from '../../model/record-issues';
import { CurateField } from './CurateField';
import type { EventForm, EvidenceMap } from './engagement-draft';
import { CheckInput, IdsInput, linesOf, listOfLines, SelectInput, TextInput } from './inputs';
import { ParticipantsField } from './ParticipantsField';

export interface SectionProps {
  dataset: Dataset;
  form: EventForm;
  issues: FieldIssues;
  evidence: EvidenceMap;
  set: (patch: Partial<EventForm>) => void;
}

const typeOptions = EVENT_TYPES.map((t) => ({ value: t, label: EVENT_TYPE_LABELS[t] }));
const levelOptions = LEVELS.map((l) => ({ value: l, label: LEVEL_LABELS[l] }));

function WhenWhat({ form, issues, evidence, set }: SectionProps) {
  const err = (field: string) => issuesUnder(issues, field);
  return (
    <>
      <TextInput
        label="Title"
        value={form.title}
        errors={err('title')}
        evidence={evidence.title}
        onChange={(title) => set({ title })}
      />
      <TextInput
        label="Date"
        hint="YYYY, YYYY-MM or YYYY-MM-DD"
        value={form.date ?? ''}
        errors={[...err('date'), ...err('datePrecision')]}
        evidence={evidence.date}
        onChange={(date) => set({ date })}
      />
      <CheckInput
        label="Date inferred"
        checked={form.dateInferred}
        onChange={(dateInferred) => set({ dateInferred })}
      />
      <TextInput
        label="Date note"
        value={form.dateNote ?? ''}
        errors={err('dateNote')}
        onChange={(dateNote) => set({ dateNote })}
      />
      <SelectInput
        label="Type"
        value={form.type ?? ''}
        none="Choose a type"
        options={typeOptions}
        errors={err('type')}
        evidence={evidence.type}
        onChange={(type) => set({ type: (type || null) as EventForm['type'] })}
      />
      <SelectInput
        label="Level"
        value={form.level ?? ''}
        none="Choose a level"
        options={levelOptions}
        errors={err('level')}
        evidence={evidence.level}
        onChange={(level) => set({ level: (level || null) as EventForm['level'] })}
      />
    </>
  );
}

function Where({ dataset, form, issues, evidence, set }: SectionProps) {
  const err = (field: string) => issuesUnder(issues, field);
  const pair = dataset.meta.countries.map((c) => ({ value: c.code, label: c.name }));
  const all = [...dataset.meta.countries, ...dataset.meta.otherCountries].map((c) => ({
    value: c.code,
    label: c.name,
  }));
  return (
    <>
      <SelectInput
        label="Place: country"
        value={form.place?.country ?? ''}
        none="No place (a call, a letter)"
        options={all}
        errors={err('place.country')}
        evidence={evidence.place}
        onChange={(country) => set({ place: country === '' ? null : { ...form.place, country } })}
      />
      <TextInput
        label="Place: city"
        value={form.place?.city ?? ''}
        errors={err('place.city')}
        onChange={(city) =>
          set({ place: { country: form.place?.country ?? pair[0]?.value ?? '', city } })
        }
      />
      <CheckInput
        label="Place inferred"
        checked={form.placeInferred}
        onChange={(placeInferred) => set({ placeInferred })}
      />
      <SelectInput
        label="Host country"
        value={form.hostCountry ?? ''}
        none="None (a third country, or no travel)"
        options={pair}
        errors={err('hostCountry')}
        evidence={evidence.hostCountry}
        onChange={(host) => set({ hostCountry: host || null })}
      />
      <SelectInput
        label="Guest country"
        value={form.guestCountry ?? ''}
        none="None (nobody travelled)"
        options={pair}
        errors={err('guestCountry')}
        evidence={evidence.guestCountry}
        onChange={(guest) => set({ guestCountry: guest || null })}
      />
      <TextInput
        label="Multilateral event"
        value={form.multilateralEvent ?? ''}
        errors={err('multilateralEvent')}
        evidence={evidence.multilateralEvent}
        onChange={(multilateralEvent) => set({ multilateralEvent })}
      />
      <TextInput
        label="Visit id"
        hint="Shared by every engagement of one trip"
        value={form.visitId ?? ''}
        errors={err('visitId')}
        evidence={evidence.visitId}
        onChange={(visitId) => set({ visitId })}
      />
    </>
  );
}

function About({ dataset, form, issues, evidence, set }: SectionProps) {
  const err = (field: string) => issuesUnder(issues, field);
  const toggle = (id: string, on: boolean) =>
    set({ sectors: on ? [...form.sectors, id] : form.sectors.filter((s) => s !== id) });
  return (
    <>
      <CurateField label="Sectors" group errors={err('sectors')} evidence={evidence.sectors}>
        {() => (
          <div className="curate-checks">
            {dataset.sectors.map((s) => (
              <CheckInput
                key={s.id}
                label={s.label}
                checked={form.sectors.includes(s.id)}
                onChange={(on) => toggle(s.id, on)}
              />
            ))}
          </div>
        )}
      </CurateField>
      <TextInput
        label="Topics"
        hint="One a line"
        multiline
        value={linesOf(form.topics)}
        errors={err('topics')}
        evidence={evidence.topics}
        onChange={(text) => set({ topics: listOfLines(text) })}
      />
      <TextInput
        label="Summary"
        hint="In your own words"
        multiline
        value={form.summary}
        errors={err('summary')}
        evidence={evidence.summary}
        onChange={(summary) => set({ summary })}
      />
      <IdsInput
        label="Sources"
        hint="Source ids, comma-separated"
        value={form.sourceIds}
        errors={err('sourceIds')}
        onChange={(sourceIds) => set({ sourceIds })}
      />
      <TextInput
        label="Notes"
        hint="Where sources disagree"
        multiline
        value={form.notes ?? ''}
        errors={err('notes')}
        onChange={(notes) => set({ notes })}
      />
    </>
  );
}

/** The engagement's fields, in three groups, each with its messages and evidence. */
export function EngagementFields(props: SectionProps) {
  return (
    <div className="curate-fields">
      <WhenWhat {...props} />
      <Where {...props} />
      <ParticipantsField
        dataset={props.dataset}
        form={props.form}
        issues={props.issues}
        evidence={props.evidence}
        onChange={(participants) => props.set({ participants })}
      />
      <About {...props} />
    </div>
  );
}
