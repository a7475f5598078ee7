/**
 * A deck checked against the dataset it is shown with: a shared link or a kept deck may name
 * views or ids (sectors, people…) this dataset lacks. Those parts are dropped and listed, so
 * the deck opens with a notice rather than failing or drawing empty charts silently.
 */
import type { Deck } from './deck';
import type { DatasetIndex } from './dataset-index';
import { sanitizeFilters } from './describe';
import { LIST_DIMENSIONS } from './filter-dimensions';

export interface CheckedDeck {
  deck: Deck;
  /** What was dropped, in words, e.g. `a slide of an unknown view “map”`, `Sector “mining”`. */
  dropped: string[];
}

export function validateDeck(
  deck: Deck,
  index: DatasetIndex,
  knownViews: ReadonlySet<string>,
): CheckedDeck {
  const dropped: string[] = [];
  const slides = [];
  for (const slide of deck.slides) {
    if (!knownViews.has(slide.viewId)) {
      dropped.push(`the slide “${slide.title}” (unknown view “${slide.viewId}”)`);
      continue;
    }
    const filters = sanitizeFilters(slide.filters, index);
    for (const d of LIST_DIMENSIONS) {
      for (const v of slide.filters[d.key]) {
        if (!filters[d.key].includes(v)) {
          const word = `${d.one.toLowerCase()} “${v}”`;
          if (!dropped.includes(word)) dropped.push(word);
        }
      }
    }
    slides.push({ ...slide, filters });
  }
  const changed = dropped.length > 0;
  return { deck: changed ? { ...deck, slides } : deck, dropped };
}

/** The notice for what `validateDeck` dropped, or null when nothing was. */
export function droppedNotice(deckName: string, dropped: readonly string[]): string | null {
  if (dropped.length === 0) return null;
  return `“${deckName}” names what this dataset lacks; left out: ${dropped.join(', ')}.`;
}
