import { useId } from 'react';
import type { EmbedChartProps } from '../../components/embed-props';
import { peopleChartSpec } from '../../model/people-chart-spec';
import { PeopleLegend } from './PeopleInvolved';
import { PeopleRanking } from './PeopleRanking';
import './people.css';

const ignorePerson = () => undefined;

/** People involved in an embed: the dashboard's ranking (its top), read only. */
export function PeopleEmbed({ index, data, filters, title }: EmbedChartProps) {
  const listId = useId();
  const spec = peopleChartSpec(index, data, filters, {
    title,
    presentation: false,
    showAll: false,
  });
  return (
    <div className="people-view embed-people">
      <p className="embed-subtitle">{spec.subtitle}</p>
      <PeopleLegend spec={spec} />
      {/* Rows as text, not buttons: there is no person card to open here. */}
      <PeopleRanking spec={spec} listId={listId} presentation onTogglePerson={ignorePerson} />
    </div>
  );
}
