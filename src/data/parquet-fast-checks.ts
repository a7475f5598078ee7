/**
 * Vouching for the Parquet fast path's dataset: the dataset validation would return for it,
 * without validation's copy of 10^5 events. People, sources, sectors and meta (a few thousand
 * objects) go through validation's own fast path (canonicalDataset); each event is checked in
 * place against the same rules as fast-dataset.ts's, or stricter (the fast path builds its
 * events with the keys in validation's order, so a checked event is already the one
 * validation would make); then the references between them are checked as validation checks
 * them (referentialIssues). Anything that fails, or that only the schema could tell, gives
 * null: the caller validates as before, so the problems reported stay the same.
 */
import { referentialIssues } from './dataset-checks';
import { canonicalDataset } from './fast-dataset';
import {
  DATE_PRECISIONS,
  DOCUMENT_KINDS,
  EVENT_TYPES,
  LEVELS,
  type Dataset,
  type DatasetInput,
} from './schema';

type EventInput = DatasetInput['events'][number];

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const CODE = /^[A-Z]{2}$/;
const PARTIAL_DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const PRECISIONS: ReadonlySet<unknown> = new Set(DATE_PRECISIONS);
const TYPES: ReadonlySet<unknown> = new Set(EVENT_TYPES);
const LEVEL_SET: ReadonlySet<unknown> = new Set(LEVELS);
const KINDS: ReadonlySet<unknown> = new Set(DOCUMENT_KINDS);

const isStr = (v: unknown, max: number): boolean => typeof v === 'string' && v.length <= max;

/** Trimmed text of 1 to `max` characters that trimming leaves as it is. */
const isText = (v: unknown, max: number): boolean =>
  typeof v === 'string' && v.length >= 1 && v.length <= max && v.trim() === v;

/**
 * An optional text: absent, or of at most `max` characters. The fast path never sets a key to
 * undefined (which the schema would keep), so undefined means absent.
 */
const isOptional = (v: unknown, max: number): boolean => v === undefined || isStr(v, max);

const isId = (v: unknown): boolean =>
  typeof v === 'string' && v.length >= 1 && v.length <= 200 && ID.test(v);

/** A test of strings that remembers those that passed: ids and codes repeat across events. */
function remembering(test: (v: string) => boolean): (v: unknown) => boolean {
  const passed = new Set<string>();
  return (v) => {
    if (typeof v !== 'string') return false;
    if (passed.has(v)) return true;
    if (!test(v)) return false;
    passed.add(v);
    return true;
  };
}

function createEventChecks() {
  // Events' own ids are unique; those they refer to (people, sectors, sources) repeat.
  const id = remembering(isId);
  const code = remembering((v) => CODE.test(v));
  const nullableCode = (v: unknown) => v === null || code(v);
  // Places, participants and lists are shared between the fast path's events: check each once.
  const passed = new WeakSet<object>();
  const pass = (o: object) => {
    passed.add(o);
    return true;
  };
  const ids = (v: readonly unknown[] | undefined) =>
    Array.isArray(v) && (passed.has(v) || (v.every(id) && pass(v)));
  const place = (v: EventInput['place']) =>
    v === null ||
    (typeof v === 'object' &&
      (passed.has(v) || (isOptional(v.city, 200) && code(v.country) && pass(v))));
  const participant = (p: NonNullable<EventInput['participants']>[number]) =>
    passed.has(p) || (id(p.personId) && isStr(p.role, 300) && code(p.country) && pass(p));
  const participants = (v: EventInput['participants']) => Array.isArray(v) && v.every(participant);
  const documents = (v: EventInput['documents']) =>
    Array.isArray(v) &&
    v.every((d) => isText(d.title, 500) && KINDS.has(d.kind) && ids(d.signatories));
  const topics = (v: EventInput['topics']) =>
    Array.isArray(v) && (passed.has(v) || (v.every((t) => isStr(t, 500)) && pass(v)));
  return (e: EventInput): boolean =>
    isId(e.id) &&
    typeof e.date === 'string' &&
    PARTIAL_DAY.test(e.date) &&
    PRECISIONS.has(e.datePrecision) &&
    typeof e.dateInferred === 'boolean' &&
    isOptional(e.dateNote, 2000) &&
    TYPES.has(e.type) &&
    place(e.place) &&
    typeof e.placeInferred === 'boolean' &&
    isOptional(e.placeNote, 2000) &&
    isOptional(e.multilateralEvent, 300) &&
    nullableCode(e.hostCountry) &&
    nullableCode(e.guestCountry) &&
    (e.visitId === null || isId(e.visitId)) &&
    LEVEL_SET.has(e.level) &&
    isText(e.title, 500) &&
    isStr(e.summary, 5000) &&
    participants(e.participants) &&
    ids(e.sectors) &&
    topics(e.topics) &&
    documents(e.documents) &&
    isOptional(e.notes, 3000) &&
    ids(e.sourceIds) &&
    (e.sourceIds?.length ?? 0) >= 1;
}

/**
 * The dataset validation would return for the fast path's `input` (the same values, in the
 * same key order; events are taken as they are), or null when validation must decide.
 */
export function vouchedDataset(input: DatasetInput): Dataset | null {
  const rest = canonicalDataset({ ...input, events: [] });
  if (rest === null) return null;
  const event = createEventChecks();
  for (const e of input.events) if (!event(e)) return null;
  const dataset: Dataset = { ...rest.dataset, events: input.events as Dataset['events'] };
  return referentialIssues(dataset).length === 0 ? dataset : null;
}
