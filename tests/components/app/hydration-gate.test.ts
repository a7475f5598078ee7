// When a baked view below the fold may hydrate (src/app/hydration-gate.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nearScreen, openHydrationGates } from '../../../src/app/hydration-gate';

type Callback = (entries: { isIntersecting: boolean }[]) => void;
const observers: Callback[] = [];

class FakeObserver {
  constructor(callback: Callback) {
    observers.push(callback);
  }
  observe() {}
  disconnect() {}
}

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  document.body.innerHTML = '<section id="view-events">baked</section>';
  observers.length = 0;
});
afterEach(() => {
  openHydrationGates();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('nearScreen', () => {
  it('waits while the baked view is off screen, and opens when it comes near', async () => {
    const gate = nearScreen('#view-events');
    observers[0]!([{ isIntersecting: false }]);
    expect(await settled(gate)).toBe(false);
    observers[0]!([{ isIntersecting: true }]);
    expect(await settled(gate)).toBe(true);
  });

  it('opens every waiting view at the reader’s first move', async () => {
    const gate = nearScreen('#view-events');
    expect(await settled(gate)).toBe(false);
    document.dispatchEvent(new Event('pointermove'));
    expect(await settled(gate)).toBe(true);
  });

  it('opens at once when nothing was baked there, or when asked to', async () => {
    expect(await settled(nearScreen('#view-people-involved'))).toBe(true);
    const gate = nearScreen('#view-events');
    openHydrationGates();
    expect(await settled(gate)).toBe(true);
  });
});
