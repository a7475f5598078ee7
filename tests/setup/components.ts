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

class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
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
