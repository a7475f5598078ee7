import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { EngagementEvent } from '../../data/schema';

/** Engagements the list shows at first, and adds with each "Show more". */
export const EVENTS_PAGE = 20;
/** Up to this many, "Show all" offers the rest at once: full entries render quickly enough. */
export const SHOW_ALL_UP_TO = 500;
/**
 * A printout lists every filtered engagement up to this many; past it the page would take
 * minutes to lay out, and the printout says the CSV download holds them all.
 */
export const PRINT_LIMIT = 2000;

/**
 * Whether the page is being printed. The list renders every engagement for the printout, so
 * the switch is rendered at once (flushSync) in `beforeprint`, before the browser lays out
 * the pages; the print media query covers print previews that skip the event.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const before = () => set(true);
    const after = () => set(false);
    const media = window.matchMedia?.('print');
    const change = (e: MediaQueryListEvent) => set(e.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}

export interface EventPaging {
  /** How many engagements are on screen. */
  shown: number;
  /** Adds the next page and moves the focus to its first engagement. */
  showMore: () => void;
  showAll: () => void;
  /** The list the rows are in: the focus goes to a row in it. */
  listRef: RefObject<HTMLUListElement | null>;
}

/**
 * The first page of engagements, growing with "Show more"; a new filter or order starts
 * again from the first page. The rows are in the page itself, so the page scrolls them.
 */
export function useEventPaging(events: readonly EngagementEvent[]): EventPaging {
  const [paged, setPaged] = useState({ events, shown: EVENTS_PAGE });
  const listRef = useRef<HTMLUListElement>(null);
  const current = paged.events === events ? paged.shown : EVENTS_PAGE;
  if (paged.events !== events) setPaged({ events, shown: EVENTS_PAGE });
  const shown = Math.min(current, events.length);

  const grow = useCallback(
    (to: number) => {
      const first = shown;
      flushSync(() => setPaged({ events, shown: to }));
      listRef.current?.querySelector<HTMLElement>(`[data-index="${first}"]`)?.focus();
    },
    [events, shown],
  );
  const showMore = useCallback(() => grow(shown + EVENTS_PAGE), [grow, shown]);
  const showAll = useCallback(() => grow(events.length), [grow, events.length]);
  return { shown, showMore, showAll, listRef };
}
