import type { CSSProperties } from 'react';
import { DIM_OPACITY, HATCH } from '../../model/chart-spec';
import type { VisitChartSpec, VisitYearSpec } from '../../model/visit-chart-spec';
import { ALL_YEARS_UP_TO, plotInset, type VisitSize } from './visit-sizes';

/**
 * How a year is labelled under the axis: every year on a short axis; on a long one the first,
 * the last and every fifth ('minor' unless a multiple of ten: a phone shows only the major).
 */
function yearLabel(years: readonly VisitYearSpec[], i: number): 'major' | 'minor' | null {
  if (years.length <= ALL_YEARS_UP_TO || i === 0 || i === years.length - 1) return 'major';
  const year = years[i]!.year;
  if (year % 5 !== 0 || i < 2 || i > years.length - 3) return null;
  return year % 10 === 0 ? 'major' : 'minor';
}

/** Where each segment of a year's stack ends, counting from the axis. */
function stackTops(y: VisitYearSpec): number[] {
  const tops: number[] = [];
  for (const m of y.stack) tops.push((tops[tops.length - 1] ?? 0) + m.value);
  return tops;
}

/** Where a year's bars stand in its slot (x is the slot's index), in data units. */
function barSlots(y: VisitYearSpec, x: number, spec: VisitChartSpec) {
  const side = y.contacts !== null && !spec.stackContacts;
  const barX = side ? x + 0.14 : x + 0.2;
  const barW = side ? 0.42 : 0.6;
  return {
    barX,
    barW,
    contactsX: side ? barX + barW + 0.02 : barX,
    contactsW: side ? 0.28 : barW,
    contactsBase: side ? 0 : (stackTops(y).at(-1) ?? 0),
  };
}

/** One year's stack, bottom first, in data units: x is the year's slot. */
function YearBars({ y, x, spec }: { y: VisitYearSpec; x: number; spec: VisitChartSpec }) {
  const { barX, barW } = barSlots(y, x, spec);
  const tops = stackTops(y);
  const stack = y.stack.map((m, i) => (
    <rect
      key={m.key}
      x={barX}
      width={barW}
      y={spec.yMax - tops[i]!}
      height={m.value}
      fill={m.color}
      fillOpacity={m.dimmed ? DIM_OPACITY : 1}
    />
  ));
  return <g>{stack}</g>;
}

/**
 * A year's contacts bar, hatched as the live chart and the legend draw it. It is a box in the
 * plot's percentages rather than in the stretched SVG, where the stripes would stretch too.
 */
function ContactsBar({ y, x, spec }: { y: VisitYearSpec; x: number; spec: VisitChartSpec }) {
  const c = y.contacts;
  if (!c || c.value <= 0) return null;
  const n = Math.max(1, spec.years.length);
  const slot = barSlots(y, x, spec);
  const pct = (v: number, of: number) => `${(v / of) * 100}%`;
  return (
    <span
      className="visits-baked-contacts"
      style={{
        left: pct(slot.contactsX, n),
        width: pct(slot.contactsW, n),
        bottom: pct(slot.contactsBase, spec.yMax),
        height: pct(c.value, spec.yMax),
        borderColor: c.color,
        opacity: c.dimmed ? DIM_OPACITY : 1,
        backgroundImage: `repeating-linear-gradient(-45deg, ${HATCH.color} 0 ${HATCH.stripe}px, transparent ${HATCH.stripe}px ${HATCH.tile}px)`,
      }}
    />
  );
}

/**
 * The bars as the build bakes them, before Recharts has measured the page and drawn its own:
 * the same spec, in a box that stretches to any width without script (an SVG in data units
 * inside a CSS-positioned plot). Its axes and counts match the live chart's; it gives way to
 * the live chart as soon as that has drawn.
 */
export function BakedVisitChart({ spec, size }: { spec: VisitChartSpec; size: VisitSize }) {
  const n = Math.max(1, spec.years.length);
  const plot: CSSProperties = plotInset(size);
  return (
    <div className="visits-baked" aria-hidden="true">
      <div className="visits-baked-plot" style={plot}>
        {spec.ticks.map((t) => (
          <span
            key={t}
            className="visits-baked-tick"
            style={{ bottom: `${(t / spec.yMax) * 100}%` }}
          >
            <span className="visits-baked-tick-label">{t}</span>
          </span>
        ))}
        <svg viewBox={`0 0 ${n} ${spec.yMax}`} preserveAspectRatio="none">
          {spec.years.map((y, i) => (
            <YearBars key={y.year} y={y} x={i} spec={spec} />
          ))}
        </svg>
        {spec.years.map((y, i) => (
          <ContactsBar key={y.year} y={y} x={i} spec={spec} />
        ))}
        {spec.years.map((y, i) => {
          const label = yearLabel(spec.years, i);
          return label ? (
            <span
              key={y.year}
              className={`visits-baked-year is-${label}`}
              style={{ left: `${((i + 0.5) / n) * 100}%` }}
            >
              {y.year}
            </span>
          ) : null;
        })}
      </div>
      <span className="visits-baked-axis-label" style={{ top: plot.top, bottom: plot.bottom }}>
        {spec.yLabel}
      </span>
    </div>
  );
}
