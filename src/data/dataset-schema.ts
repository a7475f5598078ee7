/**
 * The dataset format as zod schemas: the reference definition. validate-dataset.ts runs it
 * when the hand-written fast check (fast-dataset.ts) finds a file that is not plainly
 * well-formed, to list every problem precisely. The schemas are built on first use, inside
 * functions: the module has no top-level side effects, so a bundle that does not call
 * `datasetSchema()` (the first paint) drops it and zod with it. schema.ts holds the types
 * and the value lists.
 */
import { z } from 'zod';
import { DATE_PRECISIONS, DOCUMENT_KINDS, EVENT_TYPES, LEVELS, MILESTONE_KINDS } from './schema';

const PARTIAL_DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const PARTIAL_DAY_MESSAGE = 'must be YYYY, YYYY-MM or YYYY-MM-DD';

/** The string types every part of the format uses. */
function primitives() {
  return {
    id: z
      .string()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters')
      .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must use letters, digits, ".", "_", ":" or "-"'),
    countryCode: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "AZ"'),
    isoDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
    /** A role's dates may be partial: sources often give only the month or year of a post. */
    partialDay: z.string().regex(PARTIAL_DAY, PARTIAL_DAY_MESSAGE),
    text: (max: number) => z.string().trim().min(1, 'must not be empty').max(max),
  };
}

type Primitives = ReturnType<typeof primitives>;

function metaSchema({ id, countryCode, isoDay, partialDay, text }: Primitives) {
  const country = z.object({ code: countryCode, name: text(100) });
  /** What the dataset covers, stated so the app never claims more than it holds. */
  const coverage = z.object({
    from: partialDay,
    to: partialDay,
    method: text(3000),
    lastSearched: isoDay,
    gaps: z.array(text(2000)).default([]),
  });
  return z.object({
    id: id.optional(),
    title: text(200),
    description: z.string().max(2000).default(''),
    countries: z.array(country).length(2, 'must list exactly the two countries of the pair'),
    otherCountries: z.array(country).default([]),
    version: text(50),
    updated: isoDay,
    attribution: z.string().max(2000).default(''),
    coverage: coverage.optional(),
  });
}

function sourceSchema({ id, isoDay, text }: Primitives) {
  return z.object({
    id,
    publisher: text(200),
    /** Absent when the date is unknown (shown as "date unknown"); `publishedNote` may say why. */
    published: isoDay.optional(),
    publishedInferred: z.boolean().default(false),
    publishedNote: z.string().max(2000).optional(),
    seedFile: z.string().max(200).optional(),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    title: text(500),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/, 'must be a language code such as "en"')
      .optional(),
    /** Anything a reader should know about the source itself (why it has no URL, say). */
    note: z.string().max(2000).optional(),
  });
}

function personSchema({ id, countryCode, partialDay, text }: Primitives) {
  const role = z.object({
    title: text(300),
    from: partialDay.optional(),
    to: partialDay.optional(),
    asOf: partialDay.optional(),
  });
  return z.object({
    id,
    name: text(300),
    aliases: z.array(z.string().max(300)).default([]),
    country: countryCode,
    roles: z.array(role).default([]),
  });
}

/** The date of an event or a milestone: the same rules for both. */
function datedFields(partialDay: Primitives['partialDay']) {
  return {
    date: partialDay,
    datePrecision: z.enum(DATE_PRECISIONS),
    dateInferred: z.boolean().default(false),
    dateNote: z.string().max(2000).optional(),
  };
}

function eventSchema({ id, countryCode, partialDay, text }: Primitives) {
  const participant = z.object({
    personId: id,
    role: z.string().max(300).default(''),
    country: countryCode,
  });
  /** A venue: its country, or (when a file could not tell the country) a city alone. */
  const place = z
    .object({ city: z.string().max(200).optional(), country: countryCode.optional() })
    .refine((p) => p.country !== undefined || (p.city ?? '').trim() !== '', {
      message: 'must name a country, or at least a city',
      path: ['country'],
    });
  const document = z.object({
    title: text(500),
    kind: z.enum(DOCUMENT_KINDS),
    /** Person ids of those who signed, when a source names them. */
    signatories: z.array(id).default([]),
  });
  return z.object({
    id,
    ...datedFields(partialDay),
    type: z.enum(EVENT_TYPES),
    place: place.nullable().default(null),
    placeInferred: z.boolean().default(false),
    placeNote: z.string().max(2000).optional(),
    /** A summit, conference or assembly the engagement took place at or beside. */
    multilateralEvent: z.string().max(300).optional(),
    hostCountry: countryCode.nullable().default(null),
    guestCountry: countryCode.nullable().default(null),
    visitId: id.nullable().default(null),
    level: z.enum(LEVELS),
    title: text(500),
    summary: z.string().max(5000).default(''),
    participants: z.array(participant).default([]),
    sectors: z.array(id).default([]),
    topics: z.array(z.string().max(500)).default([]),
    documents: z.array(document).default([]),
    /** Where sources disagree, what each says and which was chosen. */
    notes: z.string().max(3000).optional(),
    sourceIds: z.array(id).min(1, 'must cite at least one source'),
  });
}

/** A turning point drawn on the charts; optional, so older datasets and the importers need none. */
function milestoneSchema({ id, partialDay, text }: Primitives) {
  return z.object({
    id,
    ...datedFields(partialDay),
    kind: z.enum(MILESTONE_KINDS),
    label: text(120),
    /** The engagement in the record that the milestone happened at, when there is one. */
    eventId: id.optional(),
    sourceIds: z.array(id).min(1, 'must cite at least one source'),
  });
}

/** A venue's coordinates (WGS 84 degrees), each from a cited page; events meet it by city and country. */
function placeSchema({ countryCode, id, text }: Primitives) {
  return z.object({
    city: text(200),
    country: countryCode,
    lat: z
      .number()
      .min(-90, 'must be a latitude, -90 to 90')
      .max(90, 'must be a latitude, -90 to 90'),
    lon: z
      .number()
      .min(-180, 'must be a longitude, -180 to 180')
      .max(180, 'must be a longitude, -180 to 180'),
    /** How the point was chosen, when it is not the city's own (a village near a town). */
    note: z.string().max(2000).optional(),
    sourceIds: z.array(id).min(1, 'must cite at least one source'),
  });
}

function buildDatasetSchema() {
  // The CSP forbids eval; without this zod probes `new Function` and the browser logs a CSP violation.
  z.config({ jitless: true });
  const p = primitives();
  return z.object({
    meta: metaSchema(p),
    sources: z.array(sourceSchema(p)),
    sectors: z
      .array(
        z.object({
          id: p.id,
          label: p.text(100),
          description: z.string().max(2000).default(''),
          /** Words that mark an article as about this sector (the curation draft reads them). */
          keywords: z.array(z.string().trim().min(1, 'must not be empty').max(100)).default([]),
        }),
      )
      .min(1, 'must define at least one sector'),
    people: z.array(personSchema(p)),
    events: z.array(eventSchema(p)),
    milestones: z.array(milestoneSchema(p)).optional(),
    places: z.array(placeSchema(p)).optional(),
  });
}

export type DatasetSchema = ReturnType<typeof buildDatasetSchema>;

let built: DatasetSchema | undefined;

/** The schema of a whole dataset (built once, on first use). */
export function datasetSchema(): DatasetSchema {
  built ??= buildDatasetSchema();
  return built;
}
