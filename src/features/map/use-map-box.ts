import { useLayoutEffect, useState } from 'react';
import { BASE_WIDTH } from '../../model/map-layout';

export interface MapBox {
  width: number;
  /** 0 until measured; only a slide's box has a height of its own to fill. */
  height: number;
}

/**
 * The map container's size in px (the baked page and the first render assume `BASE_WIDTH`),
 * measured before paint and whenever it changes; a callback ref, like useGridFits.
 */
export function useMapBox(): [ref: (el: HTMLElement | null) => void, box: MapBox] {
  const [container, setContainer] = useState<HTMLElement | null>(null);
  const [box, setBox] = useState<MapBox>({ width: BASE_WIDTH, height: 0 });
  useLayoutEffect(() => {
    if (!container) return;
    const measure = () => {
      const width = Math.round(container.clientWidth);
      const height = Math.round(container.clientHeight);
      if (width > 0)
        setBox((b) => (b.width === width && b.height === height ? b : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(container);
    return () => observer.disconnect();
  }, [container]);
  return [setContainer, box];
}
