import type { EngagementEvent } from '../data/schema';
import { eventDirectionKey } from './dataset-index';
import { formatEventDate } from './dates';
import { NO_TRAVEL } from './filters';
import { aggregatedMarkers } from './timeline-buckets';
import {
  contactLabel,
  elsewhereLabel,
  travellerLabel,
  type TimelineNames,
} from './timeline-labels';
import { assignLanes } from './timeline-lanes';
import {
  kindOfDirection,
  timelineMarker,
  type TimelineGrouping,
  type TimelineKind,
  type TimelineMarker,
} from './timeline-marker';
import { clamp01, effectivePrecision, PRECISION_RANK, timelinePosition } from './timeline-position';
import { densestYear, mergeYear, type TimelineGroup } from './timeline-years';
import { formatInt } from '../lib/format-number';

/**
 * Layout of the events timeline: a horizontal year axis with one marker per trip (the
 * engagements of one visitId share a marker) or per contact without travel, stacked in
 * lanes so that neither markers nor their labels overlap and no leader line crosses a label.
 * Labels go where they fit; the rest are `labelled: false` (the slide lists them). Where
 * markers would collide even without labels, the busiest years are grouped, one marker per
 * year and direction (`byYear`), until they fit.
 *
 * Large datasets: above `maxMarkers` marker groups (default 400), or when the markers
 * would need more than `maxLanes` lanes even without labels, the timeline aggregates
 * instead: one marker per month and direction (per quarter, then per year, whichever is
 * the finest that stays under the cap), one lane per direction, sized by its count. So
 * 100 000 engagements still draw a few hundred marks at most, and the picture stays honest
 * (a bucket says how many engagements it holds).
 */
export const MAX_TIMELINE_MARKERS = 400;
export const MAX_TIMELINE_LANES = 6;

export interface TimelineLayout {
  /** Every year of the axis, labelled. */
  years: number[];
  /** Sorted by position, then lane. */
  markers: TimelineMarker[];
  lanes: number;
  /** True when the lanes leave room for every label (only when `labelWidth` was given). */
  labelled: boolean;
  grouping: TimelineGrouping;
  engagements: number;
  /** The largest `count` of any marker (for sizing aggregated markers). */
  maxCount: number;
}

export interface TimelineOptions extends TimelineNames {
  /** A marker's label width as a fraction of the axis; without it labels take no room. */
  labelWidth?: (marker: Pick<TimelineMarker, 'label' | 'dateLabel' | 'count'>) => number;
  /** Room a marker takes on the axis (its diameter plus a margin), as a fraction. */
  markerGap?: number;
  maxMarkers?: number;
  maxLanes?: number;
  /** Direction keys in legend order: aggregated markers get one lane per direction. */
  directionOrder?: readonly string[];
  /** The pair's country codes: a hostless meeting outside them is `elsewhere`. */
  pair?: readonly string[];
}

/** Markers in lanes, before they are sorted into a layout. */
type PlacedMarkers = Pick<TimelineLayout, 'markers' | 'lanes' | 'labelled' | 'grouping'>;

const directionOf = (e: EngagementEvent, options: TimelineOptions) =>
  eventDirectionKey(e, options.pair ?? []);

/** The engagement that dates a group: the most precise, then the earliest. */
function representative(events: readonly EngagementEvent[]): EngagementEvent {
  let best = events[0]!;
  let bestRank = PRECISION_RANK[effectivePrecision(best.date, best.datePrecision)];
  for (const e of events) {
    const rank = PRECISION_RANK[effectivePrecision(e.date, e.datePrecision)];
    if (rank > bestRank || (rank === bestRank && e.date < best.date)) {
      best = e;
      bestRank = rank;
    }
  }
  return best;
}

type Group = TimelineGroup;

/** Engagements grouped by trip, or null as soon as there are more than `max` groups. */
function groupByTrip(
  events: readonly EngagementEvent[],
  max: number,
  options: TimelineOptions,
): Group[] | null {
  const groups = new Map<string, Group>();
  for (const e of events) {
    const travel = directionOf(e, options) !== NO_TRAVEL;
    const key = travel && e.visitId !== null ? `visit:${e.visitId}` : `event:${e.id}`;
    let g = groups.get(key);
    if (!g) {
      if (groups.size >= max) return null;
      g = { key, events: [], byYear: false };
      groups.set(key, g);
    }
    g.events.push(e);
  }
  return [...groups.values()];
}

/** A trip by its traveller, a third-country meeting by its venue, a lone contact by its type. */
function groupLabel(
  kind: TimelineKind,
  group: Group,
  rep: EngagementEvent,
  options: TimelineOptions,
): string {
  if (group.byYear) return yearGroupLabel(kind, group.events.length);
  if (kind === 'trip') return travellerLabel(group.events, options);
  if (kind === 'elsewhere') return elsewhereLabel(group.events, options);
  return contactLabel(rep, options);
}

/** "5 engagements on trips", "3 contacts without travel". */
function yearGroupLabel(kind: TimelineKind, n: number): string {
  const what =
    kind === 'contact'
      ? n === 1
        ? 'contact'
        : 'contacts'
      : kind === 'elsewhere'
        ? n === 1
          ? 'meeting'
          : 'meetings'
        : n === 1
          ? 'engagement'
          : 'engagements';
  return `${formatInt(n)} ${what}`;
}

/** A year group sits mid-year and is dated by its year. */
function yearGroupPlacement(year: number, minYear: number, maxYear: number) {
  const span = maxYear - minYear + 1;
  return {
    position: clamp01((year - minYear + 0.5) / span),
    precision: 'year' as const,
    date: String(year),
    dateLabel: String(year),
  };
}

function eventMarker(
  group: Group,
  minYear: number,
  maxYear: number,
  options: TimelineOptions,
): TimelineMarker {
  const rep = representative(group.events);
  const precision = effectivePrecision(rep.date, rep.datePrecision);
  const direction = directionOf(rep, options);
  const kind = kindOfDirection(direction);
  const when = group.byYear
    ? yearGroupPlacement(Number(rep.date.slice(0, 4)), minYear, maxYear)
    : {
        position: timelinePosition(rep.date, precision, minYear, maxYear),
        precision,
        date: rep.date,
        dateLabel: formatEventDate(rep.date, precision),
      };
  const placement = {
    key: group.key,
    kind,
    direction,
    lane: 0,
    ...when,
    label: groupLabel(kind, group, rep, options),
    byYear: group.byYear,
  };
  return timelineMarker(placement, rep, group.events);
}

/**
 * One marker per trip or contact (per year and direction in the busiest years) in at most
 * `maxLanes` lanes, labelled where `labelWidth` leaves room; null when there are too many
 * markers, or too many even with every year grouped.
 */
function eventMarkersInLanes(
  events: readonly EngagementEvent[],
  minYear: number,
  maxYear: number,
  options: TimelineOptions,
): PlacedMarkers | null {
  const maxLanes = options.maxLanes ?? MAX_TIMELINE_LANES;
  const gap = options.markerGap ?? 0.015;
  let groups = groupByTrip(events, options.maxMarkers ?? MAX_TIMELINE_MARKERS, options);
  const direction = (e: EngagementEvent) => directionOf(e, options);
  while (groups !== null) {
    const markers = groups.map((g) => eventMarker(g, minYear, maxYear, options));
    const lanes = assignLanes(markers, options.labelWidth ?? null, gap, maxLanes);
    if (lanes !== null) {
      const labelled = options.labelWidth !== undefined && markers.every((m) => m.labelled);
      return { markers, lanes, labelled, grouping: 'event' };
    }
    const year = densestYear(groups, direction);
    groups = year === null ? null : mergeYear(groups, year, direction);
  }
  return null;
}

const byPosition = (a: TimelineMarker, b: TimelineMarker) =>
  a.position - b.position || a.lane - b.lane || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Lays out `events` (oldest first) on an axis of the whole years minYear … maxYear.
 * See the module comment for grouping, lanes and the aggregation of large datasets.
 */
export function timelineLayout(
  events: readonly EngagementEvent[],
  minYear: number,
  maxYear: number,
  options: TimelineOptions = {},
): TimelineLayout {
  const years: number[] = [];
  for (let y = minYear; y <= maxYear; y++) years.push(y);
  const placed = eventMarkersInLanes(events, minYear, maxYear, options) ?? {
    ...aggregatedMarkers(
      events,
      minYear,
      maxYear,
      options.pair ?? [],
      options.directionOrder ?? [],
      options.maxMarkers ?? MAX_TIMELINE_MARKERS,
    ),
    labelled: false,
  };
  const { markers, lanes, labelled, grouping } = placed;
  return {
    years,
    markers: markers.sort(byPosition),
    lanes,
    labelled,
    grouping,
    engagements: events.length,
    maxCount: markers.reduce((n, m) => Math.max(n, m.count), 0),
  };
}
