/**
 * What `draftFromArticle` (draft-article.ts) returns: draft engagements in the dataset's own
 * format, each field with the words of the article it rests on. The app's Curate mode and the
 * `npm run draft` CLI both read these types, so they are the contract between the two.
 */
import type { EngagementEvent, Person } from '../data/schema';

/** How far a field can be trusted without the curator looking. */
export type Confidence = 'high' | 'medium' | 'low';

/** The fields of an engagement a draft fills, each with its own evidence. */
export const DRAFT_FIELDS = [
  'date',
  'type',
  'level',
  'place',
  'hostCountry',
  'guestCountry',
  'multilateralEvent',
  'participants',
  'sectors',
  'topics',
  'visitId',
  'title',
  'summary',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

/** Why a field holds what it holds. */
export interface Evidence {
  /** The article's own words the value rests on (a short excerpt), or '' when none. */
  quote: string;
  confidence: Confidence;
  /** Set when the value is inferred (a year from the publication date): the reason, for the curator. */
  inferred?: string;
  /** Anything else the curator should know (a name skipped as the author, say). */
  note?: string;
}

export interface FieldEvidence {
  /** Empty when the field was not settled: the curator must fill it. */
  evidence: Evidence[];
  /** True when the draft could not settle the field (the value is empty or a placeholder). */
  needsReview: boolean;
}

/**
 * A draft engagement: the event as the dataset would hold it (ids, codes and value lists of
 * the dataset), with `null` or empty values where the article does not settle a field.
 * `summary` is always '' — the curator writes it in their own words.
 */
export interface DraftEngagement {
  event: Omit<EngagementEvent, 'date' | 'datePrecision' | 'type' | 'level' | 'title'> & {
    date: string | null;
    datePrecision: EngagementEvent['datePrecision'] | null;
    type: EngagementEvent['type'] | null;
    level: EngagementEvent['level'] | null;
    title: string;
  };
  fields: Record<DraftField, FieldEvidence>;
}

/** A person the article names whom the dataset lacks, proposed from a title phrase. */
export interface ProposedPerson {
  person: Person;
  evidence: Evidence;
}

/** A name the draft saw and deliberately left out of the participants. */
export interface SkippedName {
  name: string;
  /** For example "the article's author (byline)" or "commemorated, not present". */
  reason: string;
  quote: string;
}

export type DraftResult =
  | {
      ok: true;
      /** One per engagement the article reports (talks, then a press statement…), main one first. */
      engagements: DraftEngagement[];
      /** People to add to the dataset before saving; participants may already name their ids. */
      newPeople: ProposedPerson[];
      skipped: SkippedName[];
      /** A source entry to cite (publisher, title, published, language) built from the article. */
      source: {
        id: string;
        publisher: string | null;
        title: string | null;
        published: string | null;
      };
      /** Things the curator should know about the whole article. */
      warnings: string[];
    }
  | {
      ok: false;
      /** One clear sentence: why no draft could be made (empty text, not text at all…). */
      problem: string;
    };

export interface DraftOptions {
  /** The article's publication date, YYYY-MM-DD, when known: it settles years and relative dates. */
  published?: string;
}
