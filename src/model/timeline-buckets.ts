import type { DatePrecision, EngagementEvent } from '../data/schema';
import { eventDirectionKey } from './dataset-index';
import { formatEventDate } from './dates';
import { clamp01, timelinePosition } from './timeline-position';
import {
  kindOfDirection,
  timelineMarker,
  type TimelineGrouping,
  type TimelineMarker,
} from './timeline-marker';
import { plural } from '../lib/plural';

type Aggregation = Exclude<TimelineGrouping, 'event'>;
/** Finest first: the first that stays under the marker cap wins. */
const AGGREGATIONS = ['month', 'quarter', 'year'] as const;

interface Bucket {
  position: number;
  precision: DatePrecision;
  dateLabel: string;
  date: string;
}

interface BucketGroup {
  bucket: string;
  direction: string;
  events: EngagementEvent[];
}

export interface AggregatedMarkers {
  markers: TimelineMarker[];
  grouping: TimelineGrouping;
  lanes: number;
}

/** The bucket an engagement falls in: `2022`, `2022-11` or `2022-Q4` (cheap: string slices). */
function bucketKey(e: EngagementEvent, grouping: Aggregation): string {
  const year = e.datePrecision === 'year' || e.date.length < 7;
  if (year || grouping === 'year') return e.date.slice(0, 4);
  if (grouping === 'month') return e.date.slice(0, 7);
  const m = Number(e.date.slice(5, 7));
  return `${e.date.slice(0, 4)}-Q${Math.min(4, Math.max(1, Math.ceil(m / 3)))}`;
}

/** Where a bucket sits on the axis and how it is dated. */
function bucketInfo(key: string, minYear: number, maxYear: number): Bucket {
  const span = maxYear - minYear + 1;
  const y = key.slice(0, 4);
  const yearStart = Number(y) - minYear;
  if (key.length === 4) {
    return {
      position: clamp01((yearStart + 0.5) / span),
      precision: 'year',
      dateLabel: y,
      date: y,
    };
  }
  if (key[5] === 'Q') {
    const q = Number(key.slice(6));
    const month = `${y}-${String(q * 3 - 2).padStart(2, '0')}`;
    return {
      position: clamp01((yearStart + (q - 0.5) / 4) / span),
      precision: 'month',
      dateLabel: `Q${q} ${y}`,
      date: month,
    };
  }
  return {
    position: timelinePosition(key, 'month', minYear, maxYear),
    precision: 'month',
    dateLabel: formatEventDate(key, 'month'),
    date: key,
  };
}

/** The finest grouping with at most `maxMarkers` buckets × directions (else `year`). */
function finestGrouping(
  events: readonly EngagementEvent[],
  directions: readonly string[],
  maxMarkers: number,
): Aggregation {
  for (const g of AGGREGATIONS) {
    const keys = new Set<string>();
    for (let i = 0; i < events.length && keys.size <= maxMarkers; i++) {
      keys.add(`${bucketKey(events[i]!, g)}|${directions[i]!}`);
    }
    if (keys.size <= maxMarkers) return g;
  }
  return 'year';
}

/** Engagements by `<bucket>|<direction>`, in order of first appearance. */
function bucketGroups(
  events: readonly EngagementEvent[],
  directions: readonly string[],
  grouping: Aggregation,
): Map<string, BucketGroup> {
  const byKey = new Map<string, BucketGroup>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const bucket = bucketKey(e, grouping);
    const direction = directions[i]!;
    const key = `${bucket}|${direction}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { bucket, direction, events: [] };
      byKey.set(key, entry);
    }
    entry.events.push(e);
  }
  return byKey;
}

/** Lane of each direction: the given order first, then others as they are first asked for. */
function directionLanes(directionOrder: readonly string[]): (direction: string) => number {
  const order = [...directionOrder];
  return (direction) => {
    let at = order.indexOf(direction);
    if (at === -1) {
      at = order.length;
      order.push(direction);
    }
    return at;
  };
}

/**
 * One marker per bucket and direction, one lane per direction, at the finest grouping that
 * keeps to `maxMarkers`.
 */
export function aggregatedMarkers(
  events: readonly EngagementEvent[],
  minYear: number,
  maxYear: number,
  pair: readonly string[],
  directionOrder: readonly string[],
  maxMarkers: number,
): AggregatedMarkers {
  const laneOf = directionLanes(directionOrder);
  const directions = events.map((e) => eventDirectionKey(e, pair));
  const grouping = finestGrouping(events, directions, maxMarkers);
  const markers: TimelineMarker[] = [];
  for (const [key, { bucket, direction, events: inBucket }] of bucketGroups(
    events,
    directions,
    grouping,
  )) {
    const info = bucketInfo(bucket, minYear, maxYear);
    const count = inBucket.length;
    const placement = {
      key,
      kind: kindOfDirection(direction),
      direction,
      position: info.position,
      lane: laneOf(direction),
      precision: info.precision,
      date: info.date,
      dateLabel: info.dateLabel,
      label: plural(count, 'engagement'),
    };
    markers.push(timelineMarker(placement, inBucket[0]!, inBucket));
  }
  const lanes = markers.reduce((n, m) => Math.max(n, m.lane + 1), 0);
  return { markers, grouping, lanes };
}
