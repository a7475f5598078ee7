import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Placement {
  left: number;
  top: number;
}

/** Space between the anchor and the popover, in px. */
const GAP = 6;

/**
 * Where a popover goes inside its container: centred under the anchor and kept within the
 * container's width; above the anchor when it would run off the bottom of the window and
 * there is room above.
 */
export function placePopover(
  container: DOMRect,
  anchor: DOMRect,
  popover: DOMRect,
  viewportHeight: number,
): Placement {
  const centred = anchor.left - container.left + anchor.width / 2 - popover.width / 2;
  const left = Math.max(0, Math.min(centred, container.width - popover.width));
  const below = anchor.bottom + GAP + popover.height;
  const fitsAbove = anchor.top - GAP - popover.height >= 0;
  const top =
    below > viewportHeight && fitsAbove
      ? anchor.top - container.top - GAP - popover.height
      : anchor.bottom - container.top + GAP;
  return { left, top };
}

/**
 * Places a popover next to the element `anchorSelector` finds in `container`, measured
 * before paint so nothing moves. Null until placed (the popover stays hidden meanwhile).
 * `contentSize` re-places it when its content, and so its height, changes.
 */
export function usePopoverPlacement(
  container: RefObject<HTMLElement | null>,
  popover: RefObject<HTMLElement | null>,
  anchorSelector: string | null,
  contentSize: number,
): Placement | null {
  const [place, setPlace] = useState<Placement | null>(null);
  useLayoutEffect(() => {
    const wrap = container.current;
    const pop = popover.current;
    const anchor = anchorSelector ? wrap?.querySelector<HTMLElement>(anchorSelector) : null;
    const next =
      wrap && pop && anchor
        ? placePopover(
            wrap.getBoundingClientRect(),
            anchor.getBoundingClientRect(),
            pop.getBoundingClientRect(),
            window.innerHeight,
          )
        : null;
    // Measuring, then placing before paint, is what a layout effect is for (the popover
    // renders hidden first); a second render is the price of not moving anything visibly.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPlace(next);
  }, [container, popover, anchorSelector, contentSize]);
  return place;
}
