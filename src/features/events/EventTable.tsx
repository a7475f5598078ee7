import { Fragment, useEffect, useRef, useState, type RefObject } from 'react';
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
import { formatInt } from '../../lib/format-number';

/** Rows shown in the table view; the list and the exports hold the rest. */
export const TABLE_LIMIT = 500;

/**
 * Whether the table is wider than the box it scrolls in. Measured, not guessed from the
 * screen's width: the hint shows exactly when the columns cannot all fit.
 */
function useOverflows(ref: RefObject<HTMLTableElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const table = ref.current;
    const box = table?.parentElement;
    if (!table || !box) return;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    observer.observe(table);
    return () => observer.disconnect();
  }, [ref]);
  return overflows;
}

/** A domain-like name ("995859.n2ygfcw2j.asia") may wrap after its dots, never mid-word. */
function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[./])(?=\S)/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}

function EventTableRow({ index, event: e }: { index: DatasetIndex; event: EngagementEvent }) {
  return (
    <tr>
      <td className="events-table-date">
        {formatEventDate(e.date, e.datePrecision)}
        {e.dateInferred ? <span className="events-table-inferred">inferred</span> : null}
      </td>
      <th scope="row">{e.title}</th>
      <td>
        <span className="events-table-line">{eventTypeLabel(e.type)}</span>
        <span className="events-table-line">{formatPlace(index, e.place)}</span>
      </td>
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
        <Breakable
          text={eventSources(index, e)
            .map((s) => `${s.publisher}, ${sourceDateLabel(s)}`)
            .join('; ')}
        />
      </td>
    </tr>
  );
}

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
  const tableRef = useRef<HTMLTableElement>(null);
  const overflows = useOverflows(tableRef);
  return (
    <>
      {/* Above the table, where the eye starts: its sideways scrollbar is at its far end. */}
      {overflows ? (
        <p className="events-table-hint no-print">
          <span aria-hidden="true">↔ </span>Wider than the screen: scroll the table sideways (swipe,
          or Shift and the mouse wheel) for every column.
        </p>
      ) : null}
      <table className="data-table events-table" ref={tableRef}>
        <caption>
          {engagementCount(events.length)}, {orderLabel}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Title</th>
            <th scope="col">Type and place</th>
            <th scope="col">Participants</th>
            <th scope="col">Sectors</th>
            <th scope="col">Documents signed</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <EventTableRow key={e.id} index={index} event={e} />
          ))}
        </tbody>
      </table>
      {events.length > rows.length ? (
        <p className="events-table-note">
          Showing the first {formatInt(TABLE_LIMIT)} of {engagementCount(events.length)}. Narrow the
          filters to see the others here, or use the list view.
        </p>
      ) : null}
    </>
  );
}
