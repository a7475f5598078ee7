import { countryColor, ELSEWHERE_COLOR, NO_TRAVEL_COLOR } from '../../model/colors';
import { countryName, type DatasetIndex } from '../../model/dataset-index';
import type { TimelineLayout } from '../../model/timeline';
import { LegendShape } from './TimelineShapes';

interface TimelineLegendProps {
  index: DatasetIndex;
  layout: TimelineLayout;
}

/** The marks explained: a row per visit direction and contacts, the others only when drawn. */
export function TimelineLegend({ index, layout }: TimelineLegendProps) {
  const pair = index.dataset.meta.countries;
  const travel = index.directions.filter((d) => d.kind === 'visit');
  const hasElsewhere = layout.markers.some((m) => m.kind === 'elsewhere');
  const hasHollow = layout.markers.some((m) => m.precision === 'year' && !m.byYear);
  const hasCounts = layout.grouping === 'event' && layout.markers.some((m) => m.count > 1);
  const hasYears = layout.markers.some((m) => m.byYear);
  const first = travel[0];
  const countColor = first ? countryColor(pair, first.guest) : NO_TRAVEL_COLOR;
  return (
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
      {hasCounts ? (
        <li>
          <LegendShape kind="trip" color={countColor} count={3} />
          <span>
            {hasYears ? 'engagements on one trip, or in one year' : 'engagements on one trip'}
          </span>
        </li>
      ) : null}
      {hasHollow ? (
        <li>
          <LegendShape kind="trip" color="var(--text-muted)" hollow />
          <span>Only the year is known</span>
        </li>
      ) : null}
    </ul>
  );
}
