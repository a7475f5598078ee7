import type { DatePrecision, EngagementEvent } from '../data/schema';
import { formatEventDate } from './dates';
import { eventDirectionKey } from './dataset-index';
import { ELSEWHERE, NO_TRAVEL } from './filters';
import { eventTypeLabel } from '../data/labels';

/**
 * Layout of the events timeline: a horizontal year axis with one marker per trip (the
 * engagements of one visitId share a marker) or per contact without travel, stacked in
 * lanes so that neither markers nor their labels overlap.
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
/** Label characters before the ellipsis. */
export const TIMELINE_LABEL_CHARS = 30;
/** Full titles kept per marker for its tooltip. */
export const TIMELINE_TOOLTIP_TITLES = 5;

export type TimelineKind = 'trip' | 'elsewhere' | 'contact';
const kindOfDirection = (direction: string): TimelineKind =>
  direction === NO_TRAVEL ? 'contact' : direction === ELSEWHERE ? 'elsewhere' : 'trip';

export type TimelineGrouping = 'event' | 'month' | 'quarter' | 'year';
export type TimelineLabelSide = 'right' | 'left';

export interface TimelineMarker {
  /** Stable key: `visit:<visitId>`, `event:<id>`, or `<bucket>|<direction>` when aggregated (bucket `2022`, `2022-11` or `2022-Q4`). */
  key: string;
  /** A trip (one side visited the other), a meeting at a third-country venue, or a contact without travel (call, protest). */
  kind: TimelineKind;
  /** `GUEST-HOST`, `elsewhere`, or `none` for contacts. */
  direction: string;
  guest: string | null;
  host: string | null;
  /** Where the marker sits on the axis, 0 (start of minYear) … 1 (end of maxYear). */
  position: number;
  /** 0 is the lane nearest the axis. */
  lane: number;
  /** Which side of the marker its label goes, so that labels stay inside the axis. */
  side: TimelineLabelSide;
  /** How precisely the marker's date is known; `year` markers sit mid-year, drawn hollow. */
  precision: DatePrecision;
  /** The representative date (the most precise, then earliest, engagement). */
  date: string;
  /** "21 Dec 2022", "Dec 2022", "Q4 2022" or "2022". */
  dateLabel: string;
  /** Engagements behind the marker. */
  count: number;
  /** Short label, e.g. "Aleksandar Vučić in Baku" or "Phone call", at most TIMELINE_LABEL_CHARS. */
  label: string;
  /** Up to TIMELINE_TOOLTIP_TITLES full titles, for the tooltip. */
  titles: string[];
  /** Titles left out of `titles`. */
  moreTitles: number;
}

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

export interface TimelineOptions {
  personName?: (id: string) => string | undefined;
  countryName?: (code: string) => string | undefined;
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

const DAY_MS = 86_400_000;
const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The precision a date string can actually carry: "2022-12" is never more than a month. */
export function effectivePrecision(date: string, precision: DatePrecision): DatePrecision {
  // Dates are YYYY, YYYY-MM or YYYY-MM-DD (the schema checks it).
  const available: DatePrecision = date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
  return PRECISION_RANK[available] < PRECISION_RANK[precision] ? available : precision;
}

/**
 * Where in its year a date falls, 0 … 1: the middle of its day, the middle of its month for
 * month precision, and the middle of the year (0.5) for year precision.
 */
export function yearFraction(date: string, precision: DatePrecision): number {
  const [ys, ms, ds] = date.split('-');
  const y = Number(ys);
  const m = Number(ms);
  const p = effectivePrecision(date, precision);
  if (p === 'year' || !Number.isInteger(m) || m < 1 || m > 12 || !Number.isFinite(y)) return 0.5;
  const start = Date.UTC(y, 0, 1);
  const yearDays = (Date.UTC(y + 1, 0, 1) - start) / DAY_MS;
  const monthStart = (Date.UTC(y, m - 1, 1) - start) / DAY_MS;
  const monthDays = (Date.UTC(y, m, 1) - Date.UTC(y, m - 1, 1)) / DAY_MS;
  const d = Number(ds);
  if (p === 'month' || !Number.isInteger(d) || d < 1 || d > monthDays) {
    return (monthStart + monthDays / 2) / yearDays;
  }
  return (monthStart + d - 0.5) / yearDays;
}

/** A date's place on an axis of whole years minYear … maxYear, 0 … 1 (clamped). */
export function timelinePosition(
  date: string,
  precision: DatePrecision,
  minYear: number,
  maxYear: number,
): number {
  const span = maxYear - minYear + 1;
  if (!(span >= 1)) return 0.5;
  const y = Number(date.slice(0, 4));
  return clamp01((y - minYear + yearFraction(date, precision)) / span);
}

/** Cuts a label to `max` characters (never inside an emoji or surrogate pair). */
export function truncateLabel(text: string, max = TIMELINE_LABEL_CHARS): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length <= max) return chars.join('');
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

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

function tooltipTitles(events: readonly EngagementEvent[]): { titles: string[]; more: number } {
  const titles = events.slice(0, TIMELINE_TOOLTIP_TITLES).map((e) => truncateLabel(e.title, 300));
  return { titles, more: Math.max(0, events.length - titles.length) };
}

/** "Aleksandar Vučić in Baku": the traveller who took part most often, and where. */
function travellerLabel(events: readonly EngagementEvent[], options: TimelineOptions): string {
  const first = events[0]!;
  const guest = first.guestCountry;
  const seen = new Map<string, number>();
  for (const e of events) {
    for (const p of e.participants) {
      if (p.country === guest) seen.set(p.personId, (seen.get(p.personId) ?? 0) + 1);
    }
  }
  let lead: string | null = null;
  let leadCount = 0;
  for (const [id, n] of seen) {
    if (n > leadCount) {
      lead = id;
      leadCount = n;
    }
  }
  const city = events.find((e) => e.place?.city)?.place?.city;
  const host = first.hostCountry;
  const where = city ?? (host === null ? undefined : (options.countryName?.(host) ?? host));
  const who = lead === null ? undefined : (options.personName?.(lead) ?? undefined);
  if (who === undefined || where === undefined) return truncateLabel(first.title);
  return truncateLabel(`${who} in ${where}`);
}

/** "Davos" or "UN General Assembly, New York": where the two sides met. */
function elsewhereLabel(events: readonly EngagementEvent[], options: TimelineOptions): string {
  const first = events[0]!;
  const city = events.find((e) => e.place?.city)?.place?.city;
  const country = first.place
    ? (options.countryName?.(first.place.country) ?? first.place.country)
    : '';
  const event = events.find((e) => e.multilateralEvent)?.multilateralEvent;
  const where = city ?? country;
  return truncateLabel(event ? `${event}, ${where}` : where || first.title);
}

interface Group {
  key: string;
  events: EngagementEvent[];
}

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
      g = { key, events: [] };
      groups.set(key, g);
    }
    g.events.push(e);
  }
  return [...groups.values()];
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
  const { titles, more } = tooltipTitles(group.events);
  return {
    key: group.key,
    kind,
    direction,
    guest: kind === 'trip' ? rep.guestCountry : null,
    host: kind === 'trip' ? rep.hostCountry : null,
    position: timelinePosition(rep.date, precision, minYear, maxYear),
    lane: 0,
    side: 'right',
    precision,
    date: rep.date,
    dateLabel: formatEventDate(rep.date, precision),
    count: group.events.length,
    label:
      kind === 'trip'
        ? travellerLabel(group.events, options)
        : kind === 'elsewhere'
          ? elsewhereLabel(group.events, options)
          : truncateLabel(group.events.length === 1 ? eventTypeLabel(rep.type) : rep.title),
    titles,
    moreTitles: more,
  };
}

/**
 * Puts each marker in the lowest lane where its extent (marker plus label) does not overlap
 * another's. Markers are taken in order of where their extent starts, which keeps the lane
 * count at its minimum (the most extents that overlap at one point).
 */
function assignLanes(
  markers: TimelineMarker[],
  labelWidth: ((m: TimelineMarker) => number) | null,
  gap: number,
): number {
  const r = gap / 2;
  const extents = markers.map((m) => {
    const w = labelWidth ? Math.max(0, labelWidth(m)) : 0;
    const fitsRight = m.position + r + w <= 1;
    const fitsLeft = m.position - r - w >= 0;
    m.side = fitsRight || (!fitsLeft && m.position <= 0.5) ? 'right' : 'left';
    return m.side === 'right'
      ? { m, start: m.position - r, end: m.position + r + w }
      : { m, start: m.position - r - w, end: m.position + r };
  });
  extents.sort((a, b) => a.start - b.start || a.m.position - b.m.position);
  const laneEnds: number[] = [];
  for (const x of extents) {
    let lane = laneEnds.findIndex((end) => end <= x.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(x.end);
    } else {
      laneEnds[lane] = x.end;
    }
    x.m.lane = lane;
  }
  return laneEnds.length;
}

interface Bucket {
  position: number;
  precision: DatePrecision;
  dateLabel: string;
  date: string;
}

type Aggregation = Exclude<TimelineGrouping, 'event'>;

/** The bucket an engagement falls in: `2022`, `2022-11` or `2022-Q4` (cheap: string slices). */
function bucketKey(e: EngagementEvent, grouping: Aggregation): string {
  const year = e.datePrecision === 'year' || e.date.length < 7;
  if (year || grouping === 'year') return e.date.slice(0, 4);
  if (grouping === 'month') return e.date.slice(0, 7);
  const m = Number(e.date.slice(5, 7));
  return `${e.date.slice(0, 4)}-Q${Math.min(4, Math.max(1, Math.ceil(m / 3)))}`;
}

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

function aggregate(
  events: readonly EngagementEvent[],
  minYear: number,
  maxYear: number,
  options: TimelineOptions,
  maxMarkers: number,
): { markers: TimelineMarker[]; grouping: TimelineGrouping; lanes: number } {
  const order = [...(options.directionOrder ?? [])];
  const laneOf = (direction: string) => {
    let at = order.indexOf(direction);
    if (at === -1) {
      at = order.length;
      order.push(direction);
    }
    return at;
  };
  const directions = events.map((e) => directionOf(e, options));
  const groupings = ['month', 'quarter', 'year'] as const;
  let grouping: Aggregation = 'year';
  for (const g of groupings) {
    const keys = new Set<string>();
    for (let i = 0; i < events.length && keys.size <= maxMarkers; i++) {
      keys.add(`${bucketKey(events[i]!, g)}|${directions[i]!}`);
    }
    if (keys.size <= maxMarkers) {
      grouping = g;
      break;
    }
  }
  const byKey = new Map<string, { bucket: string; direction: string; events: EngagementEvent[] }>();
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
  const markers: TimelineMarker[] = [];
  for (const [key, { bucket, direction, events: inBucket }] of byKey) {
    const first = inBucket[0]!;
    const info = bucketInfo(bucket, minYear, maxYear);
    const kind = kindOfDirection(direction);
    const { titles, more } = tooltipTitles(inBucket);
    const count = inBucket.length;
    markers.push({
      key,
      kind,
      direction,
      guest: kind === 'trip' ? first.guestCountry : null,
      host: kind === 'trip' ? first.hostCountry : null,
      position: info.position,
      lane: laneOf(direction),
      side: 'right',
      precision: info.precision,
      date: info.date,
      dateLabel: info.dateLabel,
      count,
      label: `${count.toLocaleString('en-GB')} engagement${count === 1 ? '' : 's'}`,
      titles,
      moreTitles: more,
    });
  }
  const lanes = markers.reduce((n, m) => Math.max(n, m.lane + 1), 0);
  return { markers, grouping, lanes };
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
  const maxMarkers = options.maxMarkers ?? MAX_TIMELINE_MARKERS;
  const maxLanes = options.maxLanes ?? MAX_TIMELINE_LANES;
  const gap = options.markerGap ?? 0.015;
  const finish = (
    markers: TimelineMarker[],
    lanes: number,
    labelled: boolean,
    grouping: TimelineGrouping,
  ): TimelineLayout => ({
    years,
    markers: markers.sort(byPosition),
    lanes,
    labelled,
    grouping,
    engagements: events.length,
    maxCount: markers.reduce((n, m) => Math.max(n, m.count), 0),
  });

  const groups = groupByTrip(events, maxMarkers, options);
  if (groups !== null) {
    const markers = groups.map((g) => eventMarker(g, minYear, maxYear, options));
    const labelWidth = options.labelWidth;
    if (labelWidth) {
      const lanes = assignLanes(markers, labelWidth, gap);
      if (lanes <= maxLanes) return finish(markers, lanes, true, 'event');
    }
    const lanes = assignLanes(markers, null, gap);
    if (lanes <= maxLanes) return finish(markers, lanes, false, 'event');
  }
  const { markers, grouping, lanes } = aggregate(events, minYear, maxYear, options, maxMarkers);
  return finish(markers, lanes, false, grouping);
}
