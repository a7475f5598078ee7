import { useId, useRef, useState } from 'react';
import type { DeckTools } from '../../components/deck-tools';
import { useModal } from '../../components/use-modal';
import type { DatasetIndex } from '../../model/dataset-index';
import { defaultSlideText, MAX_DECK_NAME, renameDeck, type Deck } from '../../model/deck';
import type { Filters } from '../../model/filters';
import { useDeckStore } from '../../state/deck-store';
import { DeckActions } from './DeckActions';
import { DeckSlideList } from './DeckSlideList';
import './deck.css';

export interface DeckPanelProps {
  index: DatasetIndex;
  /** The dashboard's filters: a view added from the panel takes them. */
  filters: Filters;
  tools: DeckTools;
  onClose: () => void;
  onPresent: (deck: Deck) => void;
}

/** Switch, create, name and delete decks. */
function DeckPicker({ deck }: { deck: Deck | null }) {
  const decks = useDeckStore((s) => s.decks);
  const { selectDeck, createDeck, deleteDeck, update } = useDeckStore.getState();
  const pickId = useId();
  const nameId = useId();
  return (
    <div className="deck-row">
      {decks.length > 1 ? (
        <div className="deck-field">
          <label htmlFor={pickId}>Deck</label>
          <select id={pickId} value={deck?.id ?? ''} onChange={(e) => selectDeck(e.target.value)}>
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name} ({d.slides.length})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {deck ? (
        <div className="deck-field">
          <label htmlFor={nameId}>Deck name</label>
          <input
            id={nameId}
            value={deck.name}
            maxLength={MAX_DECK_NAME}
            onChange={(e) => update((d) => ({ ...d, name: e.target.value }))}
            onBlur={(e) => update((d) => renameDeck(d, e.target.value))}
          />
        </div>
      ) : null}
      <button type="button" className="btn" onClick={() => createDeck()}>
        New deck
      </button>
      {deck ? (
        <button type="button" className="btn" onClick={() => deleteDeck(deck.id)}>
          Delete deck
        </button>
      ) : null}
    </div>
  );
}

/** Adds any view (the timeline too, which has no panel) with the dashboard's filters. */
function AddView({ index, filters, tools }: Pick<DeckPanelProps, 'index' | 'filters' | 'tools'>) {
  const [viewId, setViewId] = useState(tools.views[0]?.id ?? '');
  const selectId = useId();
  const add = () => {
    const view = tools.views.find((v) => v.id === viewId);
    if (!view) return;
    useDeckStore
      .getState()
      .addSlide({ viewId, filters, ...defaultSlideText(view.title, filters, index) });
  };
  return (
    <div className="deck-row">
      <div className="deck-field">
        <label htmlFor={selectId}>Add a view with the current filters</label>
        <select id={selectId} value={viewId} onChange={(e) => setViewId(e.target.value)}>
          {tools.views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.title}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="btn" onClick={add}>
        Add slide
      </button>
    </div>
  );
}

/** The deck panel: the current deck's slides, its name, the other decks, share and export. */
export function DeckPanel(props: DeckPanelProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const deck = useDeckStore((s) => s.decks.find((d) => d.id === s.currentId) ?? null);
  const notice = useDeckStore((s) => s.notice);
  useModal(ref);
  return (
    <dialog
      ref={ref}
      className="deck-panel"
      aria-labelledby={headingId}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <div className="deck-panel-inner">
        <div className="deck-row" style={{ justifyContent: 'space-between' }}>
          <h2 id={headingId}>Slide deck{deck ? `: ${deck.name}` : ''}</h2>
          <button type="button" className="btn" onClick={props.onClose}>
            Close
          </button>
        </div>
        {notice ? (
          <p className="deck-notice" role="status">
            {notice}{' '}
            <button
              type="button"
              className="btn-link"
              onClick={() => useDeckStore.getState().setNotice(null)}
            >
              Dismiss
            </button>
          </p>
        ) : null}
        <DeckPicker deck={deck} />
        <DeckSlideList deck={deck} tools={props.tools} />
        <AddView index={props.index} filters={props.filters} tools={props.tools} />
        {deck ? <DeckActions deck={deck} tools={props.tools} onPresent={props.onPresent} /> : null}
      </div>
    </dialog>
  );
}
