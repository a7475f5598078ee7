import { useRef, type MouseEvent, type RefObject } from 'react';
import type { YearAt } from './YearBands';

export interface YearClick {
  /** Kept on the chart's year bands by `YearHitProbe`. */
  yearAtRef: RefObject<YearAt | null>;
  onClick: (e: MouseEvent<HTMLElement>) => void;
}

/**
 * A click or tap anywhere in a year's band (its bars, the room above them, its label) toggles
 * the year filter to that year, found from where the pointer landed. Off on a slide.
 */
export function useYearClick(enabled: boolean, toggleYear: (year: number) => void): YearClick {
  const yearAtRef = useRef<YearAt | null>(null);
  const onClick = (e: MouseEvent<HTMLElement>) => {
    const svg = e.currentTarget.querySelector('svg.recharts-surface');
    if (!enabled || !svg || !yearAtRef.current) return;
    const box = svg.getBoundingClientRect();
    // A scaled slide draws the chart's pixels smaller or larger than the page's.
    const drawn = Number(svg.getAttribute('width'));
    const zoom = box.width > 0 && drawn > 0 ? drawn / box.width : 1;
    const year = yearAtRef.current((e.clientX - box.left) * zoom, (e.clientY - box.top) * zoom);
    if (year !== null) toggleYear(year);
  };
  return { yearAtRef, onClick };
}
