import { useId } from 'react';
import type { Person } from '../../data/schema';
import type { ViewProps } from '../../components/view-props';
import { countryColor } from '../../model/colors';
import { personEvents } from '../../model/dashboard';
import { countryName, type DatasetIndex } from '../../model/dataset-index';
import { formatEventDate } from '../../model/dates';
import { readableAliases, formatRoleDates, rolesOverTime } from '../../model/people-view';

/** A person's engagements listed in the detail card before "see the Events list". */
const CARD_EVENTS_LIMIT = 50;

interface HeadProps {
  index: DatasetIndex;
  person: Person;
  headingId: string;
  onClose: () => void;
}

function PersonCardHead({ index, person, headingId, onClose }: HeadProps) {
  const color = countryColor(index.dataset.meta.countries, person.country);
  return (
    <header className="person-card-head">
      <div className="person-card-title">
        <h3 id={headingId}>
          <bdi>{person.name}</bdi>
        </h3>
        <p className="person-country">
          <span className="swatch" style={{ background: color }} />
          {countryName(index, person.country)}
        </p>
      </div>
      <button
        type="button"
        className="btn"
        onClick={onClose}
        aria-label={`Close ${person.name} and remove them from the filter`}
      >
        <span aria-hidden="true">×</span> Close
      </button>
    </header>
  );
}

function PersonRoles({ person }: { person: Person }) {
  const roles = rolesOverTime(person);
  if (roles.length === 0) return null;
  return (
    <>
      <h4 className="person-subhead">Roles</h4>
      <ul className="person-roles">
        {roles.map((r, i) => {
          const dates = formatRoleDates(r);
          return (
            <li key={`${r.title}-${i}`}>
              <bdi className="person-role-title">{r.title}</bdi>
              {dates ? <span className="person-role-dates"> ({dates})</span> : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The person's engagements under the filters, the first 50 listed. */
function PersonEvents({
  index,
  data,
  personId,
}: Pick<ViewProps, 'index' | 'data'> & { personId: string }) {
  const events = personEvents(index, data.mask, personId);
  const shown = events.slice(0, CARD_EVENTS_LIMIT);
  return (
    <>
      <h4 className="person-subhead">
        {events.length === 0
          ? 'No engagements under the current filters'
          : `${events.length} engagement${events.length === 1 ? '' : 's'}`}
      </h4>
      {shown.length > 0 ? (
        <ul className="person-events">
          {shown.map((e) => (
            <li key={e.id}>
              <time dateTime={e.date} className="person-event-date">
                {formatEventDate(e.date, e.datePrecision)}
              </time>
              <span className="person-event-title" dir="auto">
                {e.title}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {events.length > shown.length ? (
        <p className="person-more">
          and {events.length - shown.length} more: see the Events list, which this selection
          filters.
        </p>
      ) : null}
    </>
  );
}

/** The selected person's names, roles over time and engagements. */
export function PersonCard({
  index,
  data,
  personId,
  onClose,
}: Pick<ViewProps, 'index' | 'data'> & { personId: string; onClose: () => void }) {
  const headingId = useId();
  const person = index.personById.get(personId);
  if (!person) return null;
  const aliases = readableAliases(person);
  return (
    <article className="person-card" aria-labelledby={headingId}>
      <PersonCardHead index={index} person={person} headingId={headingId} onClose={onClose} />
      {aliases.length > 0 ? (
        <p className="person-aliases">Also written: {aliases.join(', ')}</p>
      ) : null}
      <PersonRoles person={person} />
      <PersonEvents index={index} data={data} personId={personId} />
    </article>
  );
}
