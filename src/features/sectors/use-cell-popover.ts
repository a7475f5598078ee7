import { useEffect, useRef, useState } from 'react';

/** A heatmap cell: a sector in a year. */
export interface CellRef {
  sectorId: string;
  year: number;
}

/** How long the popover stays after the pointer leaves, so it can be reached. */
const HIDE_DELAY_MS = 150;

export interface CellPopover {
  /** The cell whose popover shows, if any: the hovered one, else the focused one. */
  shown: CellRef | null;
  hover: (cell: CellRef | null) => void;
  /** The pointer is on the popover itself: keep it. */
  keep: () => void;
  focus: (cell: CellRef) => void;
  blur: () => void;
  /** Escape, or the grid scrolled away from it: hide it until the next hover or focus. */
  dismiss: () => void;
}

/** Which cell's popover shows; none when `enabled` is false (on a slide). */
export function useCellPopover(enabled: boolean): CellPopover {
  const hideTimer = useRef<number | undefined>(undefined);
  const [hovered, setHovered] = useState<CellRef | null>(null);
  const [focused, setFocused] = useState<CellRef | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => () => window.clearTimeout(hideTimer.current), []);

  const hover = (cell: CellRef | null) => {
    window.clearTimeout(hideTimer.current);
    if (cell) {
      setDismissed(false);
      setHovered(cell);
    } else {
      hideTimer.current = window.setTimeout(() => setHovered(null), HIDE_DELAY_MS);
    }
  };
  return {
    shown: dismissed || !enabled ? null : (hovered ?? focused),
    hover,
    keep: () => window.clearTimeout(hideTimer.current),
    focus: (cell) => {
      setDismissed(false);
      setFocused(cell);
    },
    blur: () => setFocused(null),
    dismiss: () => setDismissed(true),
  };
}
