import type { Headline } from '../../model/dashboard';
import { formatYearSpan } from '../../model/dates';
import { useFilterStore } from '../../state/filter-store';
import './headline.css';
import { formatInt } from '../../lib/format-number';

/**
 * What the sectors number counts: the sectors of the engagements shown. Under a sector
 * filter a bare "Sectors 10" beside "Sector: Energy" would read as a contradiction.
 */
const sectorsLabel = (sectorFilter: boolean) =>
  sectorFilter ? 'Sectors these engagements cover' : 'Sectors';

/** The numbers at the top; they follow the filters. */
export function HeadlineStrip({ headline }: { headline: Headline }) {
  const sectorFilter = useFilterStore((s) => s.filters.sectors.length > 0);
  const stats: [key: string, label: string, value: string][] = [
    ['Engagements', 'Engagements', formatInt(headline.engagements)],
    ['Visits', 'Visits', formatInt(headline.visits)],
    ['Documents signed', 'Documents signed', formatInt(headline.documents)],
    ['People', 'People', formatInt(headline.people)],
    ['Sectors', sectorsLabel(sectorFilter), String(headline.sectors)],
    ['Years covered', 'Years covered', formatYearSpan(headline.firstYear, headline.lastYear)],
  ];
  return (
    <section aria-label="Headline numbers">
      <dl className="headline">
        {stats.map(([key, label, value]) => (
          <div className="stat" key={key} data-stat={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
