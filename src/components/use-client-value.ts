import { useSyncExternalStore } from 'react';

const neverChanges = () => () => {};

/**
 * `clientValue()` in the browser, but `bakedValue` on the server and while the baked page
 * hydrates, so the first client render matches the HTML baked at build time and React keeps
 * it. The browser's value takes over right after hydration. For values that do not change
 * while the page is open (what the browser supports, what was stored); primitives only.
 */
export function useClientValue<T extends string | number | boolean | null>(
  clientValue: () => T,
  bakedValue: T,
): T {
  return useSyncExternalStore(neverChanges, clientValue, () => bakedValue);
}
