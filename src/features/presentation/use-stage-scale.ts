import { useSyncExternalStore } from 'react';

/** Slides are laid out on a fixed 1920×1080 canvas, scaled to fit the window. */
const DESIGN_WIDTH = 1920;
const DESIGN_HEIGHT = 1080;
/** Below this scale (phones) the canvas would be unreadable: the slide reflows instead. */
export const MIN_STAGE_SCALE = 0.5;

function subscribeResize(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}
const windowWidth = () => window.innerWidth;
const windowHeight = () => window.innerHeight;
const designWidth = () => DESIGN_WIDTH;
const designHeight = () => DESIGN_HEIGHT;

/** The scale at which the design canvas fits the window, kept up to date on resize. */
export function useStageScale(): number {
  const w = useSyncExternalStore(subscribeResize, windowWidth, designWidth);
  const h = useSyncExternalStore(subscribeResize, windowHeight, designHeight);
  return Math.min(w / DESIGN_WIDTH, h / DESIGN_HEIGHT);
}
