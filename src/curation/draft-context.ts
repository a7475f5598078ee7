/**
 * Everything the draft reads from the article once, before it builds the engagements: dates,
 * people (with the author and the commemorated set apart), new people from titles, places,
 * sectors and topics.
 */
import type { Dataset, Person } from '../data/schema';
import { foldText } from '../lib/text';
import type { ProposedPerson, SkippedName } from './draft-types';
import { datelineOf, readDates, type DateContext } from './draft-date';
import {
  bylines,
  commemorations,
  inRanges,
  proposePerson,
  titledNames,
  type Range,
} from './draft-names';
import { extraNames } from './draft-nlp';
import { findPeople, titleOnlyPeople, type PersonMention } from './draft-people';
import { readPlaces, type ArticlePlaces } from './draft-place';
import { articleDate } from './draft-segment';
import { findSectors, findTopics, type SectorHit } from './draft-sectors';
import type { ArticleText } from './draft-text';

export interface ArticleContext {
  article: ArticleText;
  dataset: Dataset;
  /** The dataset's people and the proposed ones, by id. */
  people: Map<string, Person>;
  dates: DateContext;
  mentions: PersonMention[];
  newPeople: ProposedPerson[];
  skipped: SkippedName[];
  places: ArticlePlaces;
  sectors: SectorHit[];
  warnings: string[];
}

function skipCommemorated(text: string, mentions: PersonMention[], people: Map<string, Person>) {
  const skipped: SkippedName[] = [];
  const ranges: Range[] = [];
  for (const c of commemorations(text)) {
    ranges.push(c.range);
    if (c.name) skipped.push({ name: c.name, reason: 'commemorated, not present', quote: c.quote });
  }
  const kept: PersonMention[] = [];
  for (const m of mentions) {
    if (!inRanges(m.at, ranges)) {
      kept.push(m);
      continue;
    }
    const name = people.get(m.personId)?.name ?? m.quote;
    if (!skipped.some((s) => foldText(s.name).includes(foldText(m.quote)))) {
      skipped.push({ name, reason: 'commemorated, not present', quote: m.quote });
    }
  }
  return { kept, skipped, ranges };
}

function proposeFromTitles(
  text: string,
  dataset: Dataset,
  date: string | null,
  known: readonly PersonMention[],
  excluded: readonly Range[],
) {
  const taken = new Set(dataset.people.map((p) => p.id));
  const proposals: ProposedPerson[] = [];
  const mentions: PersonMention[] = [];
  const warnings: string[] = [];
  for (const t of titledNames(text, dataset)) {
    if (inRanges(t.at, excluded) || known.some((m) => m.at < t.end && t.at < m.end)) continue;
    const existing = proposals.find((p) => p.person.name === t.name);
    const proposal = existing ?? proposePerson(t, date, taken);
    if (!proposal) {
      warnings.push(
        `"${t.name}" (${t.title}) is not in the dataset and the article gives no country.`,
      );
      continue;
    }
    if (!existing) proposals.push(proposal);
    mentions.push({
      personId: proposal.person.id,
      at: t.at,
      end: t.end,
      quote: t.quote,
      confidence: 'medium',
      note: 'A new person, proposed from the title.',
    });
  }
  return { proposals, mentions, warnings };
}

/** Reads the article once for the builders. */
export function readContext(
  article: ArticleText,
  dataset: Dataset,
  published: string | undefined,
): ArticleContext {
  const { text, sentences, tokens } = article;
  const warnings = [...article.warnings];
  const dates = readDates(text, published);
  const date = articleDate(dates)?.date ?? dates.published;
  const authors = bylines(text);
  const sentenceStarts = new Set(sentences.map((s) => s.tokens[0]?.start ?? -1));
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const found = findPeople(text, tokens, dataset, date, sentenceStarts);
  const titled = titleOnlyPeople(text, dataset, date).filter(
    (t) => !found.mentions.some((m) => m.at >= t.at && m.at < t.end),
  );
  const notAuthor = [...found.mentions, ...titled].filter((m) => !inRanges(m.at, authors));
  const { kept, skipped, ranges } = skipCommemorated(text, notAuthor, people);
  for (const other of found.others) {
    if (inRanges(other.at, ranges) || skipped.some((s) => s.name === other.name)) continue;
    warnings.push(
      `"${other.name}" is not in the dataset (the name resembles ${other.resembles}, a different person).`,
    );
  }
  const proposed = proposeFromTitles(text, dataset, date, kept, [...authors, ...ranges]);
  for (const p of proposed.proposals) people.set(p.person.id, p.person);
  warnings.push(...proposed.warnings);
  const mentions = [...kept, ...proposed.mentions].sort((a, b) => a.at - b.at);
  const allNames = [...people.values()].flatMap((p) => [p.name, ...p.aliases]);
  warnings.push(
    ...extraNames(text, [
      ...allNames,
      ...authors.map((a) => a.name),
      ...skipped.map((s) => s.name),
    ]),
  );
  return {
    article,
    dataset,
    people,
    dates,
    mentions,
    newPeople: proposed.proposals,
    skipped: [...authors.map(({ name, reason, quote }) => ({ name, reason, quote })), ...skipped],
    places: readPlaces(text, tokens, dataset, datelineOf(text)),
    sectors: findSectors(text, tokens, dataset),
    warnings,
  };
}

/** Topics for the whole article, without the names of people and places. */
export function articleTopics(ctx: ArticleContext, text: string) {
  const names = [
    ...[...ctx.people.values()].flatMap((p) => [p.name, ...p.aliases]),
    ...ctx.skipped.map((s) => s.name),
    ...ctx.dataset.meta.countries.map((c) => c.name),
    ...(ctx.dataset.places ?? []).map((p) => p.city),
  ];
  return findTopics(text, names);
}
