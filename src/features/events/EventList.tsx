import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  measureElement as measureWithLayout,
  observeElementRect,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual';
import type { ViewProps } from '../../components/view-props';
import { Panel } from '../../components/Panel';
import { SegmentedControl, type SegmentOption } from '../../components/SegmentedControl';
import type { EngagementEvent } from '../../data/schema';
import { filteredEvents, type SortOrder } from '../../model/dashboard';
import type { DatasetIndex } from '../../model/dataset-index';
import { formatEventDate } from '../../model/dates';
import {
  engagementCount,
  eventParticipants,
  eventSectors,
  eventSources,
  sourceDateLabel,
  formatPlace,
  safeHttpUrl,
  tripLabel,
} from '../../model/events-view';
import { eventTypeLabel, LEVEL_LABELS } from '../../data/labels';
import { documentsByYear } from '../../model/documents-view';
import { useFilterStore } from '../../state/filter-store';
import { DocumentsPerYear } from './DocumentsPerYear';
import { EventRecord } from './EventRecord';
import { EventTable } from './EventTable';
import './events.css';
import { viewTitle } from '../../model/views';

const SORT_OPTIONS = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
] as const satisfies readonly SegmentOption<SortOrder>[];

/** First guess of a row's height; real heights are measured once rendered. */
const ESTIMATED_ROW = 280;
const ESTIMATED_COMPACT_ROW = 150;
/**
 * From this many engagements on, rows fold their summary, topics and sources behind a
 * toggle: browsers cap an element's height (about 33 million px in Chromium, 17 million in
 * Firefox), and 100 000 full-height rows would put the oldest ones out of reach.
 */
export const COMPACT_FROM = 2000;
/** Used when the scroll box has no layout (jsdom, hidden tab): render a screenful anyway. */
const FALLBACK_VIEWPORT = 760;

type ScrollBox = HTMLDivElement;

/** The library's own observer, but a box without layout still counts as one screen tall. */
const observeRectWithFallback: typeof observeElementRect<ScrollBox> = (instance, cb) =>
  observeElementRect(instance, (rect) =>
    cb(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_VIEWPORT }),
  );

/** Measures rows; a row without layout keeps its estimate instead of collapsing to 0. */
function measureRow(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<ScrollBox, Element>,
): number {
  const size = measureWithLayout(element, entry, instance);
  return size > 0 ? size : ESTIMATED_ROW;
}

export function EventList({ index, data, filters, exports }: ViewProps) {
  const reset = useFilterStore((s) => s.reset);
  const togglePerson = useFilterStore((s) => s.togglePerson);
  const [order, setOrder] = useState<SortOrder>('newest');
  /** Open disclosures, keyed `note:<event id>` and `details:<event id>`. */
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const events = useMemo(() => filteredEvents(index, data.mask, order), [index, data.mask, order]);
  const documents = useMemo(() => documentsByYear(index, data.mask), [index, data.mask]);
  const getItemKey = useCallback((i: number) => events[i]?.id ?? i, [events]);
  const compact = events.length >= COMPACT_FROM;
  const estimateSize = useCallback(
    () => (compact ? ESTIMATED_COMPACT_ROW : ESTIMATED_ROW),
    [compact],
  );
  const scrollRef = useRef<ScrollBox>(null);
  const countId = useId();

  // The React Compiler cannot memoise around this hook's mutable instance; that is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<ScrollBox, Element>({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 3,
    initialRect: { width: 800, height: FALLBACK_VIEWPORT },
    observeElementRect: observeRectWithFallback,
    measureElement: measureRow,
    useFlushSync: false,
  });

  // A new filter or order starts at the top of the list.
  useEffect(() => {
    const box = scrollRef.current;
    if (box) box.scrollTop = 0;
  }, [events]);

  const toggleOpen = useCallback((key: string) => {
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const selectedPeople = useMemo(() => new Set(filters.people), [filters.people]);
  const items = virtualizer.getVirtualItems();
  const orderLabel = order === 'newest' ? 'newest first' : 'oldest first';

  const table = () => <EventTable index={index} events={events} orderLabel={orderLabel} />;

  const actions = (
    <SegmentedControl
      className="events-sort"
      label="Sort engagements"
      options={SORT_OPTIONS}
      value={order}
      onChange={setOrder}
    />
  );

  return (
    <Panel
      id="events"
      title={viewTitle('events')}
      subtitle="Every engagement that matches the filters, with its participants and sources."
      actions={actions}
      exports={exports}
      table={table}
    >
      <p className="events-count" id={countId}>
        <strong>{engagementCount(events.length)}</strong>
        <span className="events-order">, {orderLabel}</span>
      </p>
      <DocumentsPerYear years={documents} />
      <div
        ref={scrollRef}
        className="events-scroll"
        tabIndex={0}
        role="region"
        aria-labelledby={countId}
      >
        {events.length === 0 ? (
          <div className="empty-state events-empty">
            <p>No engagement matches these filters.</p>
            <button type="button" className="btn btn-primary" onClick={reset}>
              Reset filters
            </button>
          </div>
        ) : (
          <ul
            className="events-list"
            aria-label={`Engagements, ${orderLabel}`}
            style={{ height: virtualizer.getTotalSize() }}
          >
            {items.map((item) => {
              const event = events[item.index];
              if (!event) return null;
              return (
                <li
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className="events-row"
                  aria-setsize={events.length}
                  aria-posinset={item.index + 1}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <EventEntry
                    index={index}
                    event={event}
                    noteOpen={open.has(`note:${event.id}`)}
                    detailsOpen={!compact || open.has(`details:${event.id}`)}
                    foldable={compact}
                    onToggle={toggleOpen}
                    selectedPeople={selectedPeople}
                    onTogglePerson={togglePerson}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </Panel>
  );
}

interface EntryProps {
  index: DatasetIndex;
  event: EngagementEvent;
  noteOpen: boolean;
  /** Whether summary, topics and sources show. */
  detailsOpen: boolean;
  /** Long lists fold the details behind a toggle. */
  foldable: boolean;
  onToggle: (key: string) => void;
  selectedPeople: ReadonlySet<string>;
  onTogglePerson: (id: string) => void;
}

const EventEntry = memo(function EventEntry({
  index,
  event,
  noteOpen,
  detailsOpen,
  foldable,
  onToggle,
  selectedPeople,
  onTogglePerson,
}: EntryProps) {
  const titleId = useId();
  const noteId = useId();
  const detailsId = useId();
  const trip = tripLabel(index, event);
  const participants = eventParticipants(index, event);
  const sectors = eventSectors(index, event);
  const sources = eventSources(index, event);
  const note =
    event.dateNote ??
    'The sources do not state this date outright; the curators inferred it from the context.';

  return (
    <article className="event" aria-labelledby={titleId}>
      <div className="event-meta">
        <time className="event-date" dateTime={event.date}>
          {formatEventDate(event.date, event.datePrecision)}
        </time>
        {event.dateInferred ? (
          <button
            type="button"
            className="event-inferred"
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
        <span className="event-dot" aria-hidden="true">
          ·
        </span>
        <span>
          {formatPlace(index, event.place)}
          {event.placeInferred ? <span className="event-tag">place inferred</span> : null}
        </span>
        <span className="event-dot" aria-hidden="true">
          ·
        </span>
        <span>{eventTypeLabel(event.type)}</span>
        {trip ? (
          <>
            <span className="event-dot" aria-hidden="true">
              ·
            </span>
            <span>{trip}</span>
          </>
        ) : null}
        <span className="event-dot" aria-hidden="true">
          ·
        </span>
        <span className="event-level">{LEVEL_LABELS[event.level]} level</span>
      </div>
      {event.dateInferred ? (
        <p className="event-note" id={noteId} hidden={!noteOpen}>
          <strong>Date inferred.</strong> {note}
        </p>
      ) : null}

      <h3 className="event-title" id={titleId} dir="auto">
        {event.title}
      </h3>

      {participants.length > 0 ? (
        <ul className="event-people" aria-label="Participants">
          {participants.map((p, i) => (
            <li key={`${p.personId}-${i}`}>
              <button
                type="button"
                className="event-person"
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
      ) : null}

      {sectors.length > 0 ? (
        <ul className="event-sectors" aria-label="Sectors">
          {sectors.map((s) => (
            <li key={s.id} className="chip">
              <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}

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
        {detailsOpen ? (
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

            {sources.length > 0 ? (
              <div className="event-sources">
                <span className="event-label">{sources.length === 1 ? 'Source' : 'Sources'}</span>
                <ul>
                  {sources.map((s) => {
                    const href = safeHttpUrl(s.url);
                    return (
                      <li key={s.id}>
                        <span className="event-publisher">{s.publisher}</span>
                        <span className="event-dot" aria-hidden="true">
                          ·
                        </span>
                        {s.published ? (
                          <time dateTime={s.published}>{formatEventDate(s.published, 'day')}</time>
                        ) : (
                          <span>{sourceDateLabel(s)}</span>
                        )}
                        {s.publishedInferred ? (
                          <span className="event-tag">date inferred</span>
                        ) : null}
                        <span className="event-dot" aria-hidden="true">
                          ·
                        </span>
                        {href ? (
                          <a href={href} target="_blank" rel="noopener noreferrer">
                            {s.title}
                            <span className="visually-hidden"> (opens in a new tab)</span>
                            <span aria-hidden="true"> ↗</span>
                          </a>
                        ) : (
                          <cite>{s.title}</cite>
                        )}
                        {(s.publishedInferred || !s.published) && s.publishedNote ? (
                          <p className="event-source-note">{s.publishedNote}</p>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ) : null}
          </>
        ) : null}
      </div>
    </article>
  );
});
