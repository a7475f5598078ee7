import { useState } from 'react';
import { COMPACT_YEAR_WIDTH } from './visit-sizes';

export interface CompactBars {
  /** Too little room per year for two bars side by side: contacts stack on the trips. */
  compact: boolean;
  /** Recharts' resize callback: keeps the measured chart width current. */
  onResize: (width: number) => void;
}

/**
 * Whether the chart, at its measured width, has too little room per year for two bars side
 * by side (decades on a phone), so that every bar stays wide enough to see. Never on a slide.
 */
export function useCompactBars(years: number, enabled: boolean, initialWidth = 800): CompactBars {
  const [width, setWidth] = useState(initialWidth);
  return {
    compact: enabled && width / Math.max(1, years) < COMPACT_YEAR_WIDTH,
    onResize: setWidth,
  };
}
