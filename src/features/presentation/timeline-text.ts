import { plural } from '../../lib/plural';
import { countryName, type DatasetIndex } from '../../model/dataset-index';
import { directionLabel } from '../../model/filter-dimensions';
import type { TimelineLayout } from '../../model/timeline';
import type { TimelineMarker } from '../../model/timeline-marker';
import { formatInt } from '../../lib/format-number';

const GROUPING_WORDS = { event: 'trip', month: 'month', quarter: 'quarter', year: 'year' } as const;

/** "7 trips and 2 contacts without travel", or "1,234 engagements, counted per month". */
export function timelineSummary(layout: TimelineLayout): string {
  if (layout.grouping !== 'event') {
    const unit = GROUPING_WORDS[layout.grouping];
    return `${plural(layout.engagements, 'engagement', 'engagements')}, counted per ${unit}`;
  }
  const trips = layout.markers.filter((m) => m.kind === 'trip').length;
  const abroad = layout.markers.filter((m) => m.kind === 'elsewhere').length;
  const contacts = layout.markers.length - trips - abroad;
  return `${plural(trips, 'trip', 'trips')}${
    abroad > 0 ? `, ${plural(abroad, 'meeting', 'meetings')} in third countries` : ''
  } and ${plural(contacts, 'contact', 'contacts')} without travel`;
}

const kindOf = (index: DatasetIndex, m: TimelineMarker) =>
  m.kind === 'contact'
    ? 'Contact without travel'
    : m.kind === 'elsewhere'
      ? 'Meeting in a third country'
      : `Trip, ${directionLabel(index, m.direction)}`;

/** A marker's accessible name. */
export function markerDescription(
  index: DatasetIndex,
  m: TimelineMarker,
  aggregated: boolean,
): string {
  return aggregated
    ? `${m.kind === 'contact' ? 'Contacts without travel' : directionLabel(index, m.direction)}, ${m.dateLabel}: ${m.label}`
    : `${kindOf(index, m)}, ${m.dateLabel}: ${m.label}, ${plural(m.count, 'engagement', 'engagements')}`;
}

/** A marker's tooltip: date and direction, then its titles, one a line. */
export function markerTooltip(index: DatasetIndex, m: TimelineMarker, aggregated: boolean): string {
  return [
    `${m.dateLabel} · ${m.kind === 'contact' ? 'No travel' : directionLabel(index, m.direction)}${
      aggregated ? ` · ${m.label}` : ''
    }`,
    ...m.titles.map((t) => `• ${t}`),
    ...(m.moreTitles > 0 ? [`…and ${formatInt(m.moreTitles)} more`] : []),
  ].join('\n');
}

/** The names of the aggregated chart's lanes, one per direction, nearest the axis first. */
export function laneNames(index: DatasetIndex): string[] {
  return index.directions.map((d) =>
    d.kind === 'none'
      ? 'Contacts without travel'
      : d.kind === 'elsewhere'
        ? 'Meetings in third countries'
        : `${countryName(index, d.guest)} visits ${countryName(index, d.host)}`,
  );
}

/** The caption under the chart: the summary and how to read the marks (nothing to hover on a projector). */
export function timelineNote(summary: string, aggregated: boolean, unlabelled: number): string {
  if (aggregated) return `${summary}: each bar is as tall as its count.`;
  const rest = unlabelled > 0 ? ' Not labelled:' : '';
  return `${summary}; a number in a marker counts its engagements.${rest}`;
}

/** How many unlabelled markers the list under the chart names; the rest are counted. */
export const LISTED_MAX = 4;

/** "21 Dec 2022 · Phone call: Aliyev – Vučić". */
export const listedText = (m: TimelineMarker) => `${m.dateLabel} · ${m.label}`;

/**
 * The unlabelled markers to list, largest first up to LISTED_MAX, shown oldest first. A
 * year's group is left out: its count and colour on the chart say all its label would.
 */
export function listedMarkers(markers: readonly TimelineMarker[]): {
  listed: TimelineMarker[];
  more: number;
} {
  const rest = markers.filter((m) => !m.labelled && !m.byYear);
  const listed = [...rest]
    .sort((a, b) => b.count - a.count || a.position - b.position)
    .slice(0, LISTED_MAX)
    .sort((a, b) => a.position - b.position);
  return { listed, more: rest.length - listed.length };
}
