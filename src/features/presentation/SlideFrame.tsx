import type { ReactNode } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { LineIcon } from '../../components/LineIcon';

function Icon({ path }: { path: string }) {
  return <LineIcon className="presentation-icon" paths={[path]} box={24} weight={2.25} />;
}

interface SlideNavProps {
  at: number;
  count: number;
  go: (to: number) => void;
  onExit: () => void;
}

/** Previous, position, next and exit, with the keys that do the same in their titles. */
function SlideNav({ at, count, go, onExit }: SlideNavProps) {
  return (
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
      <span className="presentation-count">{`${at + 1} / ${count}`}</span>
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
  );
}

interface SlideFrameProps extends SlideNavProps {
  id: string;
  title: string;
  datasetTitle: string;
  caption: string;
  sourceLine: string;
  children: ReactNode;
}

/**
 * A slide's chrome: dataset, title and filters above; source and navigation below; the
 * content in between, behind an error boundary so that one failing chart leaves the deck.
 */
export function SlideFrame({
  id,
  title,
  datasetTitle,
  caption,
  sourceLine,
  children,
  ...nav
}: SlideFrameProps) {
  return (
    <section
      className="presentation-slide"
      aria-roledescription="slide"
      aria-label={`${nav.at + 1} of ${nav.count}: ${title}`}
      data-slide={id}
    >
      <header className="presentation-head">
        <p className="presentation-kicker">{datasetTitle}</p>
        <h1 className="presentation-title">{title}</h1>
        <p className="presentation-caption" title={caption}>
          {caption}
        </p>
      </header>
      <div key={id} className="presentation-content">
        <ErrorBoundary label={`The “${title}” slide`} resetKey={id}>
          {children}
        </ErrorBoundary>
      </div>
      <footer className="presentation-foot">
        <p className="presentation-source" title={sourceLine}>
          {sourceLine}
        </p>
        <SlideNav {...nav} />
      </footer>
    </section>
  );
}

/** What the deck shows without slides: a way out. */
export function EmptyDeck({ onExit }: { onExit: () => void }) {
  return (
    <section className="presentation-slide" aria-roledescription="slide" aria-label="No slides">
      <h1 className="presentation-title">Nothing to present</h1>
      <button type="button" className="btn" onClick={onExit}>
        Exit presentation
      </button>
    </section>
  );
}
