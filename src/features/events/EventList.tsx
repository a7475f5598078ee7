import { useCallback, useMemo, useState, type RefObject } from 'react';
import type { ViewProps } from '../../components/view-props';
import { Panel } from '../../components/Panel';
import { SegmentedControl, type SegmentOption } from '../../components/SegmentedControl';
import type { EngagementEvent } from '../../data/schema';
import { filteredEvents, type SortOrder } from '../../model/dashboard';
import type { DatasetIndex } from '../../model/dataset-index';
import { engagementCount, showingLine } from '../../model/events-view';
import { documentsByYear } from '../../model/documents-view';
import { useFilterStore } from '../../state/filter-store';
import { DocumentsPerYear } from './DocumentsPerYear';
import { EventEntry } from './EventEntry';
import { EventTable } from './EventTable';
import {
  EVENTS_PAGE,
  PRINT_LIMIT,
  SHOW_ALL_UP_TO,
  useEventPaging,
  usePrinting,
  type EventPaging,
} from './use-event-paging';
import './events.css';
import { formatInt } from '../../lib/format-number';

const SORT_OPTIONS = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
] as const satisfies readonly SegmentOption<SortOrder>[];

/**
 * From this many engagements on, rows fold their summary, topics and sources behind a
 * toggle: a list that long is read by scanning titles, and a printout of it stays short.
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
  /** The engagements to render, the first of the filtered ones. */
  rows: readonly EngagementEvent[];
  total: number;
  listRef: RefObject<HTMLUListElement | null>;
  orderLabel: string;
  compact: boolean;
  selectedPeople: ReadonlySet<string>;
  open: ReadonlySet<string>;
  onToggleOpen: (key: string) => void;
}

/**
 * The engagements shown so far, in the page's own flow. A row takes the focus (not the tab
 * order) when "Show more" brings it in.
 */
function EventRows(props: RowsProps) {
  const { index, rows, total, listRef, orderLabel, compact, selectedPeople, open, onToggleOpen } =
    props;
  const toggle = useFilterStore((s) => s.toggle);
  return (
    <ul className="events-list" ref={listRef} aria-label={`Engagements, ${orderLabel}`}>
      {rows.map((event, i) => (
        <li
          key={event.id}
          data-index={i}
          tabIndex={-1}
          className="events-row"
          aria-setsize={total}
          aria-posinset={i + 1}
        >
          <EventEntry
            index={index}
            event={event}
            noteOpen={open.has(`note:${event.id}`)}
            detailsOpen={!compact || open.has(`details:${event.id}`)}
            foldable={compact}
            onToggle={onToggleOpen}
            selectedPeople={selectedPeople}
            onTogglePerson={(id: string) => toggle('people', id)}
          />
        </li>
      ))}
    </ul>
  );
}

/** How many show, and the buttons that add the next page or the rest: screen only. */
function ShowMore({ paging, total }: { paging: EventPaging; total: number }) {
  const left = total - paging.shown;
  if (left <= 0) return null;
  return (
    <div className="events-more no-print">
      <p className="events-shown" aria-live="polite">
        {showingLine(paging.shown, total)}
      </p>
      <div className="events-more-buttons">
        <button type="button" className="btn btn-primary" onClick={paging.showMore}>
          {left > EVENTS_PAGE ? `Show ${EVENTS_PAGE} more` : `Show the last ${left}`}
        </button>
        {left > EVENTS_PAGE && total <= SHOW_ALL_UP_TO ? (
          <button type="button" className="btn" onClick={paging.showAll}>
            Show all {engagementCount(total)}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** What a printout of a very long list leaves out, and where to find it. */
function PrintLimitNote({ total }: { total: number }) {
  if (total <= PRINT_LIMIT) return null;
  return (
    <p className="print-only events-print-note">
      The first {engagementCount(PRINT_LIMIT)} of {formatInt(total)} are printed; the CSV download
      lists them all.
    </p>
  );
}

export function EventList({ index, data, filters, exports, title }: ViewProps) {
  const [order, setOrder] = useState<SortOrder>('newest');
  const [open, toggleOpen] = useOpenKeys();
  const events = useMemo(() => filteredEvents(index, data.mask, order), [index, data.mask, order]);
  const documents = useMemo(() => documentsByYear(index, data.mask), [index, data.mask]);
  const compact = events.length >= COMPACT_FROM;
  const paging = useEventPaging(events);
  // A printed report lists every filtered engagement, not only the ones on screen.
  const printing = usePrinting();
  const rows = events.slice(0, printing ? PRINT_LIMIT : paging.shown);
  const selectedPeople = useMemo(() => new Set(filters.people), [filters.people]);
  const orderLabel = order === 'newest' ? 'newest first' : 'oldest first';

  return (
    <Panel
      id="events"
      title={title}
      subtitle="Every engagement that matches the filters, with its participants and sources."
      actions={<SortControl order={order} onChange={setOrder} />}
      exports={exports}
      table={() => <EventTable index={index} events={events} orderLabel={orderLabel} />}
    >
      <p className="events-count">
        <strong>{engagementCount(events.length)}</strong>
        <span className="events-order">, {orderLabel}</span>
      </p>
      <DocumentsPerYear years={documents} />
      {events.length === 0 ? (
        <EventsEmpty />
      ) : (
        <>
          <EventRows
            index={index}
            rows={rows}
            total={events.length}
            listRef={paging.listRef}
            orderLabel={orderLabel}
            compact={compact}
            selectedPeople={selectedPeople}
            open={open}
            onToggleOpen={toggleOpen}
          />
          <ShowMore paging={paging} total={events.length} />
          <PrintLimitNote total={events.length} />
        </>
      )}
    </Panel>
  );
}
