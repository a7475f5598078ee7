import { useCallback, useRef, type KeyboardEvent } from 'react';

export interface YearKeys {
  /** Called with the year under the pointer or keyboard cursor (see `ActiveYearProbe`). */
  onActiveYear: (year: number | null) => void;
  /** On the chart's capture phase: Recharts' own Enter (which hides the tooltip) never runs. */
  onKeyDownCapture: (e: KeyboardEvent<HTMLElement>) => void;
}

/**
 * Enter or Space on the chart toggles the year filter to the year the keyboard cursor is on
 * (Recharts' accessibility layer moves it with the arrow keys). Off on a slide.
 *
 * Recharts answers Enter by hiding its tooltip, and a hidden tooltip has no year, so every
 * second Enter found no year and did nothing. The key is kept from Recharts: the tooltip stays
 * on the year, its hint ("press Enter to clear") turns true, and the next Enter clears it.
 */
export function useYearKeys(enabled: boolean, toggleYear: (year: number) => void): YearKeys {
  const activeYear = useRef<number | null>(null);
  const onActiveYear = useCallback((year: number | null) => {
    activeYear.current = year;
  }, []);
  const onKeyDownCapture = (e: KeyboardEvent<HTMLElement>) => {
    if (!enabled || (e.key !== 'Enter' && e.key !== ' ') || activeYear.current === null) return;
    e.stopPropagation();
    e.preventDefault();
    toggleYear(activeYear.current);
  };
  return { onActiveYear, onKeyDownCapture };
}
