import { useId, useMemo } from 'react';
import type { EngagementEvent } from '../../data/schema';
import { countryColor, directionColor, ELSEWHERE_COLOR, NO_TRAVEL_COLOR } from '../../model/colors';
import { countryName, type DatasetIndex } from '../../model/dataset-index';
import { formatYearSpan } from '../../model/dates';
import { directionLabel } from '../../model/describe';
import { timelineLayout } from '../../model/timeline';
import type { TimelineMarker } from '../../model/timeline-marker';
import { LegendShape, Mark } from './TimelineShapes';
import './timeline.css';
import { plural } from '../../lib/plural';

interface EventsTimelineProps {
  index: DatasetIndex;
  /** The filtered engagements, oldest first. */
  events: readonly EngagementEvent[];
}

/* Drawing units: the SVG is as wide as a slide's content at 1920×1080, so one unit is one
   pixel on a full-HD projector. */
const WIDTH = 1728;
const PAD_X = 16;
const AXIS_WIDTH = WIDTH - 2 * PAD_X;
const TOP = 12;
const LANE_LABELLED = 84;
const LANE_PLAIN = 40;
const LANE_AGGREGATED = 120;
const AGGREGATED_LANES_HEIGHT = 360;
const AXIS_SPACE = 64;
const RADIUS = 13;
const LABEL_SIZE = 25;
const DATE_SIZE = 21;
const BADGE_SIZE = 19;
const GAP = 10;
/** Rough glyph widths (system sans-serif) to reserve room for labels. */
const LABEL_EM = 0.58;
const DATE_EM = 0.53;

const badgeText = (count: number) => `×${count}`;
const badgeWidth = (count: number) =>
  count > 1 ? Math.ceil(badgeText(count).length * BADGE_SIZE * 0.62) + 16 : 0;

/** Label room, in axis fractions: badge, gap and the longer of the label's two lines. */
function labelWidth(m: Pick<TimelineMarker, 'label' | 'dateLabel' | 'count'>): number {
  const text = Math.max(
    Array.from(m.label).length * LABEL_SIZE * LABEL_EM,
    Array.from(m.dateLabel).length * DATE_SIZE * DATE_EM,
  );
  const badge = badgeWidth(m.count);
  return (GAP + (badge > 0 ? badge + 8 : 0) + text + 6) / AXIS_WIDTH;
}

const GROUPING_WORDS = { event: 'trip', month: 'month', quarter: 'quarter', year: 'year' } as const;
const BUCKETS_PER_YEAR = { event: 1, month: 12, quarter: 4, year: 1 } as const;

/**
 * The events timeline slide: every year of the dataset on a horizontal axis, one marker per
 * trip (its engagements grouped, with a "×3" badge) or per contact without travel, coloured
 * by the travelling country and shaped by kind, stacked in lanes so that labels never
 * collide. Large datasets are aggregated (see `timelineLayout`) and drawn as one row of bars
 * per direction, a bar per month (or quarter, or year) as tall as its count.
 */
export function EventsTimeline({ index, events }: EventsTimelineProps) {
  const titleId = useId();
  const pair = index.dataset.meta.countries;
  const { minYear, maxYear } = index;

  const layout = useMemo(() => {
    if (minYear === null || maxYear === null) return null;
    return timelineLayout(events, minYear, maxYear, {
      personName: (id) => index.personById.get(id)?.name,
      countryName: (code) => index.countryNames.get(code),
      labelWidth,
      markerGap: (2 * RADIUS + 8) / AXIS_WIDTH,
      directionOrder: index.directions.map((d) => d.key),
      pair: pair.map((c) => c.code),
    });
  }, [events, index, minYear, maxYear, pair]);

  if (layout === null || events.length === 0) {
    return (
      <div className="timeline">
        <p className="empty-state">No engagements match the filters.</p>
      </div>
    );
  }

  const aggregated = layout.grouping !== 'event';
  const labelled = layout.labelled;
  const lanes = Math.max(layout.lanes, aggregated ? 1 : 3);
  // Aggregated lanes share a fixed height, so a fourth direction (meetings in third countries)
  // does not push the chart past the bottom of a slide.
  const laneHeight = aggregated
    ? Math.min(LANE_AGGREGATED, Math.floor(AGGREGATED_LANES_HEIGHT / lanes))
    : labelled
      ? LANE_LABELLED
      : LANE_PLAIN;
  const axisY = TOP + lanes * laneHeight + 8;
  const height = axisY + AXIS_SPACE;
  const yearWidth = AXIS_WIDTH / layout.years.length;
  // Every year is labelled while there is room; beyond ~20 years every second (third…) one.
  const yearStep = Math.max(1, Math.ceil(84 / yearWidth));
  const xOf = (p: number) => PAD_X + p * AXIS_WIDTH;
  const colorOf = (m: TimelineMarker) =>
    directionColor(
      pair,
      m.kind === 'contact' ? 'none' : m.kind === 'trip' ? 'visit' : 'elsewhere',
      m.guest,
    );
  const markerY = (m: TimelineMarker) => axisY - (m.lane + 1) * laneHeight + RADIUS + 8;
  const kindOf = (m: TimelineMarker) =>
    m.kind === 'contact'
      ? 'Contact without travel'
      : m.kind === 'elsewhere'
        ? 'Meeting in a third country'
        : `Trip, ${directionLabel(index, m.direction)}`;
  const describe = (m: TimelineMarker) =>
    aggregated
      ? `${m.kind === 'contact' ? 'Contacts without travel' : directionLabel(index, m.direction)}, ${m.dateLabel}: ${m.label}`
      : `${kindOf(m)}, ${m.dateLabel}: ${m.label}, ${plural(m.count, 'engagement', 'engagements')}`;
  const tooltip = (m: TimelineMarker) =>
    [
      `${m.dateLabel} · ${m.kind === 'contact' ? 'No travel' : directionLabel(index, m.direction)}${
        aggregated ? ` · ${m.label}` : ''
      }`,
      ...m.titles.map((t) => `• ${t}`),
      ...(m.moreTitles > 0 ? [`…and ${m.moreTitles.toLocaleString('en-GB')} more`] : []),
    ].join('\n');

  const travel = index.directions.filter((d) => d.kind === 'visit');
  const hasElsewhere = layout.markers.some((m) => m.kind === 'elsewhere');
  const hasHollow = layout.markers.some((m) => m.precision === 'year');
  const hasBadges = labelled && layout.markers.some((m) => m.count > 1);
  const trips = layout.markers.filter((m) => m.kind === 'trip').length;
  const abroad = layout.markers.filter((m) => m.kind === 'elsewhere').length;
  const contacts = layout.markers.length - trips - abroad;
  const unit = GROUPING_WORDS[layout.grouping];
  const summary = aggregated
    ? `${plural(layout.engagements, 'engagement', 'engagements')}, counted per ${unit}`
    : `${plural(trips, 'trip', 'trips')}${
        abroad > 0 ? `, ${plural(abroad, 'meeting', 'meetings')} in third countries` : ''
      } and ${plural(contacts, 'contact', 'contacts')} without travel`;

  const renderAggregated = (m: TimelineMarker) => {
    const bottom = axisY - m.lane * laneHeight - 6;
    const room = laneHeight - 40;
    const h = Math.max(3, (m.count / Math.max(1, layout.maxCount)) * room);
    const yearOnly = m.precision === 'year';
    const w = yearOnly
      ? yearWidth - 4
      : Math.max(1.5, (yearWidth / BUCKETS_PER_YEAR[layout.grouping]) * 0.8);
    const color = colorOf(m);
    return (
      <rect
        className="timeline-mark"
        x={xOf(m.position) - w / 2}
        y={bottom - h}
        width={w}
        height={h}
        fill={yearOnly ? 'none' : color}
        stroke={yearOnly ? color : 'none'}
        strokeWidth={yearOnly ? 2 : 0}
        strokeDasharray={yearOnly ? '5 4' : undefined}
      />
    );
  };

  const renderEvent = (m: TimelineMarker) => {
    const x = xOf(m.position);
    const y = markerY(m);
    const color = colorOf(m);
    const right = m.side === 'right';
    const badge = labelled ? badgeWidth(m.count) : 0;
    const badgeX = right ? x + RADIUS + GAP : x - RADIUS - GAP - badge;
    const shift = RADIUS + GAP + (badge > 0 ? badge + 8 : 0);
    const textX = right ? x + shift : x - shift;
    return (
      <>
        <Mark marker={m} x={x} y={y} r={RADIUS} color={color} />
        {badge > 0 ? (
          <g className="timeline-badge">
            <rect x={badgeX} y={y - 15} width={badge} height={30} rx={15} fill={color} />
            <text x={badgeX + badge / 2} y={y + 7} textAnchor="middle">
              {badgeText(m.count)}
            </text>
          </g>
        ) : null}
        {labelled ? (
          <text className="timeline-label" textAnchor={right ? 'start' : 'end'}>
            <tspan x={textX} y={y + 8}>
              {m.label}
            </tspan>
            <tspan className="timeline-date" x={textX} y={y + 38}>
              {m.dateLabel}
            </tspan>
          </text>
        ) : null}
      </>
    );
  };

  const laneNames = aggregated
    ? index.directions.map((d) =>
        d.kind === 'none'
          ? 'Contacts without travel'
          : d.kind === 'elsewhere'
            ? 'Meetings in third countries'
            : `${countryName(index, d.guest)} visits ${countryName(index, d.host)}`,
      )
    : [];

  return (
    <figure className="timeline">
      <ul className="timeline-legend" aria-label="Legend">
        {travel.map((d) => (
          <li key={d.key}>
            <LegendShape kind="trip" color={countryColor(pair, d.guest)} />
            <span>
              {countryName(index, d.guest)} visits {countryName(index, d.host)}
            </span>
          </li>
        ))}
        {hasElsewhere ? (
          <li>
            <LegendShape kind="trip" color={ELSEWHERE_COLOR} />
            <span>Meeting in a third country</span>
          </li>
        ) : null}
        <li>
          <LegendShape kind="contact" color={NO_TRAVEL_COLOR} />
          <span>Contact without travel (call, protest)</span>
        </li>
        {hasBadges ? (
          <li>
            <span className="timeline-legend-badge" aria-hidden="true">
              ×3
            </span>
            <span>engagements on one trip</span>
          </li>
        ) : null}
        {hasHollow ? (
          <li>
            <LegendShape kind="trip" color="var(--text-muted)" hollow />
            <span>Only the year is known</span>
          </li>
        ) : null}
      </ul>
      {/* Focusable, so a keyboard user can scroll it when a narrow screen makes it overflow. */}
      <div className="timeline-scroll" tabIndex={0} role="region" aria-label="Timeline chart">
        <svg
          className="timeline-chart"
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="group"
          aria-labelledby={titleId}
        >
          <title id={titleId}>
            {`Events timeline ${formatYearSpan(minYear, maxYear)}: ${summary}`}
          </title>
          <g aria-hidden="true">
            {layout.years.map((year, i) =>
              i % 2 === 1 ? (
                <rect
                  key={year}
                  className="timeline-band"
                  x={PAD_X + i * yearWidth}
                  y={0}
                  width={yearWidth}
                  height={axisY}
                />
              ) : null,
            )}
            {layout.years.map((year, i) =>
              i === 0 ? null : (
                <line
                  key={year}
                  className="timeline-gridline"
                  x1={PAD_X + i * yearWidth}
                  x2={PAD_X + i * yearWidth}
                  y1={0}
                  y2={axisY + 12}
                />
              ),
            )}
            {layout.years.map((year, i) =>
              i % yearStep === 0 ? (
                <text
                  key={year}
                  className="timeline-year"
                  x={PAD_X + (i + 0.5) * yearWidth}
                  y={axisY + 40}
                  textAnchor="middle"
                >
                  {year}
                </text>
              ) : null,
            )}
            {laneNames.map((name, lane) => (
              <text
                key={name}
                className="timeline-lane-name"
                x={PAD_X + 8}
                y={axisY - (lane + 1) * laneHeight + 24}
              >
                {name}
              </text>
            ))}
            <line className="timeline-axis" x1={PAD_X} x2={WIDTH - PAD_X} y1={axisY} y2={axisY} />
          </g>
          {aggregated ? null : (
            <g aria-hidden="true">
              {layout.markers.map((m) => (
                <line
                  key={m.key}
                  className="timeline-stem"
                  x1={xOf(m.position)}
                  x2={xOf(m.position)}
                  y1={markerY(m) + RADIUS}
                  y2={axisY}
                  stroke={colorOf(m)}
                  strokeDasharray={m.precision === 'year' ? '5 4' : undefined}
                />
              ))}
            </g>
          )}
          {layout.markers.map((m) => (
            <g
              key={m.key}
              className="timeline-marker"
              role="img"
              aria-label={describe(m)}
              data-kind={m.kind}
              data-count={m.count}
            >
              <title>{tooltip(m)}</title>
              {aggregated ? renderAggregated(m) : renderEvent(m)}
            </g>
          ))}
        </svg>
      </div>
      <figcaption className="timeline-note">
        {aggregated
          ? `${summary}: each bar is as tall as its count. Hover a bar for its engagements.`
          : labelled
            ? `${summary}. Engagements on the same trip share one marker; hover a marker for their titles.`
            : `${summary}. Too many to label: hover a marker for its date and titles.`}
      </figcaption>
    </figure>
  );
}
