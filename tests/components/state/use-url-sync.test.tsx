import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFilterStore, useFilterStore } from '../../../src/state/filter-store';
import { SEARCH_SETTLE_MS, useUrlSync } from '../../../src/state/use-url-sync';

const store = () => useFilterStore.getState();
const params = () => new URLSearchParams(window.location.search);

/** Types `text` into the search one key at a time, as the search box does. */
function type(text: string, from = '') {
  for (let i = 1; i <= text.length; i++) act(() => store().setQuery(from + text.slice(0, i)));
}

async function back() {
  const before = window.location.search;
  act(() => window.history.back());
  await waitFor(() => expect(window.location.search).not.toBe(before));
}

beforeEach(() => {
  resetFilterStore();
  window.history.replaceState(null, '', '/');
});
afterEach(() => vi.useRealTimers());

describe('the address bar while searching', () => {
  it('keeps a search as one entry of its own: Back clears the search but not the sector', async () => {
    renderHook(() => useUrlSync());
    act(() => store().toggle('sectors', 'energy'));
    type('gas');
    expect(params().get('q')).toBe('gas');
    await back();
    expect(params().get('sector')).toBe('energy');
    expect(params().get('q')).toBeNull();
    expect(store().filters.sectors).toEqual(['energy']);
    expect(store().filters.q).toBe('');
  });

  it('starts a new entry after a pause in typing, and after Enter', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderHook(() => useUrlSync());
    type('gas');
    act(() => vi.advanceTimersByTime(SEARCH_SETTLE_MS + 10));
    type(' pipeline', 'gas');
    act(() => store().settleQuery());
    type(' deal', 'gas pipeline');
    expect(params().get('q')).toBe('gas pipeline deal');
    vi.useRealTimers();
    await back();
    expect(params().get('q')).toBe('gas pipeline');
    await back();
    expect(params().get('q')).toBe('gas');
    await back();
    expect(params().get('q')).toBeNull();
  });
});
