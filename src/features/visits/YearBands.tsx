import { useEffect, type RefObject } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';

/** The year whose band holds a point of the chart (in its own pixels), or null outside them. */
export type YearAt = (x: number, y: number) => number | null;

type XScale = NonNullable<ReturnType<typeof useXAxisScale>>;
type PlotArea = NonNullable<ReturnType<typeof usePlotArea>>;

/**
 * Years by where they are drawn: a point belongs to the year whose band centre is nearest, from
 * the top of the plot down through the year labels under it (`below` pixels).
 */
export function yearAtOf(
  scale: XScale,
  plot: PlotArea,
  years: readonly number[],
  below: number,
): YearAt {
  const centres = years.map((year) => ({ year, x: scale(year, { position: 'middle' }) }));
  return (x, y) => {
    if (x < plot.x || x > plot.x + plot.width) return null;
    if (y < plot.y || y > plot.y + plot.height + below) return null;
    let best: number | null = null;
    let bestDistance = Infinity;
    for (const c of centres) {
      if (c.x === undefined) continue;
      const distance = Math.abs(c.x - x);
      if (distance < bestDistance) [best, bestDistance] = [c.year, distance];
    }
    return best;
  };
}

/**
 * Keeps `yearAtRef` on the chart's current year bands, so that one click or tap on a year
 * selects it from where it landed (not from the hover state, which a tap or a first click has
 * not set yet).
 */
export function YearHitProbe({
  years,
  below,
  yearAtRef,
}: {
  years: readonly number[];
  below: number;
  yearAtRef: RefObject<YearAt | null>;
}) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  useEffect(() => {
    yearAtRef.current = scale && plot ? yearAtOf(scale, plot, years, below) : null;
  }, [scale, plot, years, below, yearAtRef]);
  return null;
}

/** The selected year's band behind its bars: one year marked, on its own. */
export function SelectedYearBand({ year }: { year: number | null }) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (year === null || !scale || !plot) return null;
  const start = scale(year, { position: 'start' });
  const end = scale(year, { position: 'end' });
  if (start === undefined || end === undefined) return null;
  return (
    <rect
      className="visits-selected-band"
      data-year={year}
      x={start}
      y={plot.y}
      width={Math.max(0, end - start)}
      height={plot.height}
    />
  );
}
