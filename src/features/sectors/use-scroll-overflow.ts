import { useEffect, useState, type RefObject } from 'react';

const moreToTheRight = (el: HTMLElement) => el.scrollLeft + el.clientWidth < el.scrollWidth - 1;

/**
 * Whether a sideways-scrolling element has more content to its right (a narrow screen fades
 * the grid's right edge while it does). `update` is for its scroll events; `layoutKey`
 * changes when the content's width may have.
 */
export function useScrollOverflow(
  scroller: RefObject<HTMLElement | null>,
  layoutKey: number,
): { moreRight: boolean; update: () => void } {
  const [moreRight, setMoreRight] = useState(false);
  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setMoreRight(moreToTheRight(el)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [scroller, layoutKey]);
  const update = () => {
    const el = scroller.current;
    setMoreRight(el !== null && moreToTheRight(el));
  };
  return { moreRight, update };
}
