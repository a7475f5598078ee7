/**
 * One segment of the article (draft-segment.ts) becomes one draft engagement: its date,
 * participants, trip, place and direction, level, sectors, topics and a generated title, each
 * with the evidence it rests on.
 */
import { LEVELS, type EventType, type Level, type Participant } from '../data/schema';
import type { ArticleContext } from './draft-context';
import type { PersonMention } from './draft-people';
import { settlePlace, type Direction } from './draft-direction';
import { highestLevel, levelOfTitle, roleAt } from './draft-roles';
import type { Segment } from './draft-segment';
import type { Evidence } from './draft-types';
import { findTrip, type Trip } from './draft-trip';

export interface DatePick {
  date: string | null;
  precision: 'year' | 'month' | 'day' | null;
  evidence: Evidence[];
}

export function pickDate(segment: Segment, ctx: ArticleContext): DatePick {
  const m = segment.date;
  if (m) {
    const note = segment.dateFromArticle
      ? "The engagement's own sentences give no date: this is the article's date."
      : undefined;
    const confidence = segment.dateFromArticle && m.confidence === 'high' ? 'medium' : m.confidence;
    return {
      date: m.date,
      precision: m.precision,
      evidence: [
        {
          quote: m.quote,
          confidence,
          ...(m.inferred ? { inferred: m.inferred } : {}),
          ...(note ? { note } : {}),
        },
      ],
    };
  }
  const published = ctx.dates.published;
  if (!published) return { date: null, precision: null, evidence: [] };
  return {
    date: published,
    precision: 'day',
    evidence: [
      {
        quote: '',
        confidence: 'low',
        inferred: `The article states no date: the publication date (${published}) is used.`,
      },
    ],
  };
}

/** The people of the segment; one that names nobody takes the main engagement's. */
export function segmentPeople(
  segment: Segment,
  main: Segment,
  loose: readonly PersonMention[],
): PersonMention[] {
  if (segment.people.length > 0) return segment.people;
  if (main.people.length > 0) return main.people;
  return [...loose];
}

function levelOf(ctx: ArticleContext, personId: string, date: string | null): Level | null {
  const person = ctx.people.get(personId);
  const role = person ? roleAt(person, date) : null;
  return role ? levelOfTitle(role.title) : null;
}

/**
 * The visiting side's principal: the person of that country the article names most often
 * (then the highest-ranked), leaving out those named only in a call or a summons.
 */
function principalOf(
  ctx: ArticleContext,
  country: string,
  date: string | null,
  notTravelling: ReadonlySet<string>,
): PersonMention | null {
  const counts = new Map<string, { m: PersonMention; n: number; rank: number }>();
  for (const m of ctx.mentions) {
    if (ctx.people.get(m.personId)?.country !== country || notTravelling.has(m.personId)) continue;
    const level = levelOf(ctx, m.personId, date);
    const entry = counts.get(m.personId) ?? {
      m,
      n: 0,
      rank: level ? LEVELS.indexOf(level) : LEVELS.length,
    };
    entry.n++;
    counts.set(m.personId, entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || a.rank - b.rank);
  return ranked[0]?.m ?? null;
}

/** A visit's engagement has someone of the guest side: the trip's principal when none is named. */
export function withGuestSide(
  ctx: ArticleContext,
  people: PersonMention[],
  guest: string | null,
  date: string | null,
  notTravelling: ReadonlySet<string>,
): { people: PersonMention[]; added: PersonMention | null } {
  if (!guest || people.some((p) => ctx.people.get(p.personId)?.country === guest)) {
    return { people, added: null };
  }
  const principal = principalOf(ctx, guest, date, notTravelling);
  if (!principal) return { people, added: null };
  return { people: [...people, principal], added: principal };
}

export function participantsOf(
  ctx: ArticleContext,
  people: readonly PersonMention[],
  date: string | null,
): Participant[] {
  const out: Participant[] = [];
  for (const m of people) {
    const person = ctx.people.get(m.personId);
    if (!person || out.some((p) => p.personId === person.id)) continue;
    out.push({
      personId: person.id,
      role: roleAt(person, date)?.title ?? '',
      country: person.country,
    });
  }
  return out;
}

/** The highest rank on the travelling side (of everyone when nobody travelled). */
export function pickLevel(
  ctx: ArticleContext,
  participants: readonly Participant[],
  guest: string | null,
  date: string | null,
): { level: Level | null; evidence: Evidence[] } {
  const side = guest ? participants.filter((p) => p.country === guest) : [];
  const pool = side.length > 0 ? side : participants;
  const level = highestLevel(
    pool.map((p) => levelOf(ctx, p.personId, date)),
    LEVELS,
  );
  if (!level) return { level: null, evidence: [] };
  const who = pool.find((p) => levelOf(ctx, p.personId, date) === level)!;
  const name = ctx.people.get(who.personId)?.name ?? who.personId;
  return {
    level,
    evidence: [
      {
        quote: '',
        confidence: 'medium',
        note: `${side.length > 0 ? 'Highest rank on the travelling side' : 'Highest rank present'}: ${name}, ${who.role || 'role unknown'}.`,
      },
    ],
  };
}

/** Trip, place and direction for the segment. */
export function tripAndPlace(
  ctx: ArticleContext,
  segment: Segment,
  type: EventType | null,
  date: string | null,
  personIds: string[],
  notTravelling: ReadonlySet<string>,
): { trip: Trip | null; direction: Direction } {
  const visited = ctx.places.visited?.country ?? null;
  const pair = ctx.dataset.meta.countries.map((c) => c.code);
  const guessGuest =
    visited && pair.includes(visited) ? (pair.find((c) => c !== visited) ?? null) : null;
  const noVenue = type === 'phone-call' || type === 'letter';
  const travellers = ctx.mentions.map((m) => m.personId).filter((id) => !notTravelling.has(id));
  const trip =
    noVenue || type === 'diplomatic-protest'
      ? null
      : (findTrip(ctx.dataset, date, personIds, guessGuest) ??
        findTrip(ctx.dataset, date, travellers, guessGuest));
  return { trip, direction: settlePlace(ctx, segment, type, trip) };
}
