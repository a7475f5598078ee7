/**
 * Builds one draft engagement from a segment of the article: every field with its evidence,
 * and whether the curator must settle it.
 */
import type { EventType } from '../data/schema';
import { slugId } from '../lib/text';
import { articleTopics, type ArticleContext } from './draft-context';
import {
  participantsOf,
  pickDate,
  pickLevel,
  segmentPeople,
  tripAndPlace,
  withGuestSide,
  type DatePick,
} from './draft-engagement';
import type { Segment } from './draft-segment';
import { findSectors, findTopics } from './draft-sectors';
import { newVisitId, duplicatesOf } from './draft-trip';
import { typeLabel } from './draft-type';
import {
  DRAFT_FIELDS,
  type DraftEngagement,
  type DraftField,
  type Evidence,
  type FieldEvidence,
} from './draft-types';

type Fields = Record<DraftField, FieldEvidence>;

function emptyFields(): Fields {
  const out = {} as Fields;
  for (const f of DRAFT_FIELDS) out[f] = { evidence: [], needsReview: true };
  return out;
}

function set(fields: Fields, field: DraftField, evidence: Evidence[], settled: boolean) {
  fields[field] = { evidence, needsReview: !settled };
}

export function surname(ctx: ArticleContext, personId: string): string {
  const name = ctx.people.get(personId)?.name ?? personId;
  return name.split(/\s+/).pop() ?? name;
}

function typeEvidence(segment: Segment): Evidence[] {
  return segment.hits.slice(0, 3).map((h) => ({
    quote: h.words,
    confidence: h.inferred ? ('low' as const) : h.quoted ? ('medium' as const) : ('high' as const),
    ...(h.inferred ? { inferred: h.inferred } : {}),
    ...(h.quoted ? { note: 'Said inside a quotation.' } : {}),
  }));
}

/** The segment's own words: sectors and topics of a secondary engagement come from them. */
function segmentText(ctx: ArticleContext, segment: Segment) {
  const sentences = segment.sentences.map((i) => ctx.article.sentences[i]!);
  return {
    tokens: sentences.flatMap((s) => s.tokens),
    text: sentences.map((s) => s.text).join(' '),
  };
}

function sectorsFor(ctx: ArticleContext, segment: Segment, isMain: boolean) {
  const hits = isMain
    ? ctx.sectors
    : findSectors(ctx.article.text, segmentText(ctx, segment).tokens, ctx.dataset);
  return { ids: hits.map((h) => h.sectorId), evidence: hits.map((h) => h.evidence) };
}

function titleFor(
  ctx: ArticleContext,
  personIds: string[],
  type: EventType | null,
  city: string | undefined,
) {
  const names = personIds.slice(0, 2).map((id) => surname(ctx, id));
  const who = names.length > 0 ? `${names.join('–')} ` : '';
  const label = typeLabel(type);
  const text = `${who}${label}${city ? ` in ${city}` : ''}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Guest side first, then the host side, each by rank as listed. */
export function orderedIds(
  participants: { personId: string; country: string }[],
  guest: string | null,
) {
  const guests = participants.filter((p) => p.country === guest);
  const rest = participants.filter((p) => p.country !== guest);
  return [...guests, ...rest].map((p) => p.personId);
}

interface Built {
  draft: DraftEngagement;
  warnings: string[];
}

export interface Shared {
  main: Segment;
  loose: Segment['people'];
  /** People named only in a call, a letter or a summons: not on the trip. */
  notTravelling: ReadonlySet<string>;
}

/** Who took part, where, and who hosted whom. */
function whoAndWhere(
  ctx: ArticleContext,
  segment: Segment,
  shared: Shared,
  date: DatePick,
  fields: Fields,
) {
  const { main, loose, notTravelling } = shared;
  const named = segmentPeople(segment, main, loose);
  const ids = named.map((p) => p.personId);
  const { trip, direction } = tripAndPlace(
    ctx,
    segment,
    segment.type,
    date.date,
    ids,
    notTravelling,
  );
  const completed = withGuestSide(ctx, named, direction.guestCountry, date.date, notTravelling);
  const participants = participantsOf(ctx, completed.people, date.date);
  const added =
    "Not named in this engagement's sentences: the visiting side's principal, named elsewhere in the article.";
  const personEvidence: Evidence[] = completed.people.map((m) => ({
    quote: m.quote,
    confidence: m === completed.added ? 'low' : m.confidence,
    ...(m === completed.added ? { note: added } : m.note ? { note: m.note } : {}),
  }));
  set(fields, 'participants', personEvidence, participants.length > 0);
  const noVenue = segment.type === 'phone-call' || segment.type === 'letter';
  const placed = direction.place !== null || noVenue;
  set(fields, 'place', direction.placeEvidence, placed);
  set(fields, 'hostCountry', direction.directionEvidence, direction.hostCountry !== null || placed);
  const guestSettled =
    direction.guestCountry !== null || placed || segment.type === 'diplomatic-protest';
  set(fields, 'guestCountry', direction.directionEvidence, guestSettled);
  set(fields, 'multilateralEvent', direction.multilateralEvidence, true);
  return { trip, direction, participants };
}

const TITLE_NOTE = 'A generated label, in our words: edit it freely.';
const SUMMARY_NOTE = 'Left empty: the curator writes the summary in their own words.';

export function buildEngagement(ctx: ArticleContext, segment: Segment, shared: Shared): Built {
  const fields = emptyFields();
  const date = pickDate(segment, ctx);
  set(fields, 'date', date.evidence, date.date !== null);
  const typeInferred = segment.hits.length > 0 && segment.hits.every((h) => h.inferred);
  set(fields, 'type', typeEvidence(segment), segment.type !== null && !typeInferred);
  const { trip, direction, participants } = whoAndWhere(ctx, segment, shared, date, fields);
  const level = pickLevel(ctx, participants, direction.guestCountry, date.date);
  set(fields, 'level', level.evidence, level.level !== null);
  const isMain = segment === shared.main;
  const sectors = sectorsFor(ctx, segment, isMain);
  set(fields, 'sectors', sectors.evidence, sectors.ids.length > 0);
  const topics = isMain ? articleTopics(ctx, ctx.article.text) : topicsFor(ctx, segment);
  set(fields, 'topics', topics.evidence, topics.topics.length > 0);
  const ids = orderedIds(participants, direction.guestCountry);
  const visitId = visitIdFor(ctx, trip, date.date, ids[0], direction);
  set(fields, 'visitId', visitId.evidence, true);
  const title = titleFor(ctx, ids, segment.type, direction.place?.city);
  set(fields, 'title', [{ quote: '', confidence: 'medium', note: TITLE_NOTE }], true);
  set(fields, 'summary', [{ quote: '', confidence: 'low', note: SUMMARY_NOTE }], false);
  const warnings = duplicatesOf(ctx.dataset, date.date, segment.type, ids).map(
    (dup) => `"${title}" may repeat ${dup.id} (same date, kind and a shared participant).`,
  );
  const byRank = ids.map((id) => participants.find((p) => p.personId === id)!);
  const event: DraftEngagement['event'] = {
    id: eventId(
      date.date,
      ids.map((id) => surname(ctx, id)),
      segment.type,
    ),
    date: date.date,
    datePrecision: date.precision,
    dateInferred: date.evidence.some((e) => e.inferred),
    ...(date.evidence[0]?.inferred ? { dateNote: date.evidence[0].inferred } : {}),
    type: segment.type,
    place: direction.place,
    placeInferred: direction.placeInferred,
    ...(direction.placeNote ? { placeNote: direction.placeNote } : {}),
    ...(direction.multilateralEvent ? { multilateralEvent: direction.multilateralEvent } : {}),
    hostCountry: direction.hostCountry,
    guestCountry: direction.guestCountry,
    visitId: visitId.id,
    level: level.level,
    title,
    summary: '',
    participants: byRank,
    sectors: sectors.ids,
    topics: topics.topics,
    documents: [],
    sourceIds: ['draft-source'],
  };
  return { draft: { event, fields }, warnings };
}

function topicsFor(ctx: ArticleContext, segment: Segment) {
  const names = [...ctx.people.values()].flatMap((p) => [p.name, ...p.aliases]);
  return findTopics(segmentText(ctx, segment).text, [...names, ...ctx.skipped.map((s) => s.name)]);
}

function visitIdFor(
  ctx: ArticleContext,
  trip: { visitId: string; eventId: string } | null,
  date: string | null,
  principal: string | undefined,
  direction: { hostCountry: string | null; guestCountry: string | null },
): { id: string | null; evidence: Evidence[] } {
  if (trip)
    return {
      id: trip.visitId,
      evidence: [
        {
          quote: '',
          confidence: 'medium',
          note: `An existing trip: ${trip.eventId} shares a participant and the dates.`,
        },
      ],
    };
  if (!direction.hostCountry || !direction.guestCountry || !principal)
    return { id: null, evidence: [] };
  const host =
    ctx.dataset.meta.countries.find((c) => c.code === direction.hostCountry)?.name ??
    direction.hostCountry;
  const id = newVisitId(date, surname(ctx, principal), host);
  return {
    id,
    evidence: id
      ? [
          {
            quote: '',
            confidence: 'low',
            note: "A new trip id, in the dataset's style: check no trip of the record already holds it.",
          },
        ]
      : [],
  };
}

function eventId(date: string | null, surnames: string[], type: EventType | null): string {
  const id = [
    date ?? 'undated',
    ...surnames.slice(0, 2).map((s) => slugId(s, 30)),
    type ?? 'engagement',
  ]
    .filter((p) => p !== '')
    .join('-');
  return slugId(id, 150) || 'draft';
}

const NO_VENUE: ReadonlySet<EventType | null> = new Set([
  'phone-call',
  'letter',
  'diplomatic-protest',
]);

export function notTravelling(segments: readonly Segment[]): Set<string> {
  const elsewhere = new Set<string>();
  const onlyNoVenue = new Set<string>();
  for (const s of segments) {
    for (const p of s.people) (NO_VENUE.has(s.type) ? onlyNoVenue : elsewhere).add(p.personId);
  }
  for (const id of elsewhere) onlyNoVenue.delete(id);
  return onlyNoVenue;
}

export function uniqueIds(drafts: DraftEngagement[]) {
  const seen = new Map<string, number>();
  for (const d of drafts) {
    const n = (seen.get(d.event.id) ?? 0) + 1;
    seen.set(d.event.id, n);
    if (n > 1) d.event.id = `${d.event.id}-${n}`;
  }
}
