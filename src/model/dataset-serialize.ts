/**
 * A dataset as the text of a dataset file: two-space JSON with a final newline, every record's
 * keys in the order the shipped file uses, so a downloaded working copy differs from the file
 * it came from only where a record changed. The shipped file is a fixed point.
 */
import type { Dataset } from '../data/schema';

type Json = unknown;
type Order = readonly string[];

/** Key orders of the shipped file (public/data/az-rs.json), record type by record type. */
const ORDER = {
  top: ['meta', 'sources', 'sectors', 'people', 'places', 'events', 'milestones'],
  meta: [
    'id',
    'title',
    'description',
    'countries',
    'otherCountries',
    'version',
    'updated',
    'attribution',
    'coverage',
  ],
  country: ['code', 'name'],
  coverage: ['from', 'to', 'method', 'lastSearched', 'gaps'],
  sector: ['id', 'label', 'description', 'keywords'],
  person: ['id', 'name', 'aliases', 'country', 'roles'],
  role: ['title', 'from', 'to', 'asOf'],
  place: ['city', 'country', 'lat', 'lon', 'note', 'sourceIds'],
  event: [
    'id',
    'date',
    'datePrecision',
    'dateInferred',
    'dateNote',
    'type',
    'place',
    'placeInferred',
    'placeNote',
    'hostCountry',
    'guestCountry',
    'multilateralEvent',
    'visitId',
    'level',
    'title',
    'summary',
    'participants',
    'sectors',
    'topics',
    'documents',
    'notes',
    'sourceIds',
  ],
  venue: ['city', 'country'],
  participant: ['personId', 'role', 'country'],
  document: ['title', 'kind', 'signatories'],
  milestone: [
    'id',
    'date',
    'datePrecision',
    'dateInferred',
    'dateNote',
    'kind',
    'label',
    'eventId',
    'sourceIds',
  ],
} as const satisfies Record<string, Order>;

/**
 * The key order of a new source. The shipped sources do not share one order (some put the
 * title before the language), so an existing source keeps its own and only new ones use this.
 */
export const SOURCE_KEY_ORDER: Order = [
  'id',
  'publisher',
  'published',
  'publishedInferred',
  'publishedNote',
  'seedFile',
  'url',
  'language',
  'title',
  'note',
];

const isRecord = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The keys of `order` first, in that order, then any others in their own order. */
export function orderKeys<T>(value: T, order: Order): T {
  if (!isRecord(value)) return value;
  const out: Record<string, Json> = {};
  for (const key of order) if (key in value && value[key] !== undefined) out[key] = value[key];
  for (const [key, v] of Object.entries(value)) {
    if (!(key in out) && v !== undefined) out[key] = v;
  }
  return out as T;
}

const each = <T>(list: T[] | undefined, order: Order, inner?: (item: T) => T): T[] | undefined =>
  list?.map((item) => orderKeys(inner ? inner(item) : item, order));

type Event = Dataset['events'][number];

function orderEvent(e: Event): Event {
  return {
    ...e,
    place: e.place === null ? null : orderKeys(e.place, ORDER.venue),
    participants: each(e.participants, ORDER.participant)!,
    documents: each(e.documents, ORDER.document)!,
  };
}

function orderMeta(meta: Dataset['meta']): Dataset['meta'] {
  const ordered: Dataset['meta'] = {
    ...meta,
    countries: each(meta.countries, ORDER.country)!,
    otherCountries: each(meta.otherCountries, ORDER.country)!,
  };
  if (meta.coverage) ordered.coverage = orderKeys(meta.coverage, ORDER.coverage);
  return orderKeys(ordered, ORDER.meta);
}

/** The dataset with every record's keys in the shipped file's order (undefined values dropped). */
export function canonicalDataset(d: Dataset): Dataset {
  const ordered: Record<string, Json> = {
    ...d,
    meta: orderMeta(d.meta),
    sectors: each(d.sectors, ORDER.sector),
    people: each(d.people, ORDER.person, (p) => ({ ...p, roles: each(p.roles, ORDER.role)! })),
    events: each(d.events, ORDER.event, orderEvent),
  };
  if (d.places) ordered.places = each(d.places, ORDER.place);
  if (d.milestones) ordered.milestones = each(d.milestones, ORDER.milestone);
  return orderKeys(ordered, ORDER.top) as unknown as Dataset;
}

/** The dataset file's text: `npm run validate:data` reads it, a git diff shows only what changed. */
export function serializeDataset(d: Dataset): string {
  return `${JSON.stringify(canonicalDataset(d), null, 2)}\n`;
}
