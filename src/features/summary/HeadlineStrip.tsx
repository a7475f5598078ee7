import type { Headline } from '../../model/dashboard';
import { formatYearSpan } from '../../model/dates';

/** The numbers at the top; they follow the filters. */
export function HeadlineStrip({ headline }: { headline: Headline }) {
  const stats: [string, string][] = [
    ['Engagements', String(headline.engagements)],
    ['Visits', String(headline.visits)],
    ['People', String(headline.people)],
    ['Sectors', String(headline.sectors)],
    ['Years covered', formatYearSpan(headline.firstYear, headline.lastYear)],
  ];
  return (
    <section aria-label="Headline numbers">
      <dl className="headline">
        {stats.map(([label, value]) => (
          <div className="stat" key={label} data-stat={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
