import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { BakedVisitChart } from './BakedVisitChart';
import { MilestoneMarkers } from './MilestoneMarkers';
import type { VisitChartProps } from './VisitChart';

// Recharts (a third of the app's code, and seconds of work on a phone) arrives only when
// someone reaches for the chart: until then the baked bars, drawn from the same spec, are the
// chart. They follow the filters, the split and the contacts toggle like the live one.
const loadLive = () => import('./VisitChart');
const LiveVisitChart = lazy(() => loadLive().then((m) => ({ default: m.VisitChart })));

const INTENT = ['pointermove', 'touchstart', 'keydown'] as const;

/**
 * The first sign of a person at the page (a pointer moving, a touch, a key) fetches the live
 * chart, so it is usually there by the time they reach it and their first tap lands on it.
 */
function usePrefetchOnIntent(enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const fetchLive = () => {
      for (const type of INTENT) window.removeEventListener(type, fetchLive);
      void loadLive();
    };
    for (const type of INTENT) window.addEventListener(type, fetchLive, { passive: true });
    return () => {
      for (const type of INTENT) window.removeEventListener(type, fetchLive);
    };
  }, [enabled]);
}

/** The baked chart, reporting its width (the narrow layout) and waking on a first reach. */
function BakedFrame(props: VisitChartProps & { onWake?: (byFocus: boolean) => void }) {
  const { spec, size, onResize, onWake } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) onResize(entry.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [onResize]);
  const wake = onWake ? () => onWake(false) : undefined;
  return (
    <div
      ref={ref}
      className="visits-chart"
      onPointerEnter={wake}
      onTouchStart={wake}
      onFocus={onWake ? () => onWake(true) : undefined}
      {...(onWake
        ? {
            tabIndex: 0,
            role: 'img',
            'aria-label': 'Trips per year: focus for the interactive chart',
          }
        : {})}
    >
      <BakedVisitChart spec={spec} size={size} />
      <MilestoneMarkers spec={spec} size={size} />
      {spec.empty ? <p className="visits-empty">{spec.empty}</p> : null}
    </div>
  );
}

/**
 * The visit chart: baked bars first, Recharts (tooltip, year keys, year clicks) once the
 * pointer, a touch or the keyboard reaches it. A slide (never baked, and sized for the
 * projector's type) draws the live chart at once.
 */
export function VisitChartArea(props: VisitChartProps) {
  const [live, setLive] = useState<'no' | 'yes' | 'focus'>('no');
  usePrefetchOnIntent(!props.presentation && live === 'no');
  if (live === 'no' && !props.presentation) {
    return <BakedFrame {...props} onWake={(byFocus) => setLive(byFocus ? 'focus' : 'yes')} />;
  }
  return (
    <Suspense fallback={<BakedFrame {...props} />}>
      <LiveVisitChart {...props} autoFocus={live === 'focus'} />
    </Suspense>
  );
}
