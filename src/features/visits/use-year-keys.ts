import { useCallback, useRef, type KeyboardEvent } from 'react';

export interface YearKeys {
  /** Called with the year under the pointer or keyboard cursor (see `ActiveYearProbe`). */
  onActiveYear: (year: number | null) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

/**
 * Enter or Space on the chart toggles the year filter to the year the keyboard cursor is on
 * (Recharts' accessibility layer moves it with the arrow keys). Off on a slide.
 */
export function useYearKeys(enabled: boolean, toggleYear: (year: number) => void): YearKeys {
  const activeYear = useRef<number | null>(null);
  const onActiveYear = useCallback((year: number | null) => {
    activeYear.current = year;
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!enabled) return;
    if ((e.key === 'Enter' || e.key === ' ') && activeYear.current !== null) {
      e.preventDefault();
      toggleYear(activeYear.current);
    }
  };
  return { onActiveYear, onKeyDown };
}
