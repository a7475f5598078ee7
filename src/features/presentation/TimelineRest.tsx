import { plural } from '../../lib/plural';
import type { TimelineMarker } from '../../model/timeline-marker';
import { listedMarkers, listedText } from './timeline-text';

/** The markers the chart had no room to label, in words under it; beyond a few, a count. */
export function TimelineRest({ markers }: { markers: readonly TimelineMarker[] }) {
  const { listed, more } = listedMarkers(markers);
  if (listed.length === 0) return null;
  return (
    <div className="timeline-rest">
      <ul aria-label="Markers not labelled on the chart">
        {listed.map((m) => (
          <li key={m.key}>{listedText(m)}</li>
        ))}
      </ul>
      {more > 0 ? (
        <p className="timeline-rest-more">
          {`…and ${plural(more, 'marker', 'markers')} more; the Events list on the dashboard names every engagement.`}
        </p>
      ) : null}
    </div>
  );
}
