import { memo, useId } from 'react';
import type { EngagementEvent } from '../../data/schema';
import { eventTypeLabel, LEVEL_LABELS } from '../../data/labels';
import type { DatasetIndex } from '../../model/dataset-index';
import { formatEventDate } from '../../model/dates';
import {
  eventParticipants,
  eventSectors,
  eventSources,
  formatPlace,
  tripLabel,
} from '../../model/events-view';
import { EventRecord } from './EventRecord';
import { EventSources } from './EventSources';

const Dot = () => (
  <span className="event-dot" aria-hidden="true">
    ·
  </span>
);

interface MetaProps {
  index: DatasetIndex;
  event: EngagementEvent;
  noteOpen: boolean;
  noteId: string;
  onToggle: (key: string) => void;
}

/** Date (with a "why inferred?" toggle), place, type, trip and level, in one line. */
function EventMeta({ index, event, noteOpen, noteId, onToggle }: MetaProps) {
  const trip = tripLabel(index, event);
  return (
    <div className="event-meta">
      <time className="event-date" dateTime={event.date}>
        {formatEventDate(event.date, event.datePrecision)}
      </time>
      {event.dateInferred ? (
        <button
          type="button"
          className="event-inferred print-keep"
          aria-expanded={noteOpen}
          aria-controls={noteId}
          onClick={() => onToggle(`note:${event.id}`)}
        >
          inferred<span className="visually-hidden"> date: why?</span>
          <span aria-hidden="true" className="event-inferred-mark">
            {noteOpen ? '▴' : '▾'}
          </span>
        </button>
      ) : null}
      <Dot />
      <span>
        {formatPlace(index, event.place)}
        {event.placeInferred ? <span className="event-tag">place inferred</span> : null}
      </span>
      <Dot />
      <span>{eventTypeLabel(event.type)}</span>
      {trip ? (
        <>
          <Dot />
          <span>{trip}</span>
        </>
      ) : null}
      <Dot />
      <span className="event-level">{LEVEL_LABELS[event.level]} level</span>
    </div>
  );
}

interface PeopleProps {
  index: DatasetIndex;
  event: EngagementEvent;
  selectedPeople: ReadonlySet<string>;
  onTogglePerson: (id: string) => void;
}

/** The participants, each a toggle of the person filter, with their role. */
function EventPeople({ index, event, selectedPeople, onTogglePerson }: PeopleProps) {
  const participants = eventParticipants(index, event);
  if (participants.length === 0) return null;
  return (
    <ul className="event-people" aria-label="Participants">
      {participants.map((p, i) => (
        <li key={`${p.personId}-${i}`}>
          <button
            type="button"
            className="event-person print-keep"
            aria-pressed={selectedPeople.has(p.personId)}
            onClick={() => onTogglePerson(p.personId)}
            title={`Filter by ${p.name}`}
          >
            <bdi>{p.name}</bdi>
          </button>
          {p.role ? (
            <span className="event-role">
              {' '}
              — <bdi>{p.role}</bdi>
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function EventSectorChips({ index, event }: { index: DatasetIndex; event: EngagementEvent }) {
  const sectors = eventSectors(index, event);
  if (sectors.length === 0) return null;
  return (
    <ul className="event-sectors" aria-label="Sectors">
      {sectors.map((s) => (
        <li key={s.id} className="chip">
          <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/** Summary, topics, the rest of the record and the sources: what a long list folds away. */
function EventDetails({ index, event }: { index: DatasetIndex; event: EngagementEvent }) {
  return (
    <>
      {event.summary ? (
        <p className="event-summary" dir="auto">
          {event.summary}
        </p>
      ) : null}
      {event.topics.length > 0 ? (
        <p className="event-topics">
          <span className="event-label">Topics: </span>
          {event.topics.join(' · ')}
        </p>
      ) : null}
      <EventRecord index={index} event={event} />
      <EventSources sources={eventSources(index, event)} />
    </>
  );
}

interface EntryProps extends PeopleProps {
  noteOpen: boolean;
  /** Whether summary, topics and sources show. */
  detailsOpen: boolean;
  /** Long lists fold the details behind a toggle. */
  foldable: boolean;
  onToggle: (key: string) => void;
}

export const EventEntry = memo(function EventEntry(props: EntryProps) {
  const { index, event, noteOpen, detailsOpen, foldable, onToggle } = props;
  const titleId = useId();
  const noteId = useId();
  const detailsId = useId();
  const note =
    event.dateNote ??
    'The sources do not state this date outright; the curators inferred it from the context.';

  return (
    <article className="event" aria-labelledby={titleId}>
      <EventMeta
        index={index}
        event={event}
        noteOpen={noteOpen}
        noteId={noteId}
        onToggle={onToggle}
      />
      {event.dateInferred ? (
        <p className="event-note" id={noteId} hidden={!noteOpen}>
          <strong>Date inferred.</strong> {note}
        </p>
      ) : null}
      <h3 className="event-title" id={titleId} dir="auto">
        {event.title}
      </h3>
      <EventPeople {...props} />
      <EventSectorChips index={index} event={event} />
      {foldable ? (
        <button
          type="button"
          className="event-details-toggle"
          aria-expanded={detailsOpen}
          aria-controls={detailsId}
          onClick={() => onToggle(`details:${event.id}`)}
        >
          {detailsOpen ? 'Hide summary and sources' : 'Summary and sources'}
        </button>
      ) : null}
      <div id={detailsId} hidden={!detailsOpen}>
        {detailsOpen ? <EventDetails index={index} event={event} /> : null}
      </div>
    </article>
  );
});
