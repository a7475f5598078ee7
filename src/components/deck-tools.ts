import type { Deck, Slide } from '../model/deck';

/** A view a deck slide may show: its registry id and title. */
export interface DeckView {
  id: string;
  title: string;
}

export type DeckFormat = 'pptx' | 'pdf' | 'zip';

/**
 * What the deck panel needs from the rest of the app, handed down by the app layer: the views
 * (from the view registry) and the drawing and export code (from the export feature, loaded
 * when first used), so the deck feature imports no other feature.
 */
export interface DeckTools {
  /** The views a slide may show, in registry order. */
  views: readonly DeckView[];
  /** The slide as its exports draw it: a 1920×1080 SVG, from its own filters and options. */
  slideSvg: (slide: Slide, number: string) => Promise<string>;
  /** The deck as a file, with progress messages ("Rendering slide 2 of 3…"). */
  exportDeck: (
    format: DeckFormat,
    deck: Deck,
    onProgress: (message: string) => void,
  ) => Promise<{ blob: Blob; fileName: string }>;
  download: (blob: Blob, fileName: string) => void;
}
