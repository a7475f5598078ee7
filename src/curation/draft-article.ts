import type { Dataset } from '../data/schema';
import type { DraftOptions, DraftResult } from './draft-types';

/** Placeholder until the drafting engine lands: it never invents, so it drafts nothing. */
export function draftFromArticle(
  text: string,
  dataset: Dataset,
  options: DraftOptions = {},
): DraftResult {
  void dataset;
  void options;
  if (text.trim() === '') return { ok: false, problem: 'The article is empty: paste its text.' };
  return { ok: false, problem: 'Drafting from an article is not available yet.' };
}
