import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { textOn } from '../../model/colors';
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
  useActiveTooltipLabel,
  type BarShapeProps,
} from 'recharts';
import { Panel } from '../../components/Panel';
import { SegmentedControl, type SegmentOption } from '../../components/SegmentedControl';
import type { ViewProps } from '../../components/view-props';
import { NO_TRAVEL_COLOR } from '../../model/colors';
import { directionLabel } from '../../model/describe';
import { NO_TRAVEL } from '../../model/filters';
import {
  CONTACTS_KEY,
  CONTACTS_LABEL,
  integerTicks,
  levelVisits,
  visitChartRows,
  visitSeries,
  visitTotals,
  yearInRange,
  type VisitChartRow,
  type VisitMode,
  type VisitSeries,
} from '../../model/visits-view';
import { useFilterStore } from '../../state/filter-store';
import { Swatch, TooltipBody } from './VisitTooltip';
import { VisitTable } from './VisitTable';
import './visits.css';
import { plural } from '../../lib/plural';
import { viewTitle } from '../../model/views';

const DIM = 0.3;
const TRIPS_STACK = 'trips';
const MODE_OPTIONS = [
  { value: 'direction', label: 'By direction' },
  { value: 'level', label: 'By level' },
] as const satisfies readonly SegmentOption<VisitMode>[];
/** Below this many pixels per year, the contacts bar stacks on the trips (see `compact`). */
const COMPACT_YEAR_WIDTH = 22;

/** Chart geometry: the dashboard panel, and a slide on the 1920×1080 presentation canvas. */
const SIZES = {
  screen: {
    margin: { top: 22, right: 8, bottom: 4, left: 4 },
    yAxisWidth: 44,
    xAxisHeight: 30,
    tickMargin: 6,
    barGap: 4,
    tripBar: 64,
    contactBar: 40,
    labelOffset: 8,
    /** Counts are printed on the bars up to this many years; beyond, they would collide. */
    segmentLabelsUpTo: 10,
    valueLabelsUpTo: 16,
  },
  slide: {
    margin: { top: 44, right: 8, bottom: 4, left: 8 },
    yAxisWidth: 76,
    xAxisHeight: 52,
    tickMargin: 14,
    barGap: 10,
    tripBar: 170,
    contactBar: 110,
    labelOffset: 0,
    segmentLabelsUpTo: 12,
    valueLabelsUpTo: 16,
  },
} as const;

/** Reports the year under the pointer or keyboard cursor, so Enter can filter by it. */
function ActiveYearProbe({ onChange }: { onChange: (year: number | null) => void }) {
  const label = useActiveTooltipLabel();
  useEffect(() => {
    const year = Number(label);
    onChange(label === undefined || label === null || !Number.isFinite(year) ? null : year);
  }, [label, onChange]);
  return null;
}

interface YearTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** An x-axis year; bold when inside the selected range, muted outside it. */
function YearTick({ x, y, payload, emphasis }: YearTickProps & { emphasis: boolean | null }) {
  const cls = emphasis === null ? '' : emphasis ? ' is-selected' : ' is-dimmed';
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      dy="0.71em"
      textAnchor="middle"
      className={`recharts-cartesian-axis-tick-value visits-year-tick${cls}`}
    >
      {String(payload?.value ?? '')}
    </text>
  );
}

export function VisitFrequency({
  index,
  data,
  filters,
  exports: exportButtons,
  exportsFor,
  presentation = false,
}: ViewProps) {
  const toggleYear = useFilterStore((s) => s.toggleYear);
  const [mode, setMode] = useState<VisitMode>('direction');
  const [showContacts, setShowContacts] = useState(true);
  const [chartWidth, setChartWidth] = useState(800);
  const activeYear = useRef<number | null>(null);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const hatchId = `visits-hatch-${uid}`;
  const contactsBoxId = `visits-contacts-${uid}`;
  const size = presentation ? SIZES.slide : SIZES.screen;

  const levels = useMemo(
    () => (mode === 'level' ? levelVisits(index, data.mask) : data.visits),
    [mode, index, data],
  );
  const rows = useMemo(
    () => visitChartRows(mode, data.visits, levels),
    [mode, data.visits, levels],
  );
  const allSeries = useMemo(() => visitSeries(index, mode, filters), [index, mode, filters]);
  const series = showContacts ? allSeries : allSeries.filter((s) => s.kind !== 'contacts');
  // Meetings in third countries stack on top of the trips, as a series of their own.
  const tripSeries = series.filter((s) => s.kind === 'trips' || s.kind === 'elsewhere');
  const elsewhereSeries = allSeries.find((s) => s.kind === 'elsewhere');
  const contactSeries = series.find((s) => s.kind === 'contacts');
  const totals = visitTotals(rows);
  const picked = visitTotals(rows, filters, allSeries);
  // Too little room per year for two bars side by side (decades on a phone): the contacts
  // bar stacks on top of the trips instead, so that every bar stays wide enough to see.
  const compact = !presentation && chartWidth / Math.max(1, rows.length) < COMPACT_YEAR_WIDTH;
  const contactsOf = (r: VisitChartRow) => (showContacts ? (r[CONTACTS_KEY] ?? 0) : 0);
  const ticks = integerTicks(
    Math.max(
      ...rows.map((r) => (compact ? r.stack + contactsOf(r) : Math.max(r.stack, contactsOf(r)))),
      0,
    ),
  );
  const yMax = ticks[ticks.length - 1] ?? 1;
  const hasRange = filters.from !== null || filters.to !== null;
  const highlighting = hasRange || filters.directions.length > 0;
  const selectedYear = filters.from !== null && filters.from === filters.to ? filters.from : null;
  const tripDirections = filters.directions.filter((d) => d !== NO_TRAVEL);
  const empty =
    totals.trips === 0 && totals.elsewhere === 0 && (!showContacts || totals.contacts === 0);

  const onProbe = useMemo(
    () => (year: number | null) => {
      activeYear.current = year;
    },
    [],
  );

  const onChartKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (presentation) return;
    if ((e.key === 'Enter' || e.key === ' ') && activeYear.current !== null) {
      e.preventDefault();
      toggleYear(activeYear.current);
    }
  };

  /** Totals above the bars, while there is room for them (the tooltip and table have all). */
  const showValues = rows.length <= size.valueLabelsUpTo;

  /** A segment's count, printed only when its stack has more than one segment. */
  const segmentLabel = (r: VisitChartRow, key: string) => {
    if (rows.length > size.segmentLabelsUpTo) return '';
    const value = r[key] ?? 0;
    if (value <= 0 || !yearInRange(r.year, filters)) return '';
    if (!tripSeries.find((t) => t.key === key)?.highlighted) return '';
    const parts = tripSeries.filter((t) => (r[t.key] ?? 0) > 0).length;
    return parts > 1 ? String(value) : '';
  };

  const shapeFor = (s: VisitSeries) =>
    function BarShape(props: BarShapeProps) {
      const year = (props.payload as VisitChartRow | undefined)?.year;
      const on = s.highlighted && (year === undefined || yearInRange(year, filters));
      return <Rectangle {...props} fillOpacity={on ? 1 : DIM} strokeOpacity={on ? 1 : DIM} />;
    };

  const subtitle = `Trips per year ${
    mode === 'direction' ? 'by who travelled' : 'by the highest level on the trip'
  }${elsewhereSeries ? ', and meetings in third countries' : ''}. Engagements on one trip count once.`;

  const actions = (
    <SegmentedControl
      className="visits-switch"
      label="Split trips by"
      options={MODE_OPTIONS}
      value={mode}
      onChange={setMode}
    />
  );

  const table = () => (
    <VisitTable
      index={index}
      mode={mode}
      rows={rows}
      series={allSeries}
      totals={totals}
      filters={filters}
      tripDirections={tripDirections}
      selectedYear={selectedYear}
      onToggleYear={toggleYear}
    />
  );

  const footer = (
    <>
      A trip is one journey abroad: the engagements on it count once, in the year it began, at the
      highest level of anyone on it.
      {elsewhereSeries
        ? ' Meetings at a venue in neither country (a summit abroad, say) are stacked as a series of their own and never counted as one side visiting the other.'
        : ''}{' '}
      The hatched grey bar counts contacts without travel (phone calls, letters, diplomatic
      protests); they are not trips.
      {compact ? ' On a narrow screen it sits on top of the trips to leave each year room.' : ''}
      {mode === 'level' && tripDirections.length > 0 ? (
        <>
          {' '}
          <strong className="visits-note">
            Levels shown for {tripDirections.map((d) => directionLabel(index, d)).join(' and ')}{' '}
            only (direction filter).
          </strong>
        </>
      ) : null}
    </>
  );

  return (
    <Panel
      id="visit-frequency"
      title={viewTitle('visit-frequency')}
      subtitle={subtitle}
      actions={actions}
      exports={exportsFor ? exportsFor({ visitMode: mode, showContacts }) : exportButtons}
      table={table}
      footer={footer}
      presentation={presentation}
    >
      <div className="visits-body">
        <div className="visits-toolbar">
          <ul className="visits-legend" aria-label="Legend">
            {series.map((s) => (
              <li key={s.key} className={s.highlighted ? undefined : 'is-dimmed'}>
                <Swatch series={s} />
                <span dir="auto">{s.label}</span>
              </li>
            ))}
          </ul>
          {presentation ? null : (
            <div className="visits-contacts-toggle">
              <input
                type="checkbox"
                id={contactsBoxId}
                checked={showContacts}
                onChange={(e) => setShowContacts(e.target.checked)}
              />
              <label htmlFor={contactsBoxId}>Show contacts without travel</label>
            </div>
          )}
        </div>
        <p className="visits-summary">
          <span>
            <strong>{plural(totals.trips, 'trip', 'trips')}</strong>
            {elsewhereSeries
              ? `, ${plural(totals.elsewhere, 'meeting', 'meetings')} in third countries`
              : ''}
            {showContacts
              ? ` and ${plural(totals.contacts, 'contact', 'contacts')} without travel`
              : ''}
            {rows.length > 0 ? (
              <>
                ,{' '}
                <span className="nowrap">{`${rows[0]!.year}–${rows[rows.length - 1]!.year}`}</span>
              </>
            ) : null}
          </span>
          {highlighting ? (
            <span className="nowrap">
              {' · '}
              <strong>
                Selected
                {hasRange
                  ? ` (${selectedYear ?? `${filters.from ?? rows[0]?.year ?? ''}–${filters.to ?? rows[rows.length - 1]?.year ?? ''}`})`
                  : ''}
                : {plural(picked.trips, 'trip', 'trips')}
              </strong>
              {elsewhereSeries ? `, ${plural(picked.elsewhere, 'meeting', 'meetings')} abroad` : ''}
              {showContacts ? `, ${plural(picked.contacts, 'contact', 'contacts')}` : ''}
            </span>
          ) : null}
        </p>
        <div className="visits-chart" onKeyDown={onChartKeyDown}>
          <ResponsiveContainer
            width="100%"
            height="100%"
            initialDimension={{ width: 800, height: 320 }}
            onResize={(width) => setChartWidth(width)}
          >
            <BarChart
              data={rows}
              margin={size.margin}
              barGap={compact ? 0 : size.barGap}
              barCategoryGap={compact ? '12%' : '22%'}
              title="Trips per year"
              desc={
                presentation
                  ? 'Bar chart of trips per year.'
                  : 'Bar chart of trips per year. Arrow keys move between years; Enter filters by the year.'
              }
              onClick={
                presentation
                  ? undefined
                  : (state) => {
                      const year = Number(state?.activeLabel);
                      if (state?.activeLabel !== undefined && Number.isFinite(year))
                        toggleYear(year);
                    }
              }
              style={presentation ? undefined : { cursor: 'pointer' }}
              accessibilityLayer={!presentation}
            >
              <defs>
                <pattern
                  id={hatchId}
                  patternUnits="userSpaceOnUse"
                  width="6"
                  height="6"
                  patternTransform="rotate(45)"
                >
                  <rect width="6" height="6" fill={NO_TRAVEL_COLOR} fillOpacity={0.35} />
                  <line x1="0" y1="0" x2="0" y2="6" stroke={NO_TRAVEL_COLOR} strokeWidth="3" />
                </pattern>
              </defs>
              <CartesianGrid vertical={false} className="visits-grid" />
              <XAxis
                dataKey="year"
                type="category"
                interval={rows.length > 14 ? 'preserveStartEnd' : 0}
                tickLine={false}
                axisLine={{ className: 'visits-axis-line' }}
                height={size.xAxisHeight}
                tickMargin={size.tickMargin}
                tick={(t: YearTickProps) => (
                  <YearTick
                    {...t}
                    emphasis={hasRange ? yearInRange(Number(t.payload?.value), filters) : null}
                  />
                )}
              />
              <YAxis
                allowDecimals={false}
                domain={[0, yMax]}
                ticks={ticks}
                interval={0}
                tickLine={false}
                axisLine={false}
                width={size.yAxisWidth}
                label={{
                  value: elsewhereSeries ? 'Trips & meetings' : 'Trips',
                  angle: -90,
                  position: 'insideLeft',
                  offset: size.labelOffset,
                  className: 'visits-axis-label',
                }}
              />
              <Tooltip
                cursor={{ className: 'visits-cursor' }}
                isAnimationActive={false}
                content={(p) =>
                  p.active ? (
                    <TooltipBody
                      rows={rows}
                      series={series}
                      label={p.label}
                      selectedYear={selectedYear}
                      interactive={!presentation}
                    />
                  ) : null
                }
              />
              {tripSeries.map((s, i) => (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.label}
                  stackId={TRIPS_STACK}
                  fill={s.color}
                  maxBarSize={size.tripBar}
                  isAnimationActive={false}
                  shape={shapeFor(s)}
                >
                  <LabelList
                    dataKey={(r: VisitChartRow) => segmentLabel(r, s.key)}
                    position="center"
                    className="visits-segment-value"
                    fill={textOn(s.color)}
                  />
                  {i === tripSeries.length - 1 && showValues ? (
                    <LabelList
                      dataKey="stack"
                      position="top"
                      className="visits-value"
                      formatter={(v) => (Number(v) > 0 ? String(v) : '')}
                    />
                  ) : null}
                </Bar>
              ))}
              {contactSeries ? (
                <Bar
                  key={contactSeries.key}
                  dataKey={contactSeries.key}
                  name={CONTACTS_LABEL}
                  {...(compact ? { stackId: TRIPS_STACK } : {})}
                  fill={`url(#${hatchId})`}
                  stroke={NO_TRAVEL_COLOR}
                  strokeWidth={1}
                  maxBarSize={compact ? size.tripBar : size.contactBar}
                  isAnimationActive={false}
                  shape={shapeFor(contactSeries)}
                >
                  {showValues && !compact ? (
                    <LabelList
                      dataKey={contactSeries.key}
                      position="top"
                      className="visits-value visits-value-muted"
                      formatter={(v) => (Number(v) > 0 ? String(v) : '')}
                    />
                  ) : null}
                </Bar>
              ) : null}
              <ActiveYearProbe onChange={onProbe} />
            </BarChart>
          </ResponsiveContainer>
          {empty ? <p className="visits-empty">No trips or contacts match the filters.</p> : null}
        </div>
      </div>
    </Panel>
  );
}
