import type { MilestoneMark } from '../model/milestones';
import './milestones.css';

/**
 * The milestones' key: what each number on a chart's markers means, in words (the markers'
 * text equivalent). Visit frequency and the events timeline both show it.
 */
export function MilestoneKey({
  milestones,
  level = 3,
}: {
  milestones: readonly MilestoneMark[];
  /** Its heading's level in the outline: 3 in a panel, 2 on a slide without panel headings. */
  level?: 2 | 3;
}) {
  if (milestones.length === 0) return null;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="visits-milestone-key">
      <Heading className="visits-milestone-key-title">Milestones</Heading>
      <ol>
        {milestones.map((m) => (
          <li key={m.id} value={m.number}>
            <span className="visits-milestone-number" aria-hidden="true">
              {m.number}
            </span>{' '}
            <span>
              <span className="visits-milestone-date">{m.date}</span> {m.label}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
