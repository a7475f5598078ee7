import { useCallback, useEffect, useRef } from 'react';
import {
  measureElement as measureWithLayout,
  observeElementRect,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual';
import type { EngagementEvent } from '../../data/schema';

/** First guess of a row's height; real heights are measured once rendered. */
const ESTIMATED_ROW = 280;
const ESTIMATED_COMPACT_ROW = 150;
/** Used when the scroll box has no layout (jsdom, hidden tab): render a screenful anyway. */
const FALLBACK_VIEWPORT = 760;

export type ScrollBox = HTMLDivElement;

/** The library's own observer, but a box without layout still counts as one screen tall. */
const observeRectWithFallback: typeof observeElementRect<ScrollBox> = (instance, cb) =>
  observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_VIEWPORT }),
  );

/** Measures rows; a row without layout keeps its estimate instead of collapsing to 0. */
function measureRow(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<ScrollBox, Element>,
): number {
  const size = measureWithLayout(element, entry, instance);
  return size > 0 ? size : ESTIMATED_ROW;
}

/**
 * The rows of a long list that are on screen (and a few either side), measured as they
 * render, in a scroll box that goes back to the top whenever the list changes.
 */
export function useEventPaging(events: readonly EngagementEvent[], compact: boolean) {
  const scrollRef = useRef<ScrollBox>(null);
  const getItemKey = useCallback((i: number) => events[i]?.id ?? i, [events]);
  const estimateSize = useCallback(
    () => (compact ? ESTIMATED_COMPACT_ROW : ESTIMATED_ROW),
    [compact],
  );

  // The React Compiler cannot memoise around this hook's mutable instance; that is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<ScrollBox, Element>({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 3,
    initialRect: { width: 800, height: FALLBACK_VIEWPORT },
    observeElementRect: observeRectWithFallback,
    measureElement: measureRow,
    useFlushSync: false,
  });

  // A new filter or order starts at the top of the list.
  useEffect(() => {
    const box = scrollRef.current;
    if (box) box.scrollTop = 0;
  }, [events]);

  return { scrollRef, virtualizer };
}
