import type { Ref } from 'react';
import { plural } from '../../lib/plural';
import { formatEventDate } from '../../model/dates';
import type { EngagementEvent } from '../../data/schema';
import type { Placement } from './use-popover-placement';

/** How many engagements a cell's popover lists before it says "and N more". */
const POPOVER_LIMIT = 8;

interface SectorPopoverProps {
  ref: Ref<HTMLDivElement>;
  id: string;
  label: string;
  year: number;
  events: readonly EngagementEvent[];
  /** Null until measured: rendered hidden so that it can be. */
  place: Placement | null;
  onMouseEnter: () => void;
  onMouseLeave: () => void;
}

/** The engagements behind a cell's count. */
export function SectorPopover({
  ref,
  id,
  label,
  year,
  events,
  place,
  ...pointer
}: SectorPopoverProps) {
  return (
    <div
      ref={ref}
      id={id}
      role="tooltip"
      className="sectors-popover"
      style={place ?? { left: 0, top: 0, visibility: 'hidden' }}
      {...pointer}
    >
      <p className="sectors-popover-title">
        {label} · {year}
      </p>
      <p className="sectors-popover-count">{plural(events.length, 'engagement')}</p>
      <ul>
        {events.slice(0, POPOVER_LIMIT).map((e) => (
          <li key={e.id}>
            <span className="sectors-popover-date">{formatEventDate(e.date, e.datePrecision)}</span>
            <span className="sectors-popover-event" dir="auto">
              {e.title}
            </span>
          </li>
        ))}
      </ul>
      {events.length > POPOVER_LIMIT ? (
        <p className="sectors-popover-more">
          and {events.length - POPOVER_LIMIT} more; filter by the sector to list them all.
        </p>
      ) : null}
    </div>
  );
}
