import { useMemo } from 'react';
import type { EngagementEvent } from '../../data/schema';
import type { DatasetIndex } from '../../model/dataset-index';
import { timelineLayout, type TimelineLayout } from '../../model/timeline';
import { labelWidth, MARKER_GAP } from './timeline-geometry';

/** As many lanes as a slide has height for beside its legend and the list under it. */
const SLIDE_LANES = 4;

/** The timeline layout of `events` on the dataset's whole span, or null for an empty dataset. */
export function useTimelineLayout(
  index: DatasetIndex,
  events: readonly EngagementEvent[],
): TimelineLayout | null {
  const pair = index.dataset.meta.countries;
  const { minYear, maxYear } = index;
  return useMemo(() => {
    if (minYear === null || maxYear === null) return null;
    return timelineLayout(events, minYear, maxYear, {
      personName: (id) => index.personById.get(id)?.name,
      countryName: (code) => index.countryNames.get(code),
      labelWidth,
      markerGap: MARKER_GAP,
      maxLanes: SLIDE_LANES,
      directionOrder: index.directions.map((d) => d.key),
      pair: pair.map((c) => c.code),
    });
  }, [events, index, minYear, maxYear, pair]);
}
