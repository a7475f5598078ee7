import type { MapSpec } from '../../model/map-spec';

/** The map's numbers as a data table ("View as table"), venues with no coordinates included. */
export function MapTable({ spec }: { spec: MapSpec }) {
  return (
    <table className="data-table">
      <caption>Engagements by venue, most first</caption>
      <thead>
        <tr>
          <th scope="col">Venue</th>
          <th scope="col">Country</th>
          <th scope="col">Host</th>
          <th scope="col" className="num">
            Engagements
          </th>
          <th scope="col">Coordinates</th>
        </tr>
      </thead>
      <tbody>
        {spec.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {row.label}
              {row.selected ? <span className="visually-hidden"> (selected)</span> : null}
            </th>
            <td>{row.countryName}</td>
            <td>{row.hostLabel}</td>
            <td className="num">{row.engagements}</td>
            <td>{row.position}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
