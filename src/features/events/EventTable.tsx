import type { EngagementEvent } from '../../data/schema';
import { eventTypeLabel } from '../../data/labels';
import type { DatasetIndex } from '../../model/dataset-index';
import { formatEventDate } from '../../model/dates';
import {
  engagementCount,
  eventDocuments,
  eventParticipants,
  eventSectors,
  eventSources,
  sourceDateLabel,
  formatPlace,
} from '../../model/events-view';

/** Rows shown in the table view; the list and the exports hold the rest. */
export const TABLE_LIMIT = 500;

export function EventTable({
  index,
  events,
  orderLabel,
}: {
  index: DatasetIndex;
  events: EngagementEvent[];
  orderLabel: string;
}) {
  const rows = events.slice(0, TABLE_LIMIT);
  return (
    <>
      <table className="data-table events-table">
        <caption>
          {engagementCount(events.length)}, {orderLabel}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Title</th>
            <th scope="col">Type</th>
            <th scope="col">Place</th>
            <th scope="col">Participants</th>
            <th scope="col">Sectors</th>
            <th scope="col">Documents signed</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id}>
              <td className="events-table-date">
                {formatEventDate(e.date, e.datePrecision)}
                {e.dateInferred ? <span className="events-table-inferred">inferred</span> : null}
              </td>
              <th scope="row">{e.title}</th>
              <td>{eventTypeLabel(e.type)}</td>
              <td>{formatPlace(index, e.place)}</td>
              <td>
                {eventParticipants(index, e)
                  .map((p) => p.name)
                  .join(', ')}
              </td>
              <td>
                {eventSectors(index, e)
                  .map((s) => s.label)
                  .join(', ')}
              </td>
              <td>
                {eventDocuments(index, e)
                  .map((d) => `${d.kind}: ${d.title}`)
                  .join('; ')}
              </td>
              <td>
                {eventSources(index, e)
                  .map((s) => `${s.publisher}, ${sourceDateLabel(s)}`)
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.length > rows.length ? (
        <p className="events-table-note">
          Showing the first {TABLE_LIMIT.toLocaleString('en-GB')} of{' '}
          {engagementCount(events.length)}. Narrow the filters to see the others here, or use the
          list view.
        </p>
      ) : null}
    </>
  );
}
