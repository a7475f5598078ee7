import { useEffect } from 'react';
import type { DatasetIndex } from '../../model/dataset-index';
import { droppedNotice, validateDeck } from '../../model/deck-validate';
import { plural } from '../../lib/plural';
import { useDeckStore } from '../../state/deck-store';
import { deckInHash } from '../../state/deck-link-hash';
import { dropHash } from '../../state/url-history';

/**
 * Opens a deck link (`#deck=v1.…`): the deck joins the kept ones, checked against this
 * dataset (what it lacks is dropped and said), and `onOpened` opens the panel on it. The
 * fragment is then taken off the address, so a reload does not import it twice.
 */
export function useDeckLink(
  index: DatasetIndex,
  views: readonly { id: string }[],
  onOpened: () => void,
): void {
  useEffect(() => {
    const read = () => {
      const value = deckInHash(window.location.hash);
      if (value === null) return;
      void import('../../state/deck-url').then(({ decodeDeck }) => {
        dropHash();
        const decoded = decodeDeck(value, 'link');
        const store = useDeckStore.getState();
        if (!decoded.ok) {
          store.setNotice(decoded.reason);
        } else {
          const known = new Set(views.map((v) => v.id));
          const { deck, dropped } = validateDeck(decoded.deck, index, known);
          const opened = `Opened “${deck.name}” from a link: ${plural(deck.slides.length, 'slide')}.`;
          store.importDeck(
            deck,
            [opened, droppedNotice(deck.name, dropped)].filter(Boolean).join(' '),
          );
        }
        onOpened();
      });
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [index, views, onOpened]);
}
