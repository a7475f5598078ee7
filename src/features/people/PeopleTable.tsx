import type { PersonRank } from '../../model/dashboard';
import { countryName, type DatasetIndex } from '../../model/dataset-index';
import { formatCount } from '../../model/people-chart-spec';

/** The whole ranking as a table: "View as table". */
export function PeopleTable({
  index,
  people,
}: {
  index: DatasetIndex;
  people: readonly PersonRank[];
}) {
  return (
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
            <td className="num">{formatCount(p.engagements)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
