/**
 * `draftFromArticle`: an article's text → draft engagements in the dataset's format, each
 * field with the article's words it rests on and a confidence (draft-types.ts). It never
 * invents: a field it cannot settle stays empty and is marked for the curator. Pure, bounded
 * on any input, and it never throws.
 */
import type { Dataset } from '../data/schema';
import {
  buildEngagement,
  notTravelling,
  orderedIds,
  surname,
  uniqueIds,
  type Shared,
} from './draft-build';
import { readContext } from './draft-context';
import { segmentArticle } from './draft-segment';
import { buildSource } from './draft-source';
import { hasWords, readArticle } from './draft-text';
import type { DraftEngagement, DraftOptions, DraftResult } from './draft-types';

function draftUnsafe(text: string, dataset: Dataset, options: DraftOptions): DraftResult {
  if (typeof text !== 'string' || text.trim() === '')
    return { ok: false, problem: 'The article is empty: paste its text.' };
  const article = readArticle(text);
  if (!hasWords(article.text))
    return { ok: false, problem: 'The text has no words to read: is it an article?' };
  const ctx = readContext(article, dataset, options.published);
  const { segments, loose } = segmentArticle(
    article.sentences,
    article.text,
    ctx.dates,
    ctx.mentions,
  );
  if (segments.length === 0) {
    return {
      ok: false,
      problem:
        'Nothing in the text reads as an engagement: no date, no known person, no meeting word.',
    };
  }
  const shared: Shared = { main: segments[0]!, loose, notTravelling: notTravelling(segments) };
  const warnings = [...ctx.warnings];
  const engagements: DraftEngagement[] = [];
  for (const segment of segments) {
    const built = buildEngagement(ctx, segment, shared);
    engagements.push(built.draft);
    warnings.push(...built.warnings);
  }
  const first = engagements[0]!.event;
  const names = orderedIds(first.participants, first.guestCountry).map((id) => surname(ctx, id));
  const source = buildSource(article.text, ctx.dates.published, names.slice(0, 2));
  for (const d of engagements) d.event.sourceIds = [source.id];
  uniqueIds(engagements);
  if (!source.publisher)
    warnings.push('No publisher found ("Trend reports", "By Azernews"): fill in the source.');
  return {
    ok: true,
    engagements,
    newPeople: ctx.newPeople,
    skipped: ctx.skipped,
    source,
    warnings,
  };
}

/** Drafts the engagements an article reports. Never throws. */
export function draftFromArticle(
  text: string,
  dataset: Dataset,
  options: DraftOptions = {},
): DraftResult {
  try {
    return draftUnsafe(text, dataset, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `The draft failed on this text (${reason.slice(0, 200)}).` };
  }
}
