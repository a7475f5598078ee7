import { useLayoutEffect, useState } from 'react';
import { gridFits } from '../../model/sectors-view';

/**
 * Whether the heatmap's grid fits its container with all its `years` (see gridFits),
 * measured before paint and again whenever the container's width changes. Returns the
 * container's ref (a callback, so that a container mounted again, as after "View as table",
 * is measured too) and the answer; always true when `enabled` is false (a slide). Until the
 * first measure the answer is null: the page baked at build time, and the render that
 * hydrates it, cannot know the width (see SectorForms).
 */
export function useGridFits(
  years: number,
  enabled: boolean,
): [ref: (el: HTMLElement | null) => void, fits: boolean | null] {
  const [container, setContainer] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (!container || !enabled) return;
    // Measured before paint, so a phone never shows the grid first and then the list.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setWidth(container.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(container.clientWidth));
    observer.observe(container);
    return () => observer.disconnect();
  }, [container, enabled]);
  if (!enabled) return [setContainer, true];
  return [setContainer, width === null ? null : gridFits(width, years)];
}
