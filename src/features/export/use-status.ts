import { useCallback, useEffect, useRef, useState } from 'react';

/** A short message for an aria-live region that clears itself after `ms`. */
export function useStatus(ms = 4000): [string, (message: string) => void] {
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = useCallback(
    (message: string) => {
      clearTimeout(timer.current);
      setStatus(message);
      timer.current = setTimeout(() => setStatus(''), ms);
    },
    [ms],
  );
  return [status, announce];
}
