import type { DatePrecision, EngagementEvent } from '../data/schema';
import { ELSEWHERE, NO_TRAVEL } from './filters';
import { tooltipTitles } from './timeline-labels';

export type TimelineKind = 'trip' | 'elsewhere' | 'contact';
export type TimelineGrouping = 'event' | 'month' | 'quarter' | 'year';
export type TimelineLabelSide = 'right' | 'left';

export const kindOfDirection = (direction: string): TimelineKind =>
  direction === NO_TRAVEL ? 'contact' : direction === ELSEWHERE ? 'elsewhere' : 'trip';

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
  /** Whether the chart has room for its label; unlabelled markers are listed under it. */
  labelled: boolean;
  /** True for a year's engagements of one direction, grouped because their markers collided. */
  byYear: boolean;
  /** How precisely the marker's date is known; `year` markers sit mid-year, drawn hollow. */
  precision: DatePrecision;
  /** The representative date (the most precise, then earliest, engagement). */
  date: string;
  /** "21 Dec 2022", "Dec 2022", "Q4 2022" or "2022". */
  dateLabel: string;
  /** Engagements behind the marker. */
  count: number;
  /** Short label, e.g. "Aleksandar Vučić in Baku" or "Phone call: Aliyev – Vučić", at most TIMELINE_LABEL_CHARS. */
  label: string;
  /** Up to TIMELINE_TOOLTIP_TITLES full titles, for the tooltip. */
  titles: string[];
  /** Titles left out of `titles`. */
  moreTitles: number;
}

/** What the caller decides about a marker; the rest follows from its engagements. */
export type MarkerPlacement = Pick<
  TimelineMarker,
  'key' | 'kind' | 'direction' | 'position' | 'lane' | 'precision' | 'date' | 'dateLabel' | 'label'
> &
  Partial<Pick<TimelineMarker, 'byYear'>>;

/**
 * A marker for `events`, its label on the right until lanes are assigned; a trip shows the
 * countries of `lead`.
 */
export function timelineMarker(
  placement: MarkerPlacement,
  lead: EngagementEvent,
  events: readonly EngagementEvent[],
): TimelineMarker {
  const trip = placement.kind === 'trip';
  const { titles, more } = tooltipTitles(events);
  return {
    key: placement.key,
    kind: placement.kind,
    direction: placement.direction,
    guest: trip ? lead.guestCountry : null,
    host: trip ? lead.hostCountry : null,
    position: placement.position,
    lane: placement.lane,
    side: 'right',
    labelled: false,
    byYear: placement.byYear ?? false,
    precision: placement.precision,
    date: placement.date,
    dateLabel: placement.dateLabel,
    count: events.length,
    label: placement.label,
    titles,
    moreTitles: more,
  };
}
