import { formatAppUrl, parseAppUrl, type AppUrlState } from './app-url';

/**
 * The one owner of `window.history`: every change to the address bar goes through
 * `updateUrl`, so the URL is always in the codec's canonical form and `history.state` (which
 * the browser and React may use) is never thrown away.
 */

/** The state the address bar holds now. */
export function readUrl(): AppUrlState {
  return parseAppUrl(typeof window === 'undefined' ? '' : window.location.search);
}

/**
 * Applies `change` to the URL state. `push` adds a history entry (Back undoes it); `replace`
 * rewrites the current one. Nothing happens when the URL would not change.
 */
export function updateUrl(
  change: (state: AppUrlState) => AppUrlState,
  mode: 'push' | 'replace',
): void {
  if (typeof window === 'undefined') return;
  const { pathname, search, hash } = window.location;
  const next = formatAppUrl(change(parseAppUrl(search)));
  if (next === search) return;
  const url = `${pathname}${next}${hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(window.history.state, '', url);
}

/** Calls `listener` when Back or Forward changes the URL; returns the unsubscribe. */
export function onUrlChange(listener: (state: AppUrlState) => void): () => void {
  const handle = () => listener(readUrl());
  window.addEventListener('popstate', handle);
  return () => window.removeEventListener('popstate', handle);
}

/**
 * Takes the fragment off the address (a `#deck=` link, once its deck is kept), leaving the
 * query string and `history.state` as they are.
 */
export function dropHash(): void {
  if (typeof window === 'undefined' || window.location.hash === '') return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}
