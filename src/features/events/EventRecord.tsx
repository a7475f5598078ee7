import type { EngagementEvent } from '../../data/schema';
import { plural } from '../../lib/plural';
import type { DatasetIndex } from '../../model/dataset-index';
import { eventDocuments } from '../../model/events-view';

/**
 * The parts of an engagement's record that only some engagements have: the multilateral
 * event it took place at, why its place was inferred, the documents signed, and where the
 * sources disagree.
 */
export function EventRecord({ index, event }: { index: DatasetIndex; event: EngagementEvent }) {
  const documents = eventDocuments(index, event);
  return (
    <>
      {event.multilateralEvent ? (
        <p className="event-topics">
          <span className="event-label">Held at: </span>
          <bdi>{event.multilateralEvent}</bdi>
        </p>
      ) : null}
      {event.placeInferred ? (
        <p className="event-note">
          <strong>Place inferred.</strong>{' '}
          {event.placeNote ??
            'The sources do not name the place outright; the curators inferred it from the context.'}
        </p>
      ) : null}
      {documents.length > 0 ? (
        <div className="event-documents">
          <span className="event-label">
            {documents.length === 1
              ? 'Document signed'
              : `${plural(documents.length, 'document')} signed`}
          </span>
          <ul>
            {documents.map((d, i) => (
              <li key={i}>
                <span className="event-tag">{d.kind}</span> <bdi>{d.title}</bdi>
                {d.signatories.length > 0 ? (
                  <span className="event-role">
                    {' '}
                    — signed by <bdi>{d.signatories.join(', ')}</bdi>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {event.notes ? (
        <p className="event-note event-conflict">
          <strong>Sources differ.</strong> <bdi>{event.notes}</bdi>
        </p>
      ) : null}
    </>
  );
}
