import {
  useEffect,
  useEffectEvent,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { resolveSlide } from '../../state/app-url';
import { readUrl, updateUrl } from '../../state/url-history';
import './presentation.css';

export interface PresentationSlide {
  /** Written to the URL (`slide=<id>`), e.g. `visit-frequency`. */
  id: string;
  title: string;
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
}

/** Slides are laid out on a fixed 1920×1080 canvas, scaled to fit the window. */
const DESIGN_WIDTH = 1920;
const DESIGN_HEIGHT = 1080;
/** Below this scale (phones) the canvas would be unreadable: the slide reflows instead. */
const MIN_STAGE_SCALE = 0.5;

function subscribeResize(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}
const windowWidth = () => window.innerWidth;
const windowHeight = () => window.innerHeight;
const designWidth = () => DESIGN_WIDTH;
const designHeight = () => DESIGN_HEIGHT;

function useStageScale(): number {
  const w = useSyncExternalStore(subscribeResize, windowWidth, designWidth);
  const h = useSyncExternalStore(subscribeResize, windowHeight, designHeight);
  return Math.min(w / DESIGN_WIDTH, h / DESIGN_HEIGHT);
}

function initialSlide(slides: readonly PresentationSlide[]): number {
  if (typeof window === 'undefined') return 0;
  const { slide } = readUrl();
  return resolveSlide(
    slide,
    slides.map((s) => s.id),
  );
}

/** Keys that belong to the focused control rather than to the slide deck. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, textarea, select')) return true;
  return (key === ' ' || key === 'Enter') && target.closest('button, a[href], summary') !== null;
}

function Icon({ path }: { path: string }) {
  return (
    <svg
      className="presentation-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={path}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.25"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
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
}: PresentationProps) {
  const [current, setCurrent] = useState(() => initialSlide(slides));
  const rootRef = useRef<HTMLElement>(null);
  const scale = useStageScale();
  const flow = scale < MIN_STAGE_SCALE;
  const count = slides.length;
  const at = Math.max(0, Math.min(current, count - 1));
  const slide = slides[at];
  const slideId = slide?.id;

  const go = (to: number) => setCurrent(Math.max(0, Math.min(to, count - 1)));

  // Focus the deck on open so that keys work at once and screen readers start here.
  useEffect(() => {
    rootRef.current?.focus({ preventScroll: true });
  }, []);

  // Mirror the slide in the URL without adding history entries.
  useEffect(() => {
    if (slideId === undefined) return;
    updateUrl((s) => ({ ...s, present: true, slide: slideId }), 'replace');
  }, [slideId]);

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (ownsKey(e.target, e.key)) return;
    let next: number | null = null;
    switch (e.key) {
      case 'ArrowRight':
      case 'PageDown':
        next = at + 1;
        break;
      case 'ArrowLeft':
      case 'PageUp':
        next = at - 1;
        break;
      case ' ':
      case 'Spacebar':
        next = e.shiftKey ? at - 1 : at + 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Escape':
        e.preventDefault();
        onExit();
        return;
      default:
        return;
    }
    e.preventDefault();
    go(next);
  });

  const onPopState = useEffectEvent(() => {
    const { present, slide: param } = readUrl();
    if (present)
      setCurrent(
        resolveSlide(
          param,
          slides.map((s) => s.id),
        ),
      );
  });

  useEffect(() => {
    const key = (e: KeyboardEvent) => onKey(e);
    const pop = () => onPopState();
    window.addEventListener('keydown', key);
    window.addEventListener('popstate', pop);
    return () => {
      window.removeEventListener('keydown', key);
      window.removeEventListener('popstate', pop);
    };
  }, []);

  const position = `${at + 1} / ${count}`;
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
          <section
            className="presentation-slide"
            aria-roledescription="slide"
            aria-label={`${at + 1} of ${count}: ${slide.title}`}
            data-slide={slide.id}
          >
            <header className="presentation-head">
              <p className="presentation-kicker">{datasetTitle}</p>
              <h1 className="presentation-title">{slide.title}</h1>
              <p className="presentation-caption" title={caption}>
                {caption}
              </p>
            </header>
            <div key={slide.id} className="presentation-content">
              <ErrorBoundary label={`The “${slide.title}” slide`} resetKey={slide.id}>
                {slide.render()}
              </ErrorBoundary>
            </div>
            <footer className="presentation-foot">
              <p className="presentation-source" title={sourceLine}>
                {sourceLine}
              </p>
              <nav className="presentation-nav" aria-label="Slides">
                <button
                  type="button"
                  className="presentation-navbtn"
                  aria-label="Previous slide"
                  title="Previous slide (←)"
                  disabled={at === 0}
                  onClick={() => go(at - 1)}
                >
                  <Icon path="M15 5l-7 7 7 7" />
                </button>
                <span className="presentation-count">{position}</span>
                <button
                  type="button"
                  className="presentation-navbtn"
                  aria-label="Next slide"
                  title="Next slide (→)"
                  disabled={at >= count - 1}
                  onClick={() => go(at + 1)}
                >
                  <Icon path="M9 5l7 7-7 7" />
                </button>
                <button
                  type="button"
                  className="presentation-navbtn"
                  aria-label="Exit presentation"
                  title="Exit presentation (Esc)"
                  onClick={onExit}
                >
                  <Icon path="M6 6l12 12M18 6L6 18" />
                </button>
              </nav>
            </footer>
          </section>
        ) : (
          <section
            className="presentation-slide"
            aria-roledescription="slide"
            aria-label="No slides"
          >
            <h1 className="presentation-title">Nothing to present</h1>
            <button type="button" className="btn" onClick={onExit}>
              Exit presentation
            </button>
          </section>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </main>
  );
}
