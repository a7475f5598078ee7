import type { EngagementEvent } from '../data/schema';
import { eventTypeLabel } from '../data/labels';

/** Label characters before the ellipsis. */
export const TIMELINE_LABEL_CHARS = 36;
/** Full titles kept per marker for its tooltip. */
export const TIMELINE_TOOLTIP_TITLES = 5;

/** How the labels name people and countries; without them labels fall back to titles and codes. */
export interface TimelineNames {
  personName?: (id: string) => string | undefined;
  countryName?: (code: string) => string | undefined;
}

/** Cuts a label to `max` characters (never inside an emoji or surrogate pair). */
export function truncateLabel(text: string, max = TIMELINE_LABEL_CHARS): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length <= max) return chars.join('');
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/** The first titles of a marker's engagements, for its tooltip, and how many are left out. */
export function tooltipTitles(events: readonly EngagementEvent[]): {
  titles: string[];
  more: number;
} {
  const titles = events.slice(0, TIMELINE_TOOLTIP_TITLES).map((e) => truncateLabel(e.title, 300));
  return { titles, more: Math.max(0, events.length - titles.length) };
}

const firstCity = (events: readonly EngagementEvent[]) =>
  events.find((e) => e.place?.city)?.place?.city;

/** The guest-country participant who took part most often (the first of equals), or null. */
function leadTraveller(events: readonly EngagementEvent[]): string | null {
  const guest = events[0]!.guestCountry;
  const seen = new Map<string, number>();
  for (const e of events) {
    for (const p of e.participants) {
      if (p.country === guest) seen.set(p.personId, (seen.get(p.personId) ?? 0) + 1);
    }
  }
  let lead: string | null = null;
  let leadCount = 0;
  for (const [id, n] of seen) {
    if (n > leadCount) {
      lead = id;
      leadCount = n;
    }
  }
  return lead;
}

/** "Aleksandar Vučić in Baku": the traveller who took part most often, and where. */
export function travellerLabel(events: readonly EngagementEvent[], names: TimelineNames): string {
  const first = events[0]!;
  const lead = leadTraveller(events);
  const host = first.hostCountry;
  const where =
    firstCity(events) ?? (host === null ? undefined : (names.countryName?.(host) ?? host));
  const who = lead === null ? undefined : (names.personName?.(lead) ?? undefined);
  if (who === undefined || where === undefined) return truncateLabel(first.title);
  return truncateLabel(`${who} in ${where}`);
}

/** "Davos" or "UN General Assembly, New York": where the two sides met. */
export function elsewhereLabel(events: readonly EngagementEvent[], names: TimelineNames): string {
  const first = events[0]!;
  const code = first.place?.country ?? '';
  const country = code && (names.countryName?.(code) ?? code);
  const event = events.find((e) => e.multilateralEvent)?.multilateralEvent;
  const where = firstCity(events) ?? country;
  return truncateLabel(event ? `${event}, ${where}` : where || first.title);
}

const surname = (name: string) => name.trim().split(/\s+/).pop() ?? name;

/** Who took part, one per country (in the order they are listed): "Aliyev – Vučić", or the countries. */
function whoTookPart(e: EngagementEvent, names: TimelineNames): string | undefined {
  const byCountry = new Map<string, string>();
  for (const p of e.participants)
    if (!byCountry.has(p.country)) byCountry.set(p.country, p.personId);
  if (byCountry.size === 0) return undefined;
  const people = [...byCountry.values()].map((id) => names.personName?.(id));
  if (people.every((n) => n !== undefined)) return people.map(surname).join(' – ');
  return [...byCountry.keys()].map((c) => names.countryName?.(c) ?? c).join(' – ');
}

/** "Phone call: Aliyev – Vučić": a contact without travel by its kind and who took part. */
export function contactLabel(e: EngagementEvent, names: TimelineNames): string {
  if (e.type === 'other') return truncateLabel(e.title);
  const kind = eventTypeLabel(e.type);
  const who = whoTookPart(e, names);
  return truncateLabel(who === undefined ? kind : `${kind}: ${who}`);
}
