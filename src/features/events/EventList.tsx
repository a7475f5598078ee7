import { useCallback, useId, useMemo, useState } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';
import type { ViewProps } from '../../components/view-props';
import { Panel } from '../../components/Panel';
import { SegmentedControl, type SegmentOption } from '../../components/SegmentedControl';
import type { EngagementEvent } from '../../data/schema';
import { filteredEvents, type SortOrder } from '../../model/dashboard';
import type { DatasetIndex } from '../../model/dataset-index';
import { engagementCount } from '../../model/events-view';
import { documentsByYear } from '../../model/documents-view';
import { useFilterStore } from '../../state/filter-store';
import { DocumentsPerYear } from './DocumentsPerYear';
import { EventEntry } from './EventEntry';
import { EventTable } from './EventTable';
import { useEventPaging, type ScrollBox } from './use-event-paging';
import './events.css';
import { viewTitle } from '../../model/views';

const SORT_OPTIONS = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
] as const satisfies readonly SegmentOption<SortOrder>[];

/**
 * From this many engagements on, rows fold their summary, topics and sources behind a
 * toggle: browsers cap an element's height (about 33 million px in Chromium, 17 million in
 * Firefox), and 100 000 full-height rows would put the oldest ones out of reach.
 */
export const COMPACT_FROM = 2000;

/** Open disclosures, keyed `note:<event id>` and `details:<event id>`, and their toggle. */
function useOpenKeys() {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((key: string) => {
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);
  return [open, toggle] as const;
}

function SortControl({ order, onChange }: { order: SortOrder; onChange: (o: SortOrder) => void }) {
  return (
    <SegmentedControl
      className="events-sort"
      label="Sort engagements"
      options={SORT_OPTIONS}
      value={order}
      onChange={onChange}
    />
  );
}

function EventsEmpty() {
  const reset = useFilterStore((s) => s.reset);
  return (
    <div className="empty-state events-empty">
      <p>No engagement matches these filters.</p>
      <button type="button" className="btn btn-primary" onClick={reset}>
        Reset filters
      </button>
    </div>
  );
}

interface RowsProps {
  index: DatasetIndex;
  events: readonly EngagementEvent[];
  virtualizer: Virtualizer<ScrollBox, Element>;
  orderLabel: string;
  compact: boolean;
  selectedPeople: ReadonlySet<string>;
  open: ReadonlySet<string>;
  onToggleOpen: (key: string) => void;
}

/** The rows on screen of the virtual list, each placed at its measured offset. */
function EventRows(props: RowsProps) {
  const { index, events, virtualizer, orderLabel, compact, selectedPeople, open } = props;
  const toggle = useFilterStore((s) => s.toggle);
  return (
    <ul
      className="events-list"
      aria-label={`Engagements, ${orderLabel}`}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
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
              onToggle={props.onToggleOpen}
              selectedPeople={selectedPeople}
              onTogglePerson={(id: string) => toggle('people', id)}
            />
          </li>
        );
      })}
    </ul>
  );
}

export function EventList({ index, data, filters, exports }: ViewProps) {
  const [order, setOrder] = useState<SortOrder>('newest');
  const [open, toggleOpen] = useOpenKeys();
  const events = useMemo(() => filteredEvents(index, data.mask, order), [index, data.mask, order]);
  const documents = useMemo(() => documentsByYear(index, data.mask), [index, data.mask]);
  const compact = events.length >= COMPACT_FROM;
  const { scrollRef, virtualizer } = useEventPaging(events, compact);
  const countId = useId();
  const selectedPeople = useMemo(() => new Set(filters.people), [filters.people]);
  const orderLabel = order === 'newest' ? 'newest first' : 'oldest first';

  return (
    <Panel
      id="events"
      title={viewTitle('events')}
      subtitle="Every engagement that matches the filters, with its participants and sources."
      actions={<SortControl order={order} onChange={setOrder} />}
      exports={exports}
      table={() => <EventTable index={index} events={events} orderLabel={orderLabel} />}
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
          <EventsEmpty />
        ) : (
          <EventRows
            index={index}
            events={events}
            virtualizer={virtualizer}
            orderLabel={orderLabel}
            compact={compact}
            selectedPeople={selectedPeople}
            open={open}
            onToggleOpen={toggleOpen}
          />
        )}
      </div>
    </Panel>
  );
}
