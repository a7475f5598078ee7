/**
 * The kept decks: several named decks and the one open in the deck panel, saved to
 * localStorage on every change (a reload or a closed tab loses nothing). What storage holds
 * is read with the deck codec's checks: a corrupt or foreign value starts empty, with a
 * notice, never a blank page.
 */
import { create } from 'zustand';
import { addSlide, emptyDeck, nextId, type Deck, type NewSlide } from '../model/deck';
import { packDeck, unpackDeck } from './deck-pack';

export const DECK_STORAGE_KEY = 'bilateral-decks';
const MAX_DECKS = 50;

export interface DeckState {
  decks: Deck[];
  /** The id of the deck the panel shows and new slides go to. */
  currentId: string | null;
  /** A message for the deck panel (storage unreadable, a link imported…); null when none. */
  notice: string | null;
  /** The deck new slides go to, made when there is none. */
  current: () => Deck | null;
  addSlide: (slide: NewSlide) => void;
  /** Applies a slide operation (move, edit…) to the current deck. */
  update: (change: (deck: Deck) => Deck) => void;
  createDeck: (name?: string) => void;
  selectDeck: (id: string) => void;
  deleteDeck: (id: string) => void;
  /** Adds a deck (from a link) to the kept ones and opens it. */
  importDeck: (deck: Omit<Deck, 'id'>, notice: string) => void;
  setNotice: (notice: string | null) => void;
}

interface Stored {
  decks: Deck[];
  currentId: string | null;
  notice: string | null;
}

function load(): Stored {
  const empty: Stored = { decks: [], currentId: null, notice: null };
  let text: string | null;
  try {
    text = typeof window === 'undefined' ? null : window.localStorage.getItem(DECK_STORAGE_KEY);
  } catch {
    return empty;
  }
  if (text === null) return empty;
  const unreadable = {
    ...empty,
    notice: 'The decks kept in this browser could not be read; starting with none.',
  };
  try {
    const raw = JSON.parse(text) as { decks?: unknown; current?: unknown };
    if (!Array.isArray(raw.decks)) return unreadable;
    const decks: Deck[] = [];
    for (const item of raw.decks.slice(0, MAX_DECKS)) {
      const deck = unpackDeck(
        item,
        nextId(
          'd',
          decks.map((d) => d.id),
        ),
      );
      if (deck) decks.push(deck);
    }
    const at = typeof raw.current === 'number' ? raw.current : 0;
    return { decks, currentId: (decks[at] ?? decks[0])?.id ?? null, notice: null };
  } catch {
    return unreadable;
  }
}

function save(state: Stored): void {
  try {
    const current = state.decks.findIndex((d) => d.id === state.currentId);
    window.localStorage.setItem(
      DECK_STORAGE_KEY,
      JSON.stringify({ v: 1, current: Math.max(0, current), decks: state.decks.map(packDeck) }),
    );
  } catch {
    // Storage full or blocked: the decks last for this page only.
  }
}

export const useDeckStore = create<DeckState>()((set, get) => {
  /** Replaces the current deck (made first when there is none) by `change` of it. */
  const change = (fn: (deck: Deck) => Deck) =>
    set((s) => {
      let decks = s.decks;
      let current = decks.find((d) => d.id === s.currentId);
      if (!current) {
        current = emptyDeck(
          nextId(
            'd',
            decks.map((d) => d.id),
          ),
        );
        decks = [...decks, current];
      }
      const next = fn(current);
      return { decks: decks.map((d) => (d === current ? next : d)), currentId: next.id };
    });
  return {
    ...load(),
    current: () => {
      const s = get();
      return s.decks.find((d) => d.id === s.currentId) ?? null;
    },
    addSlide: (slide) => change((d) => addSlide(d, slide)),
    update: (fn) => change(fn),
    createDeck: (name) =>
      set((s) => {
        if (s.decks.length >= MAX_DECKS) return s;
        const deck = emptyDeck(
          nextId(
            'd',
            s.decks.map((d) => d.id),
          ),
          name ?? `Deck ${s.decks.length + 1}`,
        );
        return { decks: [...s.decks, deck], currentId: deck.id };
      }),
    selectDeck: (id) => set((s) => (s.decks.some((d) => d.id === id) ? { currentId: id } : s)),
    deleteDeck: (id) =>
      set((s) => {
        const decks = s.decks.filter((d) => d.id !== id);
        const currentId = s.currentId === id ? (decks[0]?.id ?? null) : s.currentId;
        return { decks, currentId };
      }),
    importDeck: (deck, notice) =>
      set((s) => {
        const id = nextId(
          'd',
          s.decks.map((d) => d.id),
        );
        const decks = [...s.decks, { ...deck, id }].slice(-MAX_DECKS);
        return { decks, currentId: id, notice };
      }),
    setNotice: (notice) => set({ notice }),
  };
});

useDeckStore.subscribe((state, prev) => {
  if (state.decks !== prev.decks || state.currentId !== prev.currentId) save(state);
});

/** For tests: no decks, nothing kept. */
export function resetDeckStore(): void {
  try {
    window.localStorage.removeItem(DECK_STORAGE_KEY);
  } catch {
    // ignore
  }
  useDeckStore.setState({ decks: [], currentId: null, notice: null });
}

/** For tests: reads storage again, as a reload would. */
export function reloadDeckStore(): void {
  useDeckStore.setState(load());
}
