import type { DatasetIndex } from '../../model/dataset-index';
import { coverageFacts, inferredCounts } from '../../model/coverage';
import { formatInt } from '../../lib/format-number';

/** Where the methodology is published next to the app (built from docs/methodology.md). */
export const METHODOLOGY_HREF = 'methodology.html';

/**
 * "About this data": what the dataset covers, how it was gathered, when it was last
 * searched and what is known to be missing, so that nobody reads the charts as complete.
 */
export function AboutData({ index }: { index: DatasetIndex }) {
  const { meta, sources, events } = index.dataset;
  const facts = coverageFacts(meta.coverage);
  const inferred = inferredCounts(events);
  return (
    <section className="about-data" id="about-data" aria-labelledby="about-data-heading">
      <h2 id="about-data-heading">About this data</h2>
      {facts ? (
        <dl className="about-facts">
          <div>
            <dt>Period searched</dt>
            <dd>{facts.period}</dd>
          </div>
          <div>
            <dt>Last searched</dt>
            <dd>{facts.lastSearched}</dd>
          </div>
          <div>
            <dt>Engagements</dt>
            <dd>
              {formatInt(events.length)} from {formatInt(sources.length)} cited sources;{' '}
              {inferred.dates} with an inferred date, {inferred.places} with an inferred place
            </dd>
          </div>
        </dl>
      ) : (
        <p>This dataset does not state its coverage. Treat it as a sample, not the full record.</p>
      )}
      {facts ? <p dir="auto">{facts.method}</p> : null}
      <p>
        <strong>Not exhaustive.</strong> The record holds what the searched public reporting shows.
        An engagement that no stored source reports is missing, so a low count may reflect thin
        reporting rather than few contacts.
      </p>
      {facts && facts.gaps.length > 0 ? (
        <details className="about-gaps">
          <summary>Known gaps ({facts.gaps.length})</summary>
          <ul>
            {facts.gaps.map((g, i) => (
              <li key={i} dir="auto">
                {g}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p>
        What counts as an engagement, how levels, directions, trips, dates and places are coded, and
        how conflicting sources are settled: <a href={METHODOLOGY_HREF}>read the methodology</a>.
      </p>
    </section>
  );
}
