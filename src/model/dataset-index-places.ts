/**
 * The venues of a dataset's engagements, as the index numbers them: one per city and country
 * (or per country, when a source names no city), each with its coordinates when the dataset's
 * `places` table gives them. The place filter and the map read these.
 */
import type { Dataset, EngagementEvent, PlaceRow } from '../data/schema';
import { slugId } from '../lib/text';

export interface Venue {
  /** The place filter's value, readable in an address: `baku`, `novi-sad`, or `RS` without a city. */
  key: string;
  city: string | null;
  country: string;
  /** "Baku", or "Serbia (city not stated)". */
  label: string;
  /** The `places` row with its coordinates, or null when the dataset has none for it. */
  row: PlaceRow | null;
}

export interface VenueColumns {
  venues: Venue[];
  venueIndex: Map<string, number>;
  /** The venue of event i is `eventVenues[venueStart[i]]` when the range is not empty. */
  eventVenues: Uint16Array;
  venueStart: Uint32Array;
}

const rowKey = (city: string | null, country: string) => `${country}\u0000${city ?? ''}`;

/** City → its country, for the cities that only one row of the places table names (else null). */
function soleCountries(places: readonly PlaceRow[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const p of places) out.set(p.city, out.has(p.city) ? null : p.country);
  return out;
}

/** The venues of `events` (in order of first appearance) and each event's venue. */
export function venueColumns(
  dataset: Dataset,
  events: readonly EngagementEvent[],
  countryNames: ReadonlyMap<string, string>,
): VenueColumns {
  const rows = new Map((dataset.places ?? []).map((p) => [rowKey(p.city, p.country), p]));
  const countryOfCity = soleCountries(dataset.places ?? []);
  const venues: Venue[] = [];
  const venueIndex = new Map<string, number>();
  const byPlace = new Map<string, number>();
  const venueOf = (city: string | null, country: string): number => {
    const at = byPlace.get(rowKey(city, country));
    if (at !== undefined) return at;
    let key = city === null ? country : slugId(city) || country;
    // Two cities of one name in two countries keep apart.
    if (venueIndex.has(key)) key = `${key}-${country.toLowerCase()}`;
    const countryName = countryNames.get(country) ?? country;
    venues.push({
      key,
      city,
      country,
      label: city ?? `${countryName} (city not stated)`,
      row: rows.get(rowKey(city, country)) ?? null,
    });
    venueIndex.set(key, venues.length - 1);
    byPlace.set(rowKey(city, country), venues.length - 1);
    return venues.length - 1;
  };
  const n = events.length;
  const eventVenues = new Uint16Array(n);
  const venueStart = new Uint32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    venueStart[i] = k;
    const place = events[i]!.place;
    if (!place) continue;
    const city = place.city?.trim() || null;
    // A venue named by its city alone takes the country of the one places row of that city.
    const country = place.country ?? (city === null ? null : countryOfCity.get(city));
    eventVenues[k++] = venueOf(city, country ?? '');
  }
  venueStart[n] = k;
  return { venues, venueIndex, eventVenues: eventVenues.subarray(0, k), venueStart };
}
