import { useEffect, useId, useState } from 'react';
import type { DeckTools } from '../../components/deck-tools';
import {
  deleteSlide,
  duplicateSlide,
  editSlide,
  MAX_CAPTION,
  MAX_TITLE,
  moveSlide,
  moveSlideTo,
  type Deck,
  type Slide,
} from '../../model/deck';
import { useDeckStore } from '../../state/deck-store';

/** The slide as its exports draw it, small; drawn when the slide changes. */
function SlidePreview({
  slide,
  number,
  tools,
}: {
  slide: Slide;
  number: string;
  tools: DeckTools;
}) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let made: string | null = null;
    tools
      .slideSvg(slide, number)
      .then((svg) => {
        if (!live) return;
        made = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
        setUrl(made);
      })
      .catch(() => setUrl(null));
    return () => {
      live = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [slide, number, tools]);
  return url ? (
    <img className="deck-preview" src={url} alt="" />
  ) : (
    <div className="deck-preview" aria-hidden="true" />
  );
}

interface ItemProps {
  slide: Slide;
  at: number;
  count: number;
  viewTitle: string;
  tools: DeckTools;
  drag: DragState;
}

interface DragState {
  from: number | null;
  over: number | null;
  start: (at: number) => void;
  enter: (at: number) => void;
  drop: (at: number) => void;
  end: () => void;
}

function SlideTools({ slide, at, count }: Pick<ItemProps, 'slide' | 'at' | 'count'>) {
  const update = useDeckStore((s) => s.update);
  const name = `slide ${at + 1}`;
  return (
    <div className="deck-slide-tools" role="group" aria-label={`Slide ${at + 1} actions`}>
      <button
        type="button"
        className="btn"
        aria-label={`Move ${name} up`}
        disabled={at === 0}
        onClick={() => update((d) => moveSlide(d, slide.id, -1))}
      >
        ↑ Up
      </button>
      <button
        type="button"
        className="btn"
        aria-label={`Move ${name} down`}
        disabled={at === count - 1}
        onClick={() => update((d) => moveSlide(d, slide.id, 1))}
      >
        ↓ Down
      </button>
      <button
        type="button"
        className="btn"
        aria-label={`Duplicate ${name}`}
        onClick={() => update((d) => duplicateSlide(d, slide.id))}
      >
        Duplicate
      </button>
      <button
        type="button"
        className="btn"
        aria-label={`Delete ${name}`}
        onClick={() => update((d) => deleteSlide(d, slide.id))}
      >
        Delete
      </button>
    </div>
  );
}

function SlideItem({ slide, at, count, viewTitle, tools, drag }: ItemProps) {
  const update = useDeckStore((s) => s.update);
  const titleId = useId();
  const captionId = useId();
  const number = `${at + 1} / ${count}`;
  return (
    <li
      className="deck-slide"
      aria-label={`Slide ${number}: ${slide.title}`}
      draggable
      data-dragging={drag.from === at}
      data-drop={drag.over === at && drag.from !== null && drag.from !== at}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', String(at));
        drag.start(at);
      }}
      onDragEnter={() => drag.enter(at)}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        drag.drop(at);
      }}
      onDragEnd={drag.end}
    >
      <SlidePreview slide={slide} number={number} tools={tools} />
      <div className="deck-slide-body">
        <p className="deck-slide-head">
          <span className="deck-handle" aria-hidden="true" title="Drag to reorder">
            ⠿
          </span>
          <span>
            {number} · {viewTitle}
          </span>
        </p>
        <div className="deck-field">
          <label htmlFor={titleId}>Title</label>
          <input
            id={titleId}
            value={slide.title}
            maxLength={MAX_TITLE}
            onChange={(e) => update((d) => editSlide(d, slide.id, { title: e.target.value }))}
          />
        </div>
        <div className="deck-field">
          <label htmlFor={captionId}>Caption</label>
          <textarea
            id={captionId}
            rows={2}
            value={slide.caption}
            maxLength={MAX_CAPTION}
            onChange={(e) => update((d) => editSlide(d, slide.id, { caption: e.target.value }))}
          />
        </div>
        <SlideTools slide={slide} at={at} count={count} />
      </div>
    </li>
  );
}

function useDrag(): DragState {
  const update = useDeckStore((s) => s.update);
  const [from, setFrom] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const end = () => {
    setFrom(null);
    setOver(null);
  };
  return {
    from,
    over,
    start: setFrom,
    enter: setOver,
    drop: (to) => {
      if (from !== null) update((d) => moveSlideTo(d, from, to));
      end();
    },
    end,
  };
}

/** The deck's slides: previews, titles and captions to edit, and reordering by drag or button. */
export function DeckSlideList({ deck, tools }: { deck: Deck | null; tools: DeckTools }) {
  const drag = useDrag();
  if (!deck || deck.slides.length === 0) {
    return (
      <p className="deck-empty">
        No slides yet. Use “Add to deck” on a chart, or add a view below.
      </p>
    );
  }
  const titleOf = (id: string) => tools.views.find((v) => v.id === id)?.title ?? id;
  return (
    <ol className="deck-slides" aria-label={`Slides of ${deck.name}`}>
      {deck.slides.map((slide, at) => (
        <SlideItem
          key={slide.id}
          slide={slide}
          at={at}
          count={deck.slides.length}
          viewTitle={titleOf(slide.viewId)}
          tools={tools}
          drag={drag}
        />
      ))}
    </ol>
  );
}
