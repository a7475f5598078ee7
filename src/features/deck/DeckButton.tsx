import { lazy, Suspense, useCallback, useRef, useState, useSyncExternalStore } from 'react';
import type { DeckTools } from '../../components/deck-tools';
import type { DatasetIndex } from '../../model/dataset-index';
import type { Deck } from '../../model/deck';
import type { Filters } from '../../model/filters';
import { plural } from '../../lib/plural';
import { useDeckStore } from '../../state/deck-store';
import { useDeckLink } from './use-deck-link';
import './deck.css';

// Opened by few visitors: its code (and the previews') loads when first asked for.
const DeckPanel = lazy(() => import('./DeckPanel').then((m) => ({ default: m.DeckPanel })));

export interface DeckButtonProps {
  index: DatasetIndex;
  filters: Filters;
  tools: DeckTools;
  onPresent: (deck: Deck) => void;
}

const subscribe = (change: () => void) => useDeckStore.subscribe(change);
const currentCount = () => {
  const s = useDeckStore.getState();
  return s.decks.find((d) => d.id === s.currentId)?.slides.length ?? 0;
};

/**
 * The header's "Deck" button, with the current deck's slide count, opening the deck panel.
 * The baked page shows no count (the server has no decks); the browser's follows hydration.
 */
export function DeckButton({ index, filters, tools, onPresent }: DeckButtonProps) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  const count = useSyncExternalStore(subscribe, currentCount, () => 0);
  const openPanel = useCallback(() => setOpen(true), []);
  useDeckLink(index, tools.views, openPanel);
  const close = () => {
    setOpen(false);
    // Once the modal panel is gone: while it is open the rest of the page takes no focus.
    setTimeout(() => ref.current?.focus(), 0);
  };
  return (
    <>
      <button
        ref={ref}
        type="button"
        className="btn deck-button"
        aria-haspopup="dialog"
        aria-label={`Deck, ${plural(count, 'slide')}`}
        title="Open the slide deck: reorder, caption, present and export your slides"
        onClick={openPanel}
      >
        Deck
        {count > 0 ? (
          <span className="deck-count" aria-hidden="true">
            {count}
          </span>
        ) : null}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <DeckPanel
            index={index}
            filters={filters}
            tools={tools}
            onClose={close}
            onPresent={(deck) => {
              setOpen(false);
              onPresent(deck);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
