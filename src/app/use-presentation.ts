import { useCallback, useEffect, useState } from 'react';
import { onUrlChange, readUrl, updateUrl } from '../state/url-history';

/** Presentation mode lives in the URL (`?present=1&slide=…`) so a link can open a slide. */
export function usePresentation(): [boolean, (on: boolean) => void] {
  const [present, setPresent] = useState(() => readUrl().present);
  useEffect(() => onUrlChange((s) => setPresent(s.present)), []);
  const go = useCallback((on: boolean) => {
    // Opening adds a history entry, so Back leaves the slides; leaving replaces it.
    updateUrl((s) => ({ ...s, present: on, slide: null }), on ? 'push' : 'replace');
    setPresent(on);
  }, []);
  return [present, go];
}
