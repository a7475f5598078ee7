import { z } from 'zod';

// The CSP forbids eval; without this zod probes `new Function` and the browser logs a CSP violation.
z.config({ jitless: true });

/**
 * The dataset format. Everything that enters the app passes through `parseDataset`,
 * so the rest of the code can trust these inferred types.
 */

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must use letters, digits, ".", "_", ":" or "-"');

export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "AZ"');

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export const EVENT_TYPES = [
  'visit',
  'meeting',
  'phone-call',
  'press-statement',
  'diplomatic-protest',
  'agreement',
  'ceremony',
  'conference',
  'letter',
  'consultations',
  'commission-session',
  'other',
] as const;
/** Ordered from highest to lowest rank. */
export const LEVELS = [
  'head-of-state',
  'head-of-government',
  'parliament',
  'foreign-minister',
  'minister',
  'official',
] as const;
export const DOCUMENT_KINDS = [
  'agreement',
  'memorandum',
  'declaration',
  'protocol',
  'programme',
  'treaty',
  'other',
] as const;

const countrySchema = z.object({ code: countryCodeSchema, name: text(100) });

/** What the dataset covers, stated so the app never claims more than it holds. */
export const coverageSchema = z.object({
  from: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  to: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  method: text(3000),
  lastSearched: isoDay,
  gaps: z.array(text(2000)).default([]),
});

export const metaSchema = z.object({
  id: id.optional(),
  title: text(200),
  description: z.string().max(2000).default(''),
  countries: z.array(countrySchema).length(2, 'must list exactly the two countries of the pair'),
  otherCountries: z.array(countrySchema).default([]),
  version: text(50),
  updated: isoDay,
  attribution: z.string().max(2000).default(''),
  coverage: coverageSchema.optional(),
});

export const sourceSchema = z.object({
  id,
  publisher: text(200),
  /** Absent only with a `publishedNote` saying why the date is unknown. */
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

export const sectorSchema = z.object({
  id,
  label: text(100),
  description: z.string().max(2000).default(''),
});

/** A role's dates may be partial: sources often give only the month or year of a post. */
const partialDay = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const roleSchema = z.object({
  title: text(300),
  from: partialDay.optional(),
  to: partialDay.optional(),
  asOf: partialDay.optional(),
});

export const personSchema = z.object({
  id,
  name: text(300),
  aliases: z.array(z.string().max(300)).default([]),
  country: countryCodeSchema,
  roles: z.array(roleSchema).default([]),
});

export const participantSchema = z.object({
  personId: id,
  role: z.string().max(300).default(''),
  country: countryCodeSchema,
});

export const placeSchema = z.object({
  city: z.string().max(200).optional(),
  country: countryCodeSchema,
});

export const documentSchema = z.object({
  title: text(500),
  kind: z.enum(DOCUMENT_KINDS),
  /** Person ids of those who signed, when a source names them. */
  signatories: z.array(id).default([]),
});

export const eventSchema = z.object({
  id,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  datePrecision: z.enum(DATE_PRECISIONS),
  dateInferred: z.boolean().default(false),
  dateNote: z.string().max(2000).optional(),
  type: z.enum(EVENT_TYPES),
  place: placeSchema.nullable().default(null),
  placeInferred: z.boolean().default(false),
  placeNote: z.string().max(2000).optional(),
  /** A summit, conference or assembly the engagement took place at or beside. */
  multilateralEvent: z.string().max(300).optional(),
  hostCountry: countryCodeSchema.nullable().default(null),
  guestCountry: countryCodeSchema.nullable().default(null),
  visitId: id.nullable().default(null),
  level: z.enum(LEVELS),
  title: text(500),
  summary: z.string().max(5000).default(''),
  participants: z.array(participantSchema).default([]),
  sectors: z.array(id).default([]),
  topics: z.array(z.string().max(500)).default([]),
  documents: z.array(documentSchema).default([]),
  /** Where sources disagree, what each says and which was chosen. */
  notes: z.string().max(3000).optional(),
  sourceIds: z.array(id).min(1, 'must cite at least one source'),
});

export const datasetSchema = z.object({
  meta: metaSchema,
  sources: z.array(sourceSchema),
  sectors: z.array(sectorSchema).min(1, 'must define at least one sector'),
  people: z.array(personSchema),
  events: z.array(eventSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
export type Meta = Dataset['meta'];
export type Coverage = NonNullable<Meta['coverage']>;
export type SignedDocument = EngagementEvent['documents'][number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type Source = Dataset['sources'][number];
export type Sector = Dataset['sectors'][number];
export type Person = Dataset['people'][number];
export type Role = Person['roles'][number];
export type EngagementEvent = Dataset['events'][number];
export type Participant = EngagementEvent['participants'][number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Level = (typeof LEVELS)[number];
