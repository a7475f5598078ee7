/**
 * One article, several engagements: each sentence's engagement words (draft-type.ts) open or
 * join an engagement keyed by kind and date, and each person named in a sentence joins the
 * engagement whose word stands nearest before the name. "On July 20 … summoned" and "the phone
 * conversation … on August 7" become engagements of their own; "During the phone call, Vu?i?
 * said" joins the call it speaks of.
 */
import type { EventType } from '../data/schema';
import { nearestDate, type DateContext, type DateMention } from './draft-date';
import type { PersonMention } from './draft-people';
import type { Sentence } from './draft-text';
import { quotedRanges, typeHits, type TypeHit } from './draft-type';
import type { Range } from './draft-names';

export interface Segment {
  type: EventType | null;
  date: DateMention | null;
  /** True when the date is the article's, not one its own sentence gives. */
  dateFromArticle: boolean;
  hits: TypeHit[];
  sentences: number[];
  people: PersonMention[];
}

/** The article's own date: the dateline's, else the first it states. */
export function articleDate(ctx: DateContext): DateMention | null {
  return ctx.dateline ?? ctx.mentions.find((m) => m.precision === 'day') ?? ctx.mentions[0] ?? null;
}

function sameDay(a: DateMention | null, b: DateMention | null): boolean {
  return (a?.date ?? null) === (b?.date ?? null);
}

function segmentFor(
  segments: Segment[],
  hit: TypeHit,
  own: DateMention | null,
  fallback: DateMention | null,
): Segment {
  const found = own
    ? segments.find((s) => s.type === hit.type && sameDay(s.date, own))
    : [...segments].reverse().find((s) => s.type === hit.type);
  if (found) return found;
  const segment: Segment = {
    type: hit.type,
    date: own ?? fallback,
    dateFromArticle: !own,
    hits: [],
    sentences: [],
    people: [],
  };
  segments.push(segment);
  return segment;
}

/** The engagement each hit of a sentence belongs to. */
function placeHits(
  sentences: readonly Sentence[],
  ctx: DateContext,
  quotes: readonly Range[],
  text: string,
): { segments: Segment[]; bySentence: Map<number, { hit: TypeHit; segment: Segment }[]> } {
  const segments: Segment[] = [];
  const bySentence = new Map<number, { hit: TypeHit; segment: Segment }[]>();
  const fallback = articleDate(ctx);
  for (const sentence of sentences) {
    const end = sentence.start + sentence.text.length;
    const placed: { hit: TypeHit; segment: Segment }[] = [];
    for (const hit of typeHits(text, sentence.start, end, quotes)) {
      const own = nearestDate(ctx, sentence.start, end, hit.at);
      const segment = segmentFor(segments, hit, own, fallback);
      segment.hits.push(hit);
      // Sentences come in order, so a repeat can only be the last one added.
      if (segment.sentences[segment.sentences.length - 1] !== sentence.index) {
        segment.sentences.push(sentence.index);
      }
      placed.push({ hit, segment });
    }
    if (placed.length > 0) bySentence.set(sentence.index, placed);
  }
  return { segments, bySentence };
}

/** The sentence holding an offset (binary search: sentences are in order). */
export function sentenceOf(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.start + s.text.length) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The engagement whose word stands nearest before the name (else nearest after it). */
function nearestPlaced(placed: { hit: TypeHit; segment: Segment }[], at: number): Segment {
  const before = placed.filter((p) => p.hit.at <= at);
  const pick = before.length > 0 ? before[before.length - 1]! : placed[0]!;
  return pick.segment;
}

function addPerson(segment: Segment, mention: PersonMention) {
  if (!segment.people.some((p) => p.personId === mention.personId)) segment.people.push(mention);
}

/**
 * The engagements of the article and the people of each. People named where no engagement
 * word stands are returned apart: they fill an engagement that names nobody.
 */
export function segmentArticle(
  sentences: readonly Sentence[],
  text: string,
  ctx: DateContext,
  mentions: readonly PersonMention[],
): { segments: Segment[]; loose: PersonMention[] } {
  const quotes = quotedRanges(text);
  const { segments, bySentence } = placeHits(sentences, ctx, quotes, text);
  const loose: PersonMention[] = [];
  for (const mention of mentions) {
    const sentence = sentenceOf(sentences, mention.at);
    const placed = sentence ? bySentence.get(sentence.index) : undefined;
    if (placed) addPerson(nearestPlaced(placed, mention.at), mention);
    else if (!loose.some((p) => p.personId === mention.personId)) loose.push(mention);
  }
  if (segments.length === 0 && (mentions.length > 0 || ctx.mentions.length > 0)) {
    segments.push({
      type: null,
      date: articleDate(ctx),
      dateFromArticle: true,
      hits: [],
      sentences: [],
      people: [...loose],
    });
  }
  return { segments: orderSegments(withTalksBeforeStatements(segments)), loose };
}

const TALKS_INFERRED =
  'Joint press statements follow talks between the same principals; the article reports the statements, so the talks are proposed: check it.';

/**
 * "Vucic said, making press statements with President … Aliyev": leaders' joint statements
 * close their talks ("talks, then press statements"), so when no meeting of the article holds
 * the people of joint statements, one is proposed for the same day, marked inferred.
 */
function withTalksBeforeStatements(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    if (isJointStatement(segment) && !talksHeld(segments, segment)) {
      const hit = segment.hits[0]!;
      out.push({
        ...segment,
        type: 'meeting',
        hits: [{ ...hit, type: 'meeting', quoted: false, inferred: TALKS_INFERRED }],
        sentences: [...segment.sentences],
        people: [...segment.people],
      });
    }
    out.push(segment);
  }
  return out;
}

const isJointStatement = (s: Segment) =>
  s.type === 'press-statement' && s.people.length >= 2 && s.hits.length > 0;

function talksHeld(segments: readonly Segment[], statement: Segment): boolean {
  const ids = statement.people.map((p) => p.personId);
  return segments.some(
    (s) =>
      s.type === 'meeting' &&
      sameDay(s.date, statement.date) &&
      ids.every((id) => s.people.some((p) => p.personId === id)),
  );
}

/** The main engagement first (talks when there are some), then the others as reported. */
function orderSegments(segments: Segment[]): Segment[] {
  const main = segments.find((s) => s.type === 'meeting') ?? segments[0];
  return main ? [main, ...segments.filter((s) => s !== main)] : segments;
}
