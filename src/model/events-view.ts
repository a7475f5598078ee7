import type { EngagementEvent, Source } from '../data/schema';
import { countryName, eventDirectionKey, type DatasetIndex } from './dataset-index';
import { ELSEWHERE } from './filters';
import { DOCUMENT_KIND_LABELS } from '../data/labels';
import { sectorColor } from './colors';
import { formatEventDate } from './dates';
import { formatInt } from '../lib/format-number';
import { plural } from '../lib/plural';

/** "Baku, Azerbaijan"; the country or the city alone when only one is known; "No travel" without a place. */
export function formatPlace(index: DatasetIndex, place: EngagementEvent['place']): string {
  if (place === null) return 'No travel';
  const country = countryName(index, place.country ?? null);
  const city = place.city?.trim();
  return city && country ? `${city}, ${country}` : city || country;
}

const pairCodes = (index: DatasetIndex) => index.dataset.meta.countries.map((c) => c.code);

/** "Serbia → Azerbaijan trip" for an engagement abroad, or null when nobody travelled. */
export function tripLabel(index: DatasetIndex, event: EngagementEvent): string | null {
  if (eventDirectionKey(event, pairCodes(index)) === ELSEWHERE) {
    return event.multilateralEvent
      ? `Met in a third country, at ${event.multilateralEvent}`
      : 'Met in a third country';
  }
  if (event.guestCountry === null) return null;
  const guest = countryName(index, event.guestCountry);
  if (event.hostCountry === null) return `${guest} delegation abroad`;
  return `${guest} → ${countryName(index, event.hostCountry)} trip`;
}

/** The URL as an href only when it is http(s); anything else (javascript:, data:…) is dropped. */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export interface EventParticipant {
  personId: string;
  name: string;
  role: string;
  country: string;
}

export function eventParticipants(index: DatasetIndex, event: EngagementEvent): EventParticipant[] {
  return event.participants.map((p) => ({
    personId: p.personId,
    name: index.personById.get(p.personId)?.name ?? p.personId,
    role: p.role,
    country: p.country,
  }));
}

export interface EventSector {
  id: string;
  label: string;
  color: string;
}

/** The event's sectors with the colour every view uses for them. */
export function eventSectors(index: DatasetIndex, event: EngagementEvent): EventSector[] {
  const out: EventSector[] = [];
  for (const id of event.sectors) {
    const at = index.sectorIndex.get(id);
    if (at === undefined) continue;
    out.push({ id, label: index.sectors[at]!.label, color: sectorColor(id) });
  }
  return out;
}

/** A source's publication date in words ("21 Dec 2022"), or "date unknown" when it has none. */
export function sourceDateLabel(source: Pick<Source, 'published'>): string {
  return source.published ? formatEventDate(source.published, 'day') : 'date unknown';
}

/** The sources an event cites, in citation order; unknown ids are skipped. */
export function eventSources(index: DatasetIndex, event: EngagementEvent): Source[] {
  const out: Source[] = [];
  for (const id of event.sourceIds) {
    const s = index.sourceById.get(id);
    if (s) out.push(s);
  }
  return out;
}

export function engagementCount(n: number): string {
  return plural(n, 'engagement');
}

/** "Showing 20 of 176 engagements.": how much of a list that grows page by page is on screen. */
export function showingLine(shown: number, total: number): string {
  return `Showing ${formatInt(shown)} of ${engagementCount(total)}.`;
}

export interface DocumentLine {
  title: string;
  kind: string;
  /** Signatories' names, in the order given; empty when the sources do not say. */
  signatories: string[];
}

/** The documents signed at an engagement, with their kinds and signatories in words. */
export function eventDocuments(index: DatasetIndex, event: EngagementEvent): DocumentLine[] {
  return event.documents.map((d) => ({
    title: d.title,
    kind: DOCUMENT_KIND_LABELS[d.kind],
    signatories: d.signatories.map((id) => index.personById.get(id)?.name ?? id),
  }));
}
