/**
 * The engagement form's values and what saving makes of them: a draft event (from an
 * article, with empty fields where it settled nothing) becomes the event the dataset holds.
 */
import type { DraftEngagement, DraftField, FieldEvidence } from '../../curation/draft-types';
import type { EngagementEvent } from '../../data/schema';
import { newEventId } from '../../model/event-id';

/** What the form edits: an event whose date, type and level may still be missing. */
export type EventForm = DraftEngagement['event'];

/** The evidence a draft gives each field; empty for an engagement written by hand. */
export type EvidenceMap = Partial<Record<DraftField, FieldEvidence>>;

/** A blank engagement, for "Add engagement". */
export function blankEvent(): EventForm {
  return {
    id: '',
    date: null,
    datePrecision: null,
    dateInferred: false,
    type: null,
    place: null,
    placeInferred: false,
    hostCountry: null,
    guestCountry: null,
    visitId: null,
    level: null,
    title: '',
    summary: '',
    participants: [],
    sectors: [],
    topics: [],
    documents: [],
    sourceIds: [],
  };
}

/** The date's precision, read from its shape (`2023`, `2023-11`, `2023-11-07`). */
export function precisionOf(date: string): EngagementEvent['datePrecision'] | null {
  if (/^\d{4}$/.test(date)) return 'year';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  return null;
}

const optional = (text: string | undefined) =>
  text === undefined || text.trim() === '' ? undefined : text;

/**
 * The event the form would save: an id for a new one (`YYYY-MM-DD-slug`, unique), empty
 * optional texts dropped. Missing values stay as they are, for the validator to name.
 */
export function eventFromForm(form: EventForm, isNew: boolean, taken: ReadonlySet<string>) {
  const date = form.date ?? '';
  const id = isNew ? newEventId(date, form.title, taken) : form.id;
  const place =
    form.place && (form.place.city ?? '').trim() === ''
      ? { country: form.place.country }
      : form.place;
  return {
    ...form,
    id,
    date,
    datePrecision: precisionOf(date) ?? form.datePrecision ?? 'day',
    // Left out while unchosen, so the validator says "is required" rather than listing every option.
    type: form.type ?? undefined,
    level: form.level ?? undefined,
    dateNote: optional(form.dateNote),
    placeNote: optional(form.placeNote),
    multilateralEvent: optional(form.multilateralEvent),
    notes: optional(form.notes),
    place,
    visitId: form.visitId === null || form.visitId.trim() === '' ? null : form.visitId.trim(),
    topics: form.topics.map((t) => t.trim()).filter((t) => t !== ''),
  } as EngagementEvent;
}

/** A copy of an event for "Duplicate": the same fields, a new id when saved. */
export function duplicateOf(event: EngagementEvent): EventForm {
  return { ...event, id: '', title: `${event.title} (copy)` };
}
