/**
 * Where an engagement took place, and who hosted whom. The evidence, strongest first: a city
 * of the dataset named as a venue in the engagement's own sentences ("in Baku", "visit to
 * Baku", "Belgrade's Friendship Park"), then elsewhere in the article; a visited country
 * ("visit to the Republic of Serbia") with the trip's city or the country's most frequent
 * venue (inferred); the trip's place; last, the dateline. A dateline names the news agency's
 * bureau — Trend and Azernews write BAKU over talks in Belgrade — so it is weak evidence only.
 */
import type { Dataset, EngagementEvent } from '../data/schema';
import { foldText } from '../lib/text';
import type { Confidence } from './draft-types';
import { findPhrase, phraseTokens, quote, type Token } from './draft-text';
import type { Range } from './draft-names';

export type Place = NonNullable<EngagementEvent['place']>;

export interface PlaceMention {
  place: Place;
  at: number;
  quote: string;
}

export interface ArticlePlaces {
  cities: PlaceMention[];
  /** A country the article says was visited. */
  visited: { country: string; quote: string } | null;
  dateline: PlaceMention | null;
  multilateral: { name: string; quote: string } | null;
  /** The country whose ministry summoned someone. */
  summoning: { country: string; quote: string } | null;
}

/** Cities the dataset knows: its places table and its events' places. */
function knownCities(dataset: Dataset): Place[] {
  const seen = new Map<string, Place>();
  const add = (city: string | undefined, country: string) => {
    if (!city) return;
    const key = foldText(city);
    if (!seen.has(key)) seen.set(key, { city, country });
  };
  for (const p of dataset.places ?? []) add(p.city, p.country);
  for (const e of dataset.events) add(e.place?.city, e.place?.country ?? '');
  return [...seen.values()].filter((p) => p.country !== '');
}

export function countryNames(dataset: Dataset): { code: string; name: string }[] {
  return [...dataset.meta.countries, ...dataset.meta.otherCountries];
}

const VENUE_BEFORE = new Set(['in', 'to', 'at', 'visit', 'visited', 'visits']);
const NOT_VENUE_BEFORE = new Set(['will', 'would', 'to', 'shall', 'may', 'could']);
const possessiveCity = (word: string, want: string) => word === want || word === `${want}s`;

function isVenue(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (/['’]s$/u.test(token.raw)) return true;
  const prev = tokens[i - 1]?.folded;
  if (!prev || !VENUE_BEFORE.has(prev)) return false;
  // "will visit Belgrade in a few days" is a plan, not this engagement's venue.
  if (prev.startsWith('visit')) return !NOT_VENUE_BEFORE.has(tokens[i - 2]?.folded ?? '');
  return true;
}

function cityMentions(
  text: string,
  tokens: readonly Token[],
  dataset: Dataset,
  skip: Range | null,
) {
  const out: PlaceMention[] = [];
  for (const place of knownCities(dataset)) {
    const name = place.city!.replace(/\s*\(.*\)\s*$/, '');
    const words = phraseTokens(name);
    for (const i of findPhrase(tokens, words, possessiveCity)) {
      const token = tokens[i]!;
      if (skip && token.start >= skip.at && token.start < skip.end) continue;
      if (!isVenue(tokens, i)) continue;
      const from = tokens[Math.max(0, i - 2)]!.start;
      const to = tokens[Math.min(tokens.length - 1, i + words.length + 1)]!.end;
      out.push({ place: { ...place }, at: token.start, quote: quote(text, from, to) });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

function countryRe(dataset: Dataset, pattern: (names: string) => string): RegExp {
  const names = countryNames(dataset)
    .map((c) => c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return new RegExp(pattern(names), 'g');
}

function codeOf(dataset: Dataset, name: string): string | null {
  return countryNames(dataset).find((c) => c.name === name)?.code ?? null;
}

function visitedCountry(text: string, dataset: Dataset) {
  const re = countryRe(
    dataset,
    (names) =>
      `(?<!\\b(?:will|would|to)\\s)\\b(?:visit(?:s|ed)?|arrived|arrives)\\s+(?:to|in)?\\s*(?:the\\s+)?(?:Republic\\s+of\\s+)?(${names})\\b`,
  );
  for (const m of text.matchAll(re)) {
    const code = codeOf(dataset, m[1]!);
    if (code) return { country: code, quote: quote(text, m.index, m.index + m[0].length) };
  }
  return null;
}

function summoningCountry(text: string, dataset: Dataset) {
  const re = countryRe(
    dataset,
    (names) =>
      `\\b(${names})(?:['’]s)?\\s+(?:Foreign Ministry|Ministry of Foreign Affairs|MFA|Foreign Affairs Ministry)\\s+(?:has\\s+)?summoned`,
  );
  const m = re.exec(text);
  const code = m ? codeOf(dataset, m[1]!) : null;
  return m && code ? { country: code, quote: quote(text, m.index, m.index + m[0].length) } : null;
}

const SIDELINES_RE =
  /\b(?:on the sidelines of|on the margins of|in the framework of|within the framework of) (?:the )?((?:\d+(?:st|nd|rd|th) )?\p{Lu}[\p{L}\d-]*(?: (?:of |on |for |the |and )?\p{Lu}[\p{L}\d-]*){1,8})/u;
const MULTILATERAL_WORD =
  /\b(Summit|Conference|Forum|Assembly|Session|Games|Expo|COP\d+|Meeting|Congress)\b/;

function multilateral(text: string) {
  const m = SIDELINES_RE.exec(text);
  if (!m || !MULTILATERAL_WORD.test(m[1]!)) return null;
  return { name: m[1]!, quote: quote(text, m.index, m.index + m[0].length) };
}

/** Every place the article names, and the dateline's city when the dataset knows it. */
export function readPlaces(
  text: string,
  tokens: readonly Token[],
  dataset: Dataset,
  dateline: { city: string; at: number; end: number } | null,
): ArticlePlaces {
  const datelineRange = dateline ? { at: dateline.at, end: dateline.end } : null;
  const cities = cityMentions(text, tokens, dataset, datelineRange);
  let datelinePlace: PlaceMention | null = null;
  if (dateline) {
    const found = knownCities(dataset).find((p) => foldText(p.city!) === foldText(dateline.city));
    if (found)
      datelinePlace = {
        place: { ...found },
        at: dateline.at,
        quote: quote(text, dateline.at, dateline.end),
      };
  }
  return {
    cities,
    visited: visitedCountry(text, dataset),
    dateline: datelinePlace,
    multilateral: multilateral(text),
    summoning: summoningCountry(text, dataset),
  };
}

/** The dataset's most frequent venue in a country, with its count. */
export function frequentVenue(
  dataset: Dataset,
  country: string,
): { city: string; n: number } | null {
  const counts = new Map<string, number>();
  for (const e of dataset.events) {
    if (e.place?.country === country && e.place.city) {
      counts.set(e.place.city, (counts.get(e.place.city) ?? 0) + 1);
    }
  }
  let best: { city: string; n: number } | null = null;
  for (const [city, n] of counts) if (!best || n > best.n) best = { city, n };
  return best;
}

export interface PlaceChoice {
  place: Place | null;
  inferred?: string;
  quote: string;
  confidence: Confidence;
  note?: string;
}
