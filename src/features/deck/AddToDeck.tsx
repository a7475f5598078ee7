import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { DatasetIndex } from '../../model/dataset-index';
import { defaultSlideText, MAX_CAPTION, MAX_TITLE, type SlideOptions } from '../../model/deck';
import type { Filters } from '../../model/filters';
import { useDeckStore } from '../../state/deck-store';
import { plural } from '../../lib/plural';
import '../../components/status-toast.css';
import './deck.css';

export interface AddToDeckProps {
  /** The registry id of the view. */
  viewId: string;
  /** The view's title: the slide's default title. */
  title: string;
  index: DatasetIndex;
  filters: Filters;
  options?: Partial<SlideOptions>;
}

interface SlideFormProps extends AddToDeckProps {
  onDone: (message: string | null) => void;
}

/** The slide's title and caption, filled with their defaults, and Add. */
function SlideForm({ viewId, title, index, filters, options, onDone }: SlideFormProps) {
  const initial = defaultSlideText(title, filters, index);
  const [slideTitle, setTitle] = useState(initial.title);
  const [caption, setCaption] = useState(initial.caption);
  const titleId = useId();
  const captionId = useId();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const store = useDeckStore.getState();
    store.addSlide({
      viewId,
      filters,
      options,
      title: slideTitle.trim() || initial.title,
      caption,
    });
    const deck = useDeckStore.getState().current();
    const n = deck?.slides.length ?? 0;
    onDone(`Added to “${deck?.name ?? ''}”: ${plural(n, 'slide')}`);
  };
  return (
    <form className="deck-add-form" onSubmit={onSubmit}>
      <label htmlFor={titleId}>Slide title</label>
      <input
        id={titleId}
        value={slideTitle}
        maxLength={MAX_TITLE}
        autoFocus
        onChange={(e) => setTitle(e.target.value)}
      />
      <label htmlFor={captionId}>Caption</label>
      <textarea
        id={captionId}
        value={caption}
        rows={3}
        maxLength={MAX_CAPTION}
        onChange={(e) => setCaption(e.target.value)}
      />
      <div className="deck-add-foot">
        <button type="submit" className="btn btn-primary">
          Add slide
        </button>
        <button type="button" className="btn" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * "Add to deck": captures the view, its options and the current filters as a slide of the
 * current deck, with a title and caption to edit first (the view's title, the filters in
 * words).
 */
export function AddToDeck(props: AddToDeckProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const boxId = useId();
  const close = (message: string | null) => {
    setOpen(false);
    if (message) setStatus(message);
    buttonRef.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      close(null);
    }
  };
  return (
    <div className="deck-add" onKeyDown={open ? onKeyDown : undefined}>
      <button
        ref={buttonRef}
        type="button"
        className="btn export-btn"
        aria-expanded={open}
        aria-controls={open ? boxId : undefined}
        title={`Add “${props.title}” with the current filters to a slide deck`}
        onClick={() => {
          setStatus('');
          setOpen((v) => !v);
        }}
      >
        Add to deck
      </button>
      {open ? (
        <div
          id={boxId}
          className="deck-add-box"
          role="group"
          aria-label={`Add ${props.title} to deck`}
        >
          <SlideForm {...props} onDone={close} />
        </div>
      ) : null}
      <span className="status-toast deck-add-status" role="status">
        {status}
      </span>
    </div>
  );
}
