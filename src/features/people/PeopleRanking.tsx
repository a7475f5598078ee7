import type { CSSProperties, ReactNode } from 'react';
import { CountryBadge } from '../../components/CountryBadge';
import type { PeopleChartRow, PeopleChartSpec } from '../../model/people-chart-spec';

interface RankingProps {
  spec: PeopleChartSpec;
  listId: string;
  /** A slide is read, not clicked: the same rows, without buttons. */
  presentation: boolean;
  onTogglePerson: (personId: string) => void;
}

/**
 * Room for the longest count label after the bars, so every bar keeps the same scale; the
 * bars and the axis ticks both measure against the track less this room.
 */
function trackStyle(spec: PeopleChartSpec): CSSProperties {
  const longest = Math.max(0, ...spec.rows.map((r) => r.countLabel.length));
  return { '--people-label-room': `${longest + 1}ch` } as CSSProperties;
}

/** The length of a share of the axis, inside a track. */
const along = (ratio: number) => `calc((100% - var(--people-label-room) - 8px) * ${ratio})`;

/** The accessible name repeats the visible text in order (WCAG 2.5.3, label in name). */
function rowLabel(row: PeopleChartRow): string {
  const role = row.role ? `${row.role}, ` : '';
  return `${row.name} ${row.country}, ${role}${row.countLabel} engagement${row.engagements === 1 ? '' : 's'}`;
}

/**
 * Rank, name with the country badge, role, then the bar and its count: each a cell of the
 * row's grid, so that a slide can give the role the width under the bar as well.
 */
function RowBody({ row }: { row: PeopleChartRow }) {
  return (
    <>
      {/* The rank is drawn from data-rank by CSS, so it is not part of the name. */}
      <span className="people-rank" aria-hidden="true" data-rank={row.rank} />
      <span className="people-name-line" aria-hidden="true">
        <span className="people-name" title={row.name}>
          <bdi>{row.name}</bdi>
        </span>{' '}
        <CountryBadge
          className="people-badge"
          code={row.country}
          name={row.countryName}
          color={row.color}
        />
      </span>{' '}
      {row.role ? (
        <span className="people-role" aria-hidden="true" title={row.role}>
          <bdi>{row.role}</bdi>
        </span>
      ) : null}{' '}
      <span className="people-track" aria-hidden="true">
        <span
          className="people-bar"
          data-dimmed={row.dimmed || undefined}
          style={{ width: along(row.ratio), background: row.color }}
        />
        <span className="people-count">{row.countLabel}</span>
      </span>
    </>
  );
}

function PersonRow({
  row,
  presentation,
  onTogglePerson,
}: { row: PeopleChartRow } & Omit<RankingProps, 'spec' | 'listId'>) {
  let entry: ReactNode;
  if (presentation) {
    entry = (
      <div className="people-button people-entry">
        <span className="visually-hidden">{rowLabel(row)}</span>
        <RowBody row={row} />
      </div>
    );
  } else {
    entry = (
      <button
        type="button"
        className="people-button print-keep"
        aria-pressed={row.selected}
        aria-label={rowLabel(row)}
        onClick={() => onTogglePerson(row.personId)}
      >
        <RowBody row={row} />
      </button>
    );
  }
  return (
    <li className="people-row" data-dimmed={row.dimmed || undefined}>
      {entry}
    </li>
  );
}

/**
 * The spec's ticks under the track column, titled beside them; the rows already say every
 * count in words. A tick keeps the track's type size, so the room kept in `ch` after the bars
 * is the same width.
 */
function PeopleAxis({ spec }: { spec: PeopleChartSpec }) {
  return (
    <div className="people-axis" aria-hidden="true" style={trackStyle(spec)}>
      <span />
      <span className="people-axis-label">{spec.axisLabel}</span>
      <span className="people-axis-track">
        {spec.ticks.map((t) => (
          <span
            key={t.value}
            className="people-tick"
            style={{ left: along(spec.axisMax > 0 ? t.value / spec.axisMax : 0) }}
          >
            <span className="people-tick-label">{t.label}</span>
          </span>
        ))}
      </span>
    </div>
  );
}

/** The ranked bars with their axis, or the spec's words for an empty ranking. */
export function PeopleRanking({ spec, listId, presentation, onTogglePerson }: RankingProps) {
  if (spec.empty !== null) {
    return <p className="people-rows people-empty">{spec.empty}</p>;
  }
  return (
    <>
      <ol
        className="people-rows people-list"
        id={listId}
        aria-label="People by engagements"
        style={trackStyle(spec)}
      >
        {spec.rows.map((row) => (
          <PersonRow
            key={row.personId}
            row={row}
            presentation={presentation}
            onTogglePerson={onTogglePerson}
          />
        ))}
      </ol>
      <PeopleAxis spec={spec} />
    </>
  );
}
