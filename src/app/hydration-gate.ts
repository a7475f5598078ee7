/**
 * When a baked part below the fold may hydrate. Hydrating the heatmap, the people and the
 * events list on load kept a slow phone's main thread busy for about a second after the first
 * paint, though none of them is on screen. Their baked HTML is already the right page, so
 * each waits until it comes near the screen, or until the reader does anything at all (moves
 * the pointer, scrolls, types, drags a file in, prints), or the app's state moves away from
 * the baked one, or the page has sat untouched for a few seconds. (A view that React must
 * render anew while it waits would otherwise stay a placeholder.)
 */
const pending = new Set<() => void>();
let listening = false;

/** Lets every waiting part hydrate now: the app is rendering from scratch, or the reader acted. */
export function openHydrationGates(): void {
  for (const open of [...pending]) open();
}

/** Signs of a reader: after any of them, everything hydrates. */
const READER_EVENTS = [
  'pointerdown',
  'pointermove',
  'touchstart',
  'wheel',
  'keydown',
  'focusin',
  'dragenter',
] as const;
/** An untouched page hydrates the rest once it has been idle this long (so a print is whole). */
const IDLE_OPEN_MS = 8000;

function listenForReader(): void {
  if (listening) return;
  listening = true;
  const options = { capture: true, passive: true } as const;
  for (const type of READER_EVENTS) document.addEventListener(type, openHydrationGates, options);
  for (const type of ['scroll', 'beforeprint', 'popstate'] as const) {
    window.addEventListener(type, openHydrationGates, { passive: true });
  }
  setTimeout(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(openHydrationGates);
    else openHydrationGates();
  }, IDLE_OPEN_MS);
}

/**
 * Resolves once the element `selector` finds is within half a screen of the viewport, or
 * the reader acts; at once when the page has no such element (nothing baked: the part renders
 * from scratch) or the browser cannot tell (no IntersectionObserver, or no DOM at all).
 */
export function nearScreen(selector: string): Promise<void> {
  if (typeof document === 'undefined' || typeof IntersectionObserver === 'undefined') {
    return Promise.resolve();
  }
  const element = document.querySelector(selector);
  if (!element) return Promise.resolve();
  listenForReader();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) open();
      },
      { rootMargin: '50% 0px' },
    );
    function open() {
      observer.disconnect();
      pending.delete(open);
      resolve();
    }
    pending.add(open);
    observer.observe(element);
  });
}
