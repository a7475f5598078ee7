import type { Headline } from '../../model/dashboard';
import { formatYearSpan } from '../../model/dates';

/** The numbers at the top; they follow the filters. */
export function HeadlineStrip({ headline }: { headline: Headline }) {
  const stats: [string, string][] = [
    ['Engagements', headline.engagements.toLocaleString('en-GB')],
    ['Visits', headline.visits.toLocaleString('en-GB')],
    ['Documents signed', headline.documents.toLocaleString('en-GB')],
    ['People', headline.people.toLocaleString('en-GB')],
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
