import { useMemo } from 'react';
import { computeDashboard } from '../model/dashboard';
import type { DatasetIndex } from '../model/dataset-index';
import type { Deck, Slide } from '../model/deck';
import { sourceLine } from '../model/describe';
import { Presentation } from '../features/presentation/Presentation';
import { VIEW_REGISTRY } from './view-registry';

/** One deck slide's view, drawn from the slide's own filters and options. */
function DeckSlideView({ slide, index }: { slide: Slide; index: DatasetIndex }) {
  const data = useMemo(() => computeDashboard(index, slide.filters), [index, slide.filters]);
  const entry = VIEW_REGISTRY.find((v) => v.id === slide.viewId);
  if (!entry?.slide) return null;
  return entry.slide({
    index,
    data,
    filters: slide.filters,
    title: entry.title,
    options: slide.options,
  });
}

/**
 * A deck presented: its slides in order, each with its own title, caption, filters and
 * options, in presentation mode's frame and keys. Not kept in the URL (the deck lives in the
 * browser's storage): a reload goes back to the dashboard.
 */
export function DeckPresentation({
  deck,
  index,
  onExit,
}: {
  deck: Deck;
  index: DatasetIndex;
  onExit: () => void;
}) {
  return (
    <Presentation
      datasetTitle={index.dataset.meta.title}
      caption=""
      sourceLine={sourceLine(index)}
      onExit={onExit}
      keepInUrl={false}
      slides={deck.slides.map((slide) => ({
        id: slide.id,
        title: slide.title,
        caption: slide.caption,
        render: () => <DeckSlideView slide={slide} index={index} />,
      }))}
    />
  );
}
