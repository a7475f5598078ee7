import { useEffect, useRef, type ReactNode } from 'react';
import { markPresentationLeft } from './present-focus';
import { EmptyDeck, SlideFrame } from './SlideFrame';
import { useCurrentSlide } from './use-current-slide';
import { useSlideKeys } from './use-slide-keys';
import { MIN_STAGE_SCALE, useStageScale } from './use-stage-scale';
import './presentation.css';

export interface PresentationSlide {
  /** Written to the URL (`slide=<id>`), e.g. `visit-frequency`. */
  id: string;
  title: string;
  /** The slide's own caption (a deck slide's); otherwise the deck's `caption`. */
  caption?: string;
  render: () => ReactNode;
}

export interface PresentationProps {
  slides: readonly PresentationSlide[];
  /** The active filters in words, e.g. "Sectors: Energy · 2020–2024" or "All engagements". */
  caption: string;
  /** e.g. "Source: Trend, Azernews and president.az · 9 articles · 2020–2024 · … v1.0.0". */
  sourceLine: string;
  datasetTitle: string;
  onExit: () => void;
  /**
   * Whether the open slide is kept in the URL (`present=1&slide=…`): the dashboard's slides
   * are; a deck's, drawn from the browser's storage, are not.
   */
  keepInUrl?: boolean;
}

/**
 * Presentation mode: one view per full-window 16:9 slide, for projectors. Keys: → PageDown
 * Space next, ← PageUp Shift+Space previous, Home, End, Esc exits. The slide's id is kept
 * in the URL (`slide=`), so a reload opens the same slide. No animation: what first paints
 * is final.
 */
export function Presentation({
  slides,
  caption,
  sourceLine,
  datasetTitle,
  onExit,
  keepInUrl = true,
}: PresentationProps) {
  const rootRef = useRef<HTMLElement>(null);
  const scale = useStageScale();
  const flow = scale < MIN_STAGE_SCALE;
  const count = slides.length;
  const { at, go } = useCurrentSlide(slides, keepInUrl);
  const slide = slides[at];

  // Focus the deck on open so that keys work at once and screen readers start here; on
  // leaving, the Present button takes it back.
  useEffect(() => {
    rootRef.current?.focus({ preventScroll: true });
    return markPresentationLeft;
  }, []);

  useSlideKeys(at, count, go, onExit);

  const announce = slide ? `Slide ${at + 1} of ${count}: ${slide.title}` : '';

  return (
    <main
      ref={rootRef}
      className={`presentation ${flow ? 'presentation--flow' : 'presentation--stage'}`}
      aria-label={`${datasetTitle}: presentation`}
      tabIndex={-1}
    >
      <div
        className="presentation-canvas"
        style={flow ? undefined : { transform: `translate(-50%, -50%) scale(${scale})` }}
      >
        {slide ? (
          <SlideFrame
            id={slide.id}
            title={slide.title}
            datasetTitle={datasetTitle}
            caption={slide.caption ?? caption}
            sourceLine={sourceLine}
            at={at}
            count={count}
            go={go}
            onExit={onExit}
          >
            {slide.render()}
          </SlideFrame>
        ) : (
          <EmptyDeck onExit={onExit} />
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </main>
  );
}
