import type { z } from 'zod';
import type { DatasetSchema } from './dataset-schema';

/**
 * The dataset format: the value lists and the types. The types are inferred from the zod
 * schemas in dataset-schema.ts through type-only imports, so this module (which the model
 * and the first paint import) carries no zod at run time. Everything that enters the app
 * passes through `validateDataset` (or its zod-free fast path), so the rest of the code can
 * trust these types.
 */

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

/** What a milestone marks: a turning point of the relationship, not an engagement. */
export const MILESTONE_KINDS = [
  'agreement',
  'embassy',
  'visa',
  'council',
  'energy',
  'other',
] as const;

export type Dataset = z.infer<DatasetSchema>;
export type DatasetInput = z.input<DatasetSchema>;
export type Meta = Dataset['meta'];
export type Coverage = NonNullable<Meta['coverage']>;
export type SignedDocument = EngagementEvent['documents'][number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type Source = Dataset['sources'][number];
export type Sector = Dataset['sectors'][number];
export type Person = Dataset['people'][number];
/** A row of the optional `places` table: a venue's coordinates and their sources. */
export type PlaceRow = NonNullable<Dataset['places']>[number];
export type Role = Person['roles'][number];
export type EngagementEvent = Dataset['events'][number];
export type Participant = EngagementEvent['participants'][number];
export type Milestone = NonNullable<Dataset['milestones']>[number];
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Level = (typeof LEVELS)[number];
