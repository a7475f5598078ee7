import { useId, useState } from 'react';
import type { ViewProps } from '../../components/view-props';
import { Panel } from '../../components/Panel';
import { activePerson } from '../../model/people-view';
import { PEOPLE_TOP, peopleChartSpec, type PeopleChartSpec } from '../../model/people-chart-spec';
import { useFilterStore } from '../../state/filter-store';
import { PeopleRanking } from './PeopleRanking';
import { PeopleTable } from './PeopleTable';
import { PersonCard } from './PersonCard';
import './people.css';
import './people-slide.css';

/** The country key of the bar colours, as the spec gives it. */
export function PeopleLegend({ spec }: { spec: PeopleChartSpec }) {
  if (spec.legend.length === 0) return null;
  return (
    <div className="people-key">
      {spec.legendTitle ? (
        <span className="people-legend-title" aria-hidden="true">
          {spec.legendTitle}
        </span>
      ) : null}
      <ul className="people-legend chart-legend" aria-label="Bar colour: the person's country">
        {spec.legend.map((entry) => (
          <li key={entry.key}>
            <span className="swatch" style={{ background: entry.color }} />
            <span className="people-legend-label">{entry.label}</span>{' '}
            <span className="people-code">{entry.codes.join(', ')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PeopleNotes({ notes }: { notes: readonly string[] }) {
  return (
    <>
      {notes.map((note) => (
        <p key={note} className="people-note">
          {note}
        </p>
      ))}
    </>
  );
}

function ShowAllToggle(props: {
  showAll: boolean;
  total: number;
  listId: string;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      className="btn people-more"
      aria-expanded={props.showAll}
      aria-controls={props.listId}
      onClick={props.onToggle}
    >
      {props.showAll ? `Show the top ${PEOPLE_TOP} only` : `Show all ${props.total} people`}
    </button>
  );
}

/** The selected person's card, or an invitation to select someone. */
function PeopleDetail({ index, data, filters }: Pick<ViewProps, 'index' | 'data' | 'filters'>) {
  const toggle = useFilterStore((s) => s.toggle);
  const active = activePerson(index, filters.people);
  // Without a selection the box is an on-screen invitation only: a printout leaves it out.
  return (
    <div className={active ? 'people-detail' : 'people-detail no-print'}>
      {active ? (
        <PersonCard
          key={active.id}
          index={index}
          data={data}
          personId={active.id}
          onClose={() => toggle('people', active.id)}
        />
      ) : (
        <p className="people-hint">
          Select a person to see their roles over time and the engagements they took part in.
        </p>
      )}
    </div>
  );
}

export function PeopleInvolved(props: ViewProps) {
  const { index, data, exports, presentation = false } = props;
  const toggle = useFilterStore((s) => s.toggle);
  const [showAll, setShowAll] = useState(false);
  const listId = useId();
  const spec = peopleChartSpec(index, data, props.filters, {
    title: props.title,
    presentation,
    showAll,
  });

  return (
    <Panel
      id="people-involved"
      title={spec.title}
      subtitle={
        spec.hint ? (
          <>
            {spec.subtitle} <span className="no-print">{spec.hint}</span>
          </>
        ) : (
          spec.subtitle
        )
      }
      exports={exports}
      table={() => <PeopleTable index={index} people={data.people} />}
      footer={spec.notes.length > 0 ? <PeopleNotes notes={spec.notes} /> : undefined}
      presentation={presentation}
    >
      <div className="people-view slide-column">
        <PeopleLegend spec={spec} />
        <PeopleRanking
          spec={spec}
          listId={listId}
          presentation={presentation}
          onTogglePerson={(id: string) => toggle('people', id)}
        />
        {spec.expandable ? (
          <ShowAllToggle
            showAll={showAll}
            total={spec.total}
            listId={listId}
            onToggle={() => setShowAll((v) => !v)}
          />
        ) : null}
        {presentation ? null : <PeopleDetail index={index} data={data} filters={props.filters} />}
      </div>
    </Panel>
  );
}
