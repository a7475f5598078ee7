import { useId, useState } from 'react';
import type { ViewProps } from '../../components/view-props';
import { Panel } from '../../components/Panel';
import { countryColor, OTHER_COUNTRY_COLOR } from '../../model/colors';
import { personEvents } from '../../model/dashboard';
import { countryName } from '../../model/dataset-index';
import { formatEventDate } from '../../model/dates';
import {
  activePerson,
  displayAliases,
  formatRoleDates,
  PEOPLE_TOP,
  rolesOverTime,
  visibleRanking,
} from '../../model/people-view';
import { useFilterStore } from '../../state/filter-store';
import './people.css';
import { viewTitle } from '../../model/views';

/** A person's engagements listed in the detail card before "see the Events list". */
const CARD_EVENTS_LIMIT = 50;
/** How many people a presentation slide shows: all of them fit on the 1920×1080 canvas. */
const SLIDE_TOP = 10;

export function PeopleInvolved({ index, data, filters, exports, presentation = false }: ViewProps) {
  const togglePerson = useFilterStore((s) => s.togglePerson);
  const [showAll, setShowAll] = useState(false);
  const listId = useId();

  const pair = index.dataset.meta.countries;
  const people = data.people;
  const max = people[0]?.engagements ?? 0;
  const fmt = (n: number) => n.toLocaleString('en-GB');
  // Room for the longest count label after the bars, so every bar keeps the same scale.
  const labelRoom = `${fmt(max).length + 1}ch`;
  const selected = new Set(filters.people);
  // A slide shows the top 10 only, selected or not: it has no room to scroll.
  const rows = presentation
    ? visibleRanking(people, [], SLIDE_TOP)
    : visibleRanking(people, filters.people, showAll ? null : PEOPLE_TOP);
  // The legend names every bar colour of the ranking (on a slide, of the top 10 it shows).
  const legendPeople = presentation ? rows.map((r) => r.person) : people;
  const hasOther = legendPeople.some((p) => !pair.some((c) => c.code === p.country));
  const active = activePerson(index, filters.people);

  const table = () => (
    <table className="data-table people-table">
      <caption>People ranked by the engagements they took part in</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            Rank
          </th>
          <th scope="col">Person</th>
          <th scope="col">Country</th>
          <th scope="col">Role</th>
          <th scope="col" className="num">
            Engagements
          </th>
        </tr>
      </thead>
      <tbody>
        {people.map((p, i) => (
          <tr key={p.personId}>
            <td className="num">{i + 1}</td>
            <th scope="row">{p.name}</th>
            <td>{countryName(index, p.country)}</td>
            <td>{p.role}</td>
            <td className="num">{p.engagements.toLocaleString('en-GB')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const subtitle = presentation
    ? `Ranked by the engagements they took part in${
        people.length > SLIDE_TOP ? `: the top ${SLIDE_TOP} of ${fmt(people.length)}` : ''
      }.`
    : 'Ranked by the engagements they took part in. Click a person to filter.';

  return (
    <Panel
      id="people-involved"
      title={viewTitle('people-involved')}
      subtitle={subtitle}
      exports={exports}
      table={table}
      presentation={presentation}
    >
      <div className="people-view">
        <ul className="people-legend" aria-label="Bar colour: the person's country">
          {pair.map((c) => (
            <li key={c.code}>
              <span className="swatch" style={{ background: countryColor(pair, c.code) }} />
              {c.name} <span className="people-code">{c.code}</span>
            </li>
          ))}
          {hasOther ? (
            <li>
              <span className="swatch" style={{ background: OTHER_COUNTRY_COLOR }} />
              Other country
            </li>
          ) : null}
        </ul>

        {people.length === 0 ? (
          <p className="people-scroll people-empty">Nobody took part in the engagements shown.</p>
        ) : (
          <ol className="people-scroll people-list" id={listId} aria-label="People by engagements">
            {rows.map(({ person: p, rank }) => {
              const color = countryColor(pair, p.country);
              const pressed = selected.has(p.personId);
              const ratio = max > 0 ? p.engagements / max : 0;
              // The accessible name repeats the visible text in order (WCAG 2.5.3, label in name).
              const label = `${p.name} ${p.country}, ${p.role ? `${p.role}, ` : ''}${fmt(p.engagements)} engagement${p.engagements === 1 ? '' : 's'}`;
              const body = (
                <>
                  {/* The rank is drawn from data-rank by CSS, so it is not part of the name. */}
                  <span className="people-rank" aria-hidden="true" data-rank={rank} />
                  <span className="people-who" aria-hidden="true">
                    <span className="people-name-line">
                      <span className="people-name" title={p.name}>
                        <bdi>{p.name}</bdi>
                      </span>{' '}
                      <span className="people-badge" title={countryName(index, p.country)}>
                        <span className="swatch" style={{ background: color }} />
                        {p.country}
                      </span>
                    </span>{' '}
                    {p.role ? (
                      <span className="people-role" title={p.role}>
                        <bdi>{p.role}</bdi>
                      </span>
                    ) : null}
                  </span>{' '}
                  <span className="people-track" aria-hidden="true">
                    <span
                      className="people-bar"
                      style={{
                        width: `calc((100% - ${labelRoom} - 8px) * ${ratio})`,
                        background: color,
                      }}
                    />
                    <span className="people-count">{fmt(p.engagements)}</span>
                  </span>
                </>
              );
              return (
                <li key={p.personId} className="people-row">
                  {presentation ? (
                    // A slide is read, not clicked: the same row, without the button.
                    <div className="people-button people-entry">
                      <span className="visually-hidden">{label}</span>
                      {body}
                    </div>
                  ) : (
                    <button
                      type="button"
                      className="people-button"
                      aria-pressed={pressed}
                      aria-label={label}
                      onClick={() => togglePerson(p.personId)}
                    >
                      {body}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        )}

        {people.length > PEOPLE_TOP && !presentation ? (
          <button
            type="button"
            className="btn people-more"
            aria-expanded={showAll}
            aria-controls={listId}
            onClick={() => setShowAll((v) => !v)}
          >
            {showAll ? `Show the top ${PEOPLE_TOP} only` : `Show all ${people.length} people`}
          </button>
        ) : null}

        {presentation ? null : (
          <div className="people-detail">
            {active ? (
              <PersonCard
                key={active.id}
                {...{ index, data, filters }}
                personId={active.id}
                onClose={() => togglePerson(active.id)}
              />
            ) : (
              <p className="people-hint">
                Select a person to see their roles over time and the engagements they took part in.
              </p>
            )}
          </div>
        )}
      </div>
    </Panel>
  );
}

function PersonCard({
  index,
  data,
  personId,
  onClose,
}: ViewProps & { personId: string; onClose: () => void }) {
  const headingId = useId();
  const person = index.personById.get(personId);
  if (!person) return null;
  const aliases = displayAliases(person);
  const roles = rolesOverTime(person);
  const events = personEvents(index, data.mask, personId);
  const shown = events.slice(0, CARD_EVENTS_LIMIT);
  const color = countryColor(index.dataset.meta.countries, person.country);

  return (
    <article className="person-card" aria-labelledby={headingId}>
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
      {aliases.length > 0 ? (
        <p className="person-aliases">Also written: {aliases.join(', ')}</p>
      ) : null}

      {roles.length > 0 ? (
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
      ) : null}

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
    </article>
  );
}
