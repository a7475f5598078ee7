import { useId, useState } from 'react';
import { copyText } from '../../lib/clipboard';
import type { DeckFormat, DeckTools } from '../../components/deck-tools';
import type { Deck } from '../../model/deck';
import { deckLink } from '../../state/deck-url';

const FORMATS: readonly { format: DeckFormat; label: string; what: string }[] = [
  { format: 'pptx', label: 'PowerPoint', what: 'a PowerPoint file (.pptx)' },
  { format: 'pdf', label: 'PDF', what: 'a PDF, one page per slide' },
  { format: 'zip', label: 'PNGs (ZIP)', what: 'a ZIP of 3840×2160 PNG images' },
];

/** The deck's link, written into a box to copy (and put on the clipboard where allowed). */
function ShareLink({ deck }: { deck: Deck }) {
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const boxId = useId();
  const share = async () => {
    const url = deckLink(deck, `${window.location.origin}${window.location.pathname}`);
    setLink(url);
    setStatus((await copyText(url)) ? 'Link copied' : 'Select the link and copy it');
  };
  return (
    <div className="deck-field">
      <div className="deck-row">
        <button type="button" className="btn" onClick={() => void share()}>
          Copy share link
        </button>
        <span className="deck-status" role="status">
          {status}
        </span>
      </div>
      {link ? (
        <>
          <label htmlFor={boxId}>Link to this deck</label>
          <input
            id={boxId}
            className="deck-link"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
        </>
      ) : null}
    </div>
  );
}

/** Share, present and export the deck; the export's progress and errors are announced. */
export function DeckActions({
  deck,
  tools,
  onPresent,
}: {
  deck: Deck;
  tools: DeckTools;
  onPresent: (deck: Deck) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState('');
  const empty = deck.slides.length === 0;
  const run = async (format: DeckFormat, label: string) => {
    setBusy(true);
    try {
      const { blob, fileName } = await tools.exportDeck(format, deck, setProgress);
      tools.download(blob, fileName);
      setProgress(`${label} ready: ${fileName}`);
    } catch (error) {
      setProgress(`${label} export failed${error instanceof Error ? `: ${error.message}` : ''}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ShareLink deck={deck} />
      <div className="deck-row" role="group" aria-label="Present and export">
        <button
          type="button"
          className="btn btn-primary"
          disabled={empty}
          onClick={() => onPresent(deck)}
        >
          Present deck
        </button>
        {FORMATS.map(({ format, label, what }) => (
          <button
            key={format}
            type="button"
            className="btn"
            disabled={empty || busy}
            title={`Download the deck as ${what}`}
            onClick={() => void run(format, label)}
          >
            Export {label}
          </button>
        ))}
      </div>
      <p className="deck-status" role="status" aria-live="polite">
        {progress}
      </p>
    </>
  );
}
