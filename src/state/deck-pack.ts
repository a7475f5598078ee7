/**
 * Decks in a compact, plain-JSON form, for the address bar (deck-url.ts) and the browser's
 * storage (deck-store.ts): a slide is a tuple, its filters the app URL's own query string.
 * Reading never throws and trusts nothing: anything it cannot read is dropped.
 */
import {
  cleanText,
  DEFAULT_DECK_NAME,
  MAX_CAPTION,
  MAX_DECK_NAME,
  MAX_SLIDES,
  MAX_TITLE,
  nextId,
  type Deck,
  type Slide,
} from '../model/deck';
import { emptyUrlState, formatAppUrl, parseAppUrl } from './app-url';

/** [viewId, filter query, title, caption, split ('d' | 'l'), contacts shown (1 | 0)] */
export type PackedSlide = [string, string, string, string, string, number];
export interface PackedDeck {
  /** The deck's name. */
  n: string;
  s: PackedSlide[];
}

const VIEW_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_QUERY = 4000;

export function packDeck(deck: Deck): PackedDeck {
  return {
    n: deck.name,
    s: deck.slides.map((s) => [
      s.viewId,
      formatAppUrl({ ...emptyUrlState(), filters: s.filters }),
      s.title,
      s.caption,
      s.options.visitMode === 'level' ? 'l' : 'd',
      s.options.showContacts ? 1 : 0,
    ]),
  };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function unpackSlide(raw: unknown, id: string): Slide | null {
  if (!Array.isArray(raw)) return null;
  const [viewId, query, title, caption, mode, contacts] = raw as unknown[];
  if (typeof viewId !== 'string' || !VIEW_RE.test(viewId)) return null;
  return {
    id,
    viewId,
    filters: parseAppUrl(str(query).slice(0, MAX_QUERY)).filters,
    title: cleanText(str(title), MAX_TITLE),
    caption: cleanText(str(caption), MAX_CAPTION),
    options: { visitMode: mode === 'l' ? 'level' : 'direction', showContacts: contacts !== 0 },
  };
}

/** A deck from what `packDeck` wrote (or anything else: null when nothing is readable). */
export function unpackDeck(raw: unknown, id: string): Deck | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { n, s } = raw as { n?: unknown; s?: unknown };
  if (!Array.isArray(s)) return null;
  const slides: Slide[] = [];
  for (const item of s.slice(0, MAX_SLIDES)) {
    const slide = unpackSlide(
      item,
      nextId(
        's',
        slides.map((x) => x.id),
      ),
    );
    if (slide) slides.push(slide);
  }
  return { id, name: cleanText(str(n), MAX_DECK_NAME) || DEFAULT_DECK_NAME, slides };
}
