// Setup for the `components` project (jsdom): jest-dom matchers, cleanup, and the browser APIs
// that jsdom lacks but Recharts and the app use.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetDatasetSourceStore } from '../../src/state/dataset-source-store';
import { resetFilterStore } from '../../src/state/filter-store';
import { resetThemeStore } from '../../src/state/theme-store';

// Every store starts each test as a fresh page load would: no filters, no remembered theme,
// the default dataset, and a bare URL.
afterEach(() => {
  cleanup();
  resetFilterStore();
  resetThemeStore();
  resetDatasetSourceStore();
  window.history.replaceState(null, '', '/');
});

/**
 * jsdom lays everything out as 0×0, so Recharts' ResponsiveContainer would measure nothing,
 * draw no chart and warn "The width(0) and height(0) of chart should be greater than 0". The
 * stub reports a dashboard panel's size for those containers (and nothing for anything else),
 * so the charts draw in tests as they do on screen.
 */
const CHART_BOX = { width: 800, height: 320 };
class ResizeObserverStub implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    if (!target.classList.contains('recharts-responsive-container')) return;
    const contentRect = { x: 0, y: 0, top: 0, left: 0, ...CHART_BOX } as DOMRectReadOnly;
    this.callback([{ target, contentRect } as ResizeObserverEntry], this);
  }
  unobserve(): void {}
  disconnect(): void {}
}

if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = ResizeObserverStub;
}

if (typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}

if (typeof URL.createObjectURL !== 'function') {
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    writable: true,
    value: (_blob: Blob | MediaSource): string => 'blob:mock',
  });
}

if (typeof URL.revokeObjectURL !== 'function') {
  Object.defineProperty(URL, 'revokeObjectURL', {
    configurable: true,
    writable: true,
    value: (_url: string): void => {},
  });
}
