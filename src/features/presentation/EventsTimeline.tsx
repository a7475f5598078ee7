import { useId } from 'react';
import type { EngagementEvent } from '../../data/schema';
import type { DatasetIndex } from '../../model/dataset-index';
import { formatYearSpan } from '../../model/dates';
import type { Filters } from '../../model/filters';
import { timelineMilestones } from '../../model/milestones';
import { MilestoneKey } from '../../components/MilestoneKey';
import { useViewOptionsStore } from '../../state/view-options-store';
import { MILESTONE_BAND, timelineFrame, WIDTH } from './timeline-geometry';
import { laneNames, listedMarkers, timelineNote, timelineSummary } from './timeline-text';
import { TimelineAxis } from './TimelineAxis';
import { TimelineLegend } from './TimelineLegend';
import { TimelineMarkers, TimelineStems } from './TimelineMarks';
import { TimelineMilestones } from './TimelineMilestones';
import { TimelineRest } from './TimelineRest';
import { useTimelineLayout } from './use-timeline-layout';
import './timeline.css';

interface EventsTimelineProps {
  index: DatasetIndex;
  /** The filtered engagements, oldest first. */
  events: readonly EngagementEvent[];
  /** The filters: their year range says which milestones are marked (default: all years). */
  filters?: Pick<Filters, 'from' | 'to'>;
}

/**
 * The events timeline slide: every year of the dataset on a horizontal axis, one marker per
 * trip (its engagements grouped, their count in the marker) or per contact without travel,
 * coloured by the travelling country and shaped by kind, stacked in lanes so that labels
 * never collide nor get crossed by a leader line; the busiest years grouped when markers
 * would collide, and the markers without room for a label listed under the chart. Large datasets are aggregated (see `timelineLayout`) and drawn as one row of bars
 * per direction, a bar per month (or quarter, or year) as tall as its count.
 */
const ALL_YEARS = { from: null, to: null };

export function EventsTimeline({ index, events, filters = ALL_YEARS }: EventsTimelineProps) {
  const titleId = useId();
  const layout = useTimelineLayout(index, events);
  const showMilestones = useViewOptionsStore((s) => s.showMilestones);

  if (layout === null || events.length === 0) {
    return (
      <div className="timeline">
        <p className="empty-state">No engagements match the filters.</p>
      </div>
    );
  }

  const milestones = showMilestones ? timelineMilestones(index, filters, layout.years) : [];
  const frame = timelineFrame(layout, milestones.length > 0 ? MILESTONE_BAND : 0);
  const { aggregated } = frame;
  const unlabelled = aggregated ? 0 : listedMarkers(layout.markers).listed.length;
  const summary = timelineSummary(layout);

  return (
    <figure className="timeline">
      <TimelineLegend index={index} layout={layout} />
      {/* Focusable, so a keyboard user can scroll it when a narrow screen makes it overflow. */}
      <div className="timeline-scroll" tabIndex={0} role="region" aria-label="Timeline chart">
        <svg
          className="timeline-chart"
          viewBox={`0 0 ${WIDTH} ${frame.height}`}
          role="group"
          aria-labelledby={titleId}
        >
          <title id={titleId}>
            {`Events timeline ${formatYearSpan(index.minYear, index.maxYear)}: ${summary}`}
          </title>
          <TimelineAxis
            years={layout.years}
            frame={frame}
            lanes={aggregated ? laneNames(index) : []}
          />
          <TimelineMilestones milestones={milestones} frame={frame} />
          {aggregated ? null : (
            <TimelineStems
              markers={layout.markers}
              frame={frame}
              pair={index.dataset.meta.countries}
            />
          )}
          <TimelineMarkers
            index={index}
            markers={layout.markers}
            frame={frame}
            grouping={layout.grouping}
            maxCount={layout.maxCount}
          />
        </svg>
      </div>
      <figcaption className="timeline-note">
        {timelineNote(summary, aggregated, unlabelled)}
      </figcaption>
      {aggregated ? null : <TimelineRest markers={layout.markers} />}
      <MilestoneKey milestones={milestones.map((m) => m.mark)} level={2} />
    </figure>
  );
}
