import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { DIM_OPACITY, HATCH } from '../../model/chart-spec';
import {
  visitMark,
  type VisitChartSpec,
  type VisitStackSeries,
} from '../../model/visit-chart-spec';
import type { VisitChartRow, VisitSeries } from '../../model/visits-view';
import type { YearClick } from './use-year-click';
import type { YearKeys } from './use-year-keys';
import { ALL_YEARS_UP_TO, type VisitSize } from './visit-sizes';
import { BakedVisitChart } from './BakedVisitChart';
import { MilestoneMarkers } from './MilestoneMarkers';
import { TooltipBody } from './VisitTooltip';
import { SelectedYearBand, YearHitProbe } from './YearBands';
import { ActiveYearProbe, YearTick, type YearTickProps } from './YearTick';

const TRIPS_STACK = 'trips';

export interface VisitChartProps {
  spec: VisitChartSpec;
  size: VisitSize;
  presentation: boolean;
  /** Unique per chart: the contacts hatch's pattern id. */
  hatchId: string;
  yearKeys: YearKeys;
  yearClick: YearClick;
  onResize: (width: number) => void;
  /** Woken by the keyboard: focus moves into the live chart once it has drawn. */
  autoFocus?: boolean;
}

/** The hatch of contacts without travel, as in the export (see `HATCH`). */
function hatchPattern(id: string) {
  return (
    <defs>
      <pattern
        id={id}
        patternUnits="userSpaceOnUse"
        width={HATCH.tile}
        height={HATCH.tile}
        patternTransform={`rotate(${HATCH.angle})`}
      >
        <rect width={HATCH.tile} height={HATCH.tile} className="visits-hatch-bg" />
        <rect width={HATCH.stripe} height={HATCH.tile} fill={HATCH.color} />
      </pattern>
    </defs>
  );
}

/** A bar drawn faded where the spec dims its mark. */
const shapeFor = (spec: VisitChartSpec, s: VisitSeries) =>
  function BarShape(props: BarShapeProps) {
    const year = (props.payload as VisitChartRow | undefined)?.year;
    const dimmed = year === undefined ? !s.highlighted : visitMark(spec, year, s.key)?.dimmed;
    const opacity = dimmed ? DIM_OPACITY : 1;
    return <Rectangle {...props} fillOpacity={opacity} strokeOpacity={opacity} />;
  };

/** The spec's label of one mark, or '' (LabelList draws nothing for it). */
const markLabel = (spec: VisitChartSpec, key: string) => (r: VisitChartRow) =>
  visitMark(spec, r.year, key)?.label ?? '';

/** The totals above the stack: one list for the highlighted years, one muted for the rest. */
function totalLabels(spec: VisitChartSpec) {
  const label = (dimmed: boolean) => (r: VisitChartRow) => {
    const t = spec.years.find((y) => y.year === r.year)?.total;
    return t && t.dimmed === dimmed ? (t.label ?? '') : '';
  };
  return [
    <LabelList key="on" dataKey={label(false)} position="top" className="visits-value" />,
    <LabelList
      key="off"
      dataKey={label(true)}
      position="top"
      className="visits-value visits-value-muted"
    />,
  ];
}

/** What every bar of a series shares: its key, name and the spec's faded shape. */
const seriesBar = (spec: VisitChartSpec, s: VisitSeries) => ({
  dataKey: s.key,
  name: s.label,
  isAnimationActive: false,
  shape: shapeFor(spec, s),
});

function stackBar(spec: VisitChartSpec, s: VisitStackSeries, last: boolean, size: VisitSize) {
  return (
    <Bar
      key={s.key}
      {...seriesBar(spec, s)}
      stackId={TRIPS_STACK}
      fill={s.color}
      maxBarSize={size.tripBar}
    >
      <LabelList
        dataKey={markLabel(spec, s.key)}
        position="center"
        className="visits-segment-value"
        fill={s.labelColor}
      />
      {last ? totalLabels(spec) : null}
    </Bar>
  );
}

function contactsBar(spec: VisitChartSpec, s: VisitSeries, size: VisitSize, hatchId: string) {
  const stacked = spec.stackContacts;
  return (
    <Bar
      key={s.key}
      {...seriesBar(spec, s)}
      {...(stacked ? { stackId: TRIPS_STACK } : {})}
      fill={`url(#${hatchId})`}
      stroke={s.color}
      strokeWidth={1}
      maxBarSize={stacked ? size.tripBar : size.contactBar}
    >
      <LabelList
        dataKey={markLabel(spec, s.key)}
        position="top"
        className="visits-value visits-value-muted"
      />
    </Bar>
  );
}

function yearAxis(spec: VisitChartSpec, size: VisitSize) {
  const emphasis = (year: number) => spec.years.find((y) => y.year === year)?.emphasis ?? null;
  return (
    <XAxis
      dataKey="year"
      type="category"
      interval={spec.rows.length > ALL_YEARS_UP_TO ? 'preserveStartEnd' : 0}
      tickLine={false}
      axisLine={{ className: 'visits-axis-line' }}
      height={size.xAxisHeight}
      tickMargin={size.tickMargin}
      tick={(t: YearTickProps) => <YearTick {...t} emphasis={emphasis(Number(t.payload?.value))} />}
    />
  );
}

function valueAxis(spec: VisitChartSpec, size: VisitSize) {
  return (
    <YAxis
      allowDecimals={false}
      domain={[0, spec.yMax]}
      ticks={spec.ticks}
      interval={0}
      tickLine={false}
      axisLine={false}
      width={size.yAxisWidth}
      label={{
        value: spec.yLabel,
        angle: -90,
        position: 'insideLeft',
        offset: size.labelOffset,
        // Centred on the plot, as the baked label is: from the middle up, a short plot (a
        // slide with the milestones' key) would cut its first letters.
        textAnchor: 'middle',
        className: 'visits-axis-label',
      }}
    />
  );
}

function yearTooltip(spec: VisitChartSpec, presentation: boolean) {
  return (
    <Tooltip
      cursor={{ className: 'visits-cursor' }}
      isAnimationActive={false}
      content={(p) =>
        p.active ? (
          <TooltipBody
            rows={spec.rows}
            series={spec.shownSeries}
            label={p.label}
            selectedYear={spec.selectedYear}
            interactive={!presentation}
          />
        ) : null
      }
    />
  );
}

const DESCRIPTION = 'Bar chart of trips per year.';
const KEYS_HINT = ' Arrow keys move between years; Enter filters by the year.';

/** The bars, axes and tooltip of Visit frequency, with the empty state over them. */
export function VisitChart(props: VisitChartProps) {
  const { spec, size, presentation, hatchId, yearKeys, yearClick } = props;
  const compact = spec.stackContacts;
  // One array per set of rows: the click probe recomputes the year bands when it changes.
  const years = useMemo(() => spec.rows.map((r) => r.year), [spec.rows]);
  // Until the container is measured, Recharts draws nothing (and nothing at all at build
  // time): the baked bars stand in, and give way when the measure arrives.
  const [measured, setMeasured] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const focusOnce = useRef(props.autoFocus ?? false);
  useEffect(() => {
    if (!measured || !focusOnce.current) return;
    focusOnce.current = false;
    ref.current?.querySelector<SVGElement>('.recharts-surface')?.focus();
  }, [measured]);
  return (
    <div
      ref={ref}
      className="visits-chart"
      onKeyDownCapture={yearKeys.onKeyDownCapture}
      onClick={presentation ? undefined : yearClick.onClick}
    >
      <ResponsiveContainer
        width="100%"
        height="100%"
        initialDimension={{ width: 800, height: 320 }}
        onResize={(width) => {
          setMeasured(true);
          props.onResize(width);
        }}
      >
        <BarChart
          data={spec.rows}
          margin={size.margin}
          barGap={compact ? 0 : size.barGap}
          barCategoryGap={compact ? '12%' : '22%'}
          title="Trips per year"
          desc={presentation ? DESCRIPTION : DESCRIPTION + KEYS_HINT}
          style={presentation ? undefined : { cursor: 'pointer' }}
          accessibilityLayer={!presentation}
        >
          {hatchPattern(hatchId)}
          <CartesianGrid vertical={false} className="visits-grid" />
          <SelectedYearBand year={spec.selectedYear} />
          {yearAxis(spec, size)}
          {valueAxis(spec, size)}
          {yearTooltip(spec, presentation)}
          {spec.stackSeries.map((s, i) =>
            stackBar(spec, s, i === spec.stackSeries.length - 1, size),
          )}
          {spec.contactSeries ? contactsBar(spec, spec.contactSeries, size, hatchId) : null}
          <ActiveYearProbe onChange={yearKeys.onActiveYear} />
          <YearHitProbe years={years} below={size.xAxisHeight} yearAtRef={yearClick.yearAtRef} />
        </BarChart>
      </ResponsiveContainer>
      {measured || spec.empty ? null : <BakedVisitChart spec={spec} size={size} />}
      <MilestoneMarkers spec={spec} size={size} />
      {spec.empty ? <p className="visits-empty">{spec.empty}</p> : null}
    </div>
  );
}
