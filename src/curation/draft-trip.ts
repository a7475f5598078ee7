/**
 * Trips and duplicates. Engagements of one trip share a visitId: a trip already in the dataset
 * (same guest country, a participant in common, the same or an adjacent day) is reused with
 * its place; otherwise a new id is proposed in the dataset's style ("2024-12-bayramov-serbia").
 * An engagement with the same date, kind and a shared participant is flagged as a possible
 * duplicate.
 */
import type { Dataset, EngagementEvent, EventType } from '../data/schema';
import { slugId } from '../lib/text';

const DAY_MS = 86_400_000;
/** A trip's engagements lie this many days or fewer from the draft's. */
const ADJACENT_DAYS = 2;

export interface Trip {
  visitId: string;
  place: EngagementEvent['place'];
  hostCountry: string | null;
  guestCountry: string | null;
  /** The event of the trip the match rests on. */
  eventId: string;
  shared: string[];
}

function dayDistance(a: string, b: string): number {
  const ta = Date.parse(`${a.slice(0, 10)}T00:00:00Z`);
  const tb = Date.parse(`${b.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ta) || Number.isNaN(tb) || a.length < 10 || b.length < 10) return Infinity;
  return Math.abs(ta - tb) / DAY_MS;
}

/** The most frequent place among the trip's events that name a city. */
function tripPlace(dataset: Dataset, visitId: string): EngagementEvent['place'] {
  const counts = new Map<string, { place: NonNullable<EngagementEvent['place']>; n: number }>();
  for (const e of dataset.events) {
    if (e.visitId !== visitId || !e.place?.city) continue;
    const key = `${e.place.city}|${e.place.country}`;
    const entry = counts.get(key) ?? { place: e.place, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  let best: { place: NonNullable<EngagementEvent['place']>; n: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best ? { ...best.place } : null;
}

/** The dataset's trip this engagement belongs to, if one fits. */
export function findTrip(
  dataset: Dataset,
  date: string | null,
  personIds: readonly string[],
  guestCountry: string | null,
): Trip | null {
  if (!date || personIds.length === 0) return null;
  let best: Trip | null = null;
  for (const e of dataset.events) {
    if (!e.visitId || dayDistance(e.date, date) > ADJACENT_DAYS) continue;
    if (guestCountry && e.guestCountry && e.guestCountry !== guestCountry) continue;
    const shared = e.participants.map((p) => p.personId).filter((id) => personIds.includes(id));
    if (shared.length === 0 || (best && best.shared.length >= shared.length)) continue;
    best = {
      visitId: e.visitId,
      place: tripPlace(dataset, e.visitId) ?? e.place,
      hostCountry: e.hostCountry,
      guestCountry: e.guestCountry,
      eventId: e.id,
      shared,
    };
  }
  return best;
}

/** A new trip id: month, the guest's principal, the host country ("2024-12-bayramov-serbia"). */
export function newVisitId(
  date: string | null,
  guestSurname: string,
  hostName: string,
): string | null {
  if (!date || date.length < 7) return null;
  const id = [date.slice(0, 7), slugId(guestSurname, 40), slugId(hostName, 40)]
    .filter((p) => p !== '')
    .join('-');
  return id.length > 8 ? id : null;
}

/** Events already in the dataset that this draft may repeat. */
export function duplicatesOf(
  dataset: Dataset,
  date: string | null,
  type: EventType | null,
  personIds: readonly string[],
): EngagementEvent[] {
  if (!date || !type) return [];
  return dataset.events.filter(
    (e) =>
      e.date === date &&
      e.type === type &&
      e.participants.some((p) => personIds.includes(p.personId)),
  );
}
