import { useCallback, useEffect, useState } from 'react';
import { readPresentation, writePresentation } from '../state/presentation-url';

/** Presentation mode lives in the URL (`?present=1&slide=…`) so a link can open a slide. */
export function usePresentation(): [boolean, (on: boolean) => void] {
  const [present, setPresent] = useState(() => readPresentation(window.location.search).present);
  useEffect(() => {
    const onPop = () => setPresent(readPresentation(window.location.search).present);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((on: boolean) => {
    const { pathname, search, hash } = window.location;
    const url = `${pathname}${writePresentation(search, { present: on, slide: null })}${hash}`;
    // Opening adds a history entry, so Back leaves the slides; leaving replaces it.
    if (on) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    setPresent(on);
  }, []);
  return [present, go];
}
