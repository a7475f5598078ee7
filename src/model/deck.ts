/**
 * Slide decks: named, ordered lists of views, each with its own options and filters, kept in
 * the browser and shared by link. Every operation returns a new deck and leaves its argument
 * as it was, so the store can keep history-free snapshots and React can compare by identity.
 */
import type { DatasetIndex } from './dataset-index';
import { describeFilters } from './describe';
import { LIST_DIMENSIONS } from './filter-dimensions';
import { emptyFilters, type Filters } from './filters';
import type { VisitMode } from './visits-view';

/** What a view showed beyond the filters when its slide was captured. */
export interface SlideOptions {
  /** Visit frequency: how trips are split. */
  visitMode: VisitMode;
  /** Visit frequency: whether contacts without travel are drawn. */
  showContacts: boolean;
}

export interface Slide {
  id: string;
  /** The registry id of the view it shows (`visit-frequency`, `timeline`…). */
  viewId: string;
  options: SlideOptions;
  filters: Filters;
  title: string;
  caption: string;
}

export interface Deck {
  id: string;
  name: string;
  slides: Slide[];
}

export const MAX_SLIDES = 60;
export const MAX_TITLE = 200;
export const MAX_CAPTION = 600;
export const MAX_DECK_NAME = 120;
export const DEFAULT_DECK_NAME = 'My deck';

export function defaultSlideOptions(): SlideOptions {
  return { visitMode: 'direction', showContacts: true };
}

/** The first `${prefix}N` (N = 1, 2…) not among `taken`. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export function emptyDeck(id: string, name = DEFAULT_DECK_NAME): Deck {
  return { id, name: cleanText(name, MAX_DECK_NAME) || DEFAULT_DECK_NAME, slides: [] };
}

// Control characters have no place in a one-line title or caption.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f]/g;

/** A title, caption or name as kept: one line, trimmed, at most `max` characters. */
export function cleanText(text: string, max: number): string {
  return text.replace(CONTROLS, ' ').trim().slice(0, max);
}

/** As typed: one line, at most `max` characters, spaces kept (the next key may follow one). */
function typedText(text: string, max: number): string {
  return text.replace(CONTROLS, ' ').slice(0, max);
}

/** A slide's default words: the view's title, and the filters in words. */
export function defaultSlideText(
  viewTitle: string,
  filters: Filters,
  index: DatasetIndex,
): { title: string; caption: string } {
  return { title: viewTitle, caption: describeFilters(filters, index) };
}

export interface NewSlide {
  viewId: string;
  options?: Partial<SlideOptions>;
  filters: Filters;
  title: string;
  caption: string;
}

/** The deck with a new slide at the end (a full deck stays as it is). */
export function addSlide(deck: Deck, slide: NewSlide): Deck {
  if (deck.slides.length >= MAX_SLIDES) return deck;
  const made: Slide = {
    id: nextId(
      's',
      deck.slides.map((s) => s.id),
    ),
    viewId: slide.viewId,
    options: { ...defaultSlideOptions(), ...slide.options },
    filters: { ...emptyFilters(), ...slide.filters },
    title: cleanText(slide.title, MAX_TITLE),
    caption: cleanText(slide.caption, MAX_CAPTION),
  };
  return { ...deck, slides: [...deck.slides, made] };
}

/** The deck with the slide at `from` moved to position `to` (clamped); a drag's drop. */
export function moveSlideTo(deck: Deck, from: number, to: number): Deck {
  const n = deck.slides.length;
  if (from < 0 || from >= n) return deck;
  const target = Math.max(0, Math.min(n - 1, to));
  if (target === from) return deck;
  const slides = [...deck.slides];
  const [moved] = slides.splice(from, 1);
  slides.splice(target, 0, moved!);
  return { ...deck, slides };
}

/** The deck with one slide moved one place up (-1) or down (+1). */
export function moveSlide(deck: Deck, slideId: string, by: -1 | 1): Deck {
  const at = deck.slides.findIndex((s) => s.id === slideId);
  return at < 0 ? deck : moveSlideTo(deck, at, at + by);
}

/** The deck with a copy of one slide right after it. */
export function duplicateSlide(deck: Deck, slideId: string): Deck {
  const at = deck.slides.findIndex((s) => s.id === slideId);
  if (at < 0 || deck.slides.length >= MAX_SLIDES) return deck;
  const original = deck.slides[at]!;
  const copy: Slide = {
    ...original,
    id: nextId(
      's',
      deck.slides.map((s) => s.id),
    ),
    options: { ...original.options },
    filters: structuredCloneFilters(original.filters),
  };
  const slides = [...deck.slides];
  slides.splice(at + 1, 0, copy);
  return { ...deck, slides };
}

export function deleteSlide(deck: Deck, slideId: string): Deck {
  const slides = deck.slides.filter((s) => s.id !== slideId);
  return slides.length === deck.slides.length ? deck : { ...deck, slides };
}

/** The deck with a slide's title and/or caption changed, as the user types them. */
export function editSlide(
  deck: Deck,
  slideId: string,
  edit: { title?: string; caption?: string },
): Deck {
  return {
    ...deck,
    slides: deck.slides.map((s) =>
      s.id !== slideId
        ? s
        : {
            ...s,
            ...(edit.title === undefined ? {} : { title: typedText(edit.title, MAX_TITLE) }),
            ...(edit.caption === undefined
              ? {}
              : { caption: typedText(edit.caption, MAX_CAPTION) }),
          },
    ),
  };
}

export function renameDeck(deck: Deck, name: string): Deck {
  return { ...deck, name: cleanText(name, MAX_DECK_NAME) || DEFAULT_DECK_NAME };
}

function structuredCloneFilters(f: Filters): Filters {
  const out = { ...f };
  for (const d of LIST_DIMENSIONS) out[d.key] = [...f[d.key]];
  return out;
}
