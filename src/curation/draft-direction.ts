/**
 * The place of one engagement and its direction (host and guest), from the article's places
 * (draft-place.ts) in order of strength, the trip, and last the dateline. A venue in a
 * third country has neither host nor guest; a call has no venue; a summons is hosted by the
 * summoning country.
 */
import type { EventType } from '../data/schema';
import type { ArticleContext } from './draft-context';
import { countryNames, frequentVenue, type Place, type PlaceChoice } from './draft-place';
import { sentenceOf, type Segment } from './draft-segment';
import type { Evidence } from './draft-types';
import type { Trip } from './draft-trip';

export interface Direction {
  place: Place | null;
  placeInferred: boolean;
  placeNote?: string;
  placeEvidence: Evidence[];
  hostCountry: string | null;
  guestCountry: string | null;
  directionEvidence: Evidence[];
  multilateralEvent?: string;
  multilateralEvidence: Evidence[];
}

function countryName(ctx: ArticleContext, code: string): string {
  return countryNames(ctx.dataset).find((c) => c.code === code)?.name ?? code;
}

/** A country without a city: the trip's city, else the country's most frequent venue. */
function cityForCountry(
  ctx: ArticleContext,
  country: string,
  trip: Trip | null,
  quote: string,
): PlaceChoice {
  if (trip?.place?.city && trip.place.country === country) {
    return {
      place: { ...trip.place },
      quote,
      confidence: 'medium',
      note: `The article names only the country; the city is that of the trip ${trip.visitId} already in the dataset.`,
    };
  }
  const venue = frequentVenue(ctx.dataset, country);
  if (!venue)
    return { place: { country }, quote, confidence: 'medium', note: 'The article names no city.' };
  return {
    place: { city: venue.city, country },
    quote,
    confidence: 'low',
    inferred: `The article names only ${countryName(ctx, country)}; ${venue.city} is the dataset's most frequent venue there (${venue.n} engagements).`,
  };
}

function choosePlace(ctx: ArticleContext, segment: Segment, trip: Trip | null): PlaceChoice | null {
  const { places, article } = ctx;
  const mine = new Set(segment.sentences);
  const own = places.cities.find((c) => {
    const s = sentenceOf(article.sentences, c.at);
    return s !== undefined && mine.has(s.index);
  });
  if (own) return { place: own.place, quote: own.quote, confidence: 'high' };
  const visited = places.visited;
  const anyCity = places.cities.find((c) => !visited || c.place.country === visited.country);
  if (anyCity)
    return {
      place: anyCity.place,
      quote: anyCity.quote,
      confidence: 'medium',
      note: 'Named elsewhere in the article.',
    };
  if (visited) return cityForCountry(ctx, visited.country, trip, visited.quote);
  if (trip?.place) {
    return {
      place: { ...trip.place },
      quote: '',
      confidence: 'medium',
      note: `The place of the trip ${trip.visitId} (its event ${trip.eventId}), which shares a participant and the dates.`,
    };
  }
  if (places.dateline) {
    return {
      place: places.dateline.place,
      quote: places.dateline.quote,
      confidence: 'low',
      inferred:
        "Only the dateline names a city, and a dateline is the news agency's bureau, often not the venue: check it.",
    };
  }
  return null;
}

function protestPlace(ctx: ArticleContext): PlaceChoice | null {
  const s = ctx.places.summoning;
  if (!s) return null;
  return cityForCountry(ctx, s.country, null, s.quote);
}

function directionFor(
  ctx: ArticleContext,
  place: Place | null,
  type: EventType | null,
  trip: Trip | null,
) {
  const pair = ctx.dataset.meta.countries.map((c) => c.code);
  if (type === 'diplomatic-protest') {
    const host = ctx.places.summoning?.country ?? place?.country ?? null;
    return {
      host,
      guest: null,
      note: 'A summons is hosted by the summoning country; nobody travelled.',
    };
  }
  const country = place?.country;
  if (!country) {
    if (trip)
      return {
        host: trip.hostCountry,
        guest: trip.guestCountry,
        note: `As the trip ${trip.visitId}.`,
      };
    return { host: null, guest: null, note: 'No place: host and guest are left for the curator.' };
  }
  if (!pair.includes(country)) {
    return {
      host: null,
      guest: null,
      note: `The venue is in a third country (${countryName(ctx, country)}).`,
    };
  }
  const guest = pair.find((c) => c !== country) ?? null;
  return {
    host: country,
    guest,
    note: `Held in ${countryName(ctx, country)}, so the other country's side is the guest.`,
  };
}

/** Place and direction of one engagement. */
export function settlePlace(
  ctx: ArticleContext,
  segment: Segment,
  type: EventType | null,
  trip: Trip | null,
): Direction {
  const multi = ctx.places.multilateral;
  const multilateral = multi
    ? {
        multilateralEvent: multi.name,
        multilateralEvidence: [{ quote: multi.quote, confidence: 'medium' as const }],
      }
    : { multilateralEvidence: [] };
  if (type === 'phone-call' || type === 'letter') {
    const evidence = [
      {
        quote: '',
        confidence: 'high' as const,
        note: 'A call or a letter has no venue and no host.',
      },
    ];
    return {
      place: null,
      placeInferred: false,
      placeEvidence: evidence,
      hostCountry: null,
      guestCountry: null,
      directionEvidence: evidence,
      ...multilateral,
    };
  }
  const choice =
    type === 'diplomatic-protest' ? protestPlace(ctx) : choosePlace(ctx, segment, trip);
  const place = choice?.place ?? null;
  const d = directionFor(ctx, place, type, trip);
  const placeEvidence: Evidence[] = choice
    ? [
        {
          quote: choice.quote,
          confidence: choice.confidence,
          ...(choice.inferred ? { inferred: choice.inferred } : {}),
          ...(choice.note ? { note: choice.note } : {}),
        },
      ]
    : [];
  return {
    place,
    placeInferred: Boolean(choice?.inferred),
    ...(choice?.inferred ? { placeNote: choice.inferred } : {}),
    placeEvidence,
    hostCountry: d.host ?? null,
    guestCountry: d.guest ?? null,
    directionEvidence:
      d.host || d.guest
        ? [{ quote: choice?.quote ?? '', confidence: choice?.confidence ?? 'low', note: d.note }]
        : [],
    ...multilateral,
  };
}
