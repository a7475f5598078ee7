import type { DatasetIndex } from '../model/dataset-index';
import { formatIsoDay } from '../model/dates';

const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/** Every source the dataset cites, so a screenshot or printout can be traced back. */
export function SourcesList({ index }: { index: DatasetIndex }) {
  const sources = [...index.dataset.sources].sort((a, b) =>
    a.published === b.published
      ? a.publisher.localeCompare(b.publisher)
      : a.published < b.published
        ? -1
        : 1,
  );
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ol>
        {sources.slice(0, 200).map((s) => (
          <li key={s.id}>
            <span className="source-publisher">{s.publisher}</span>, {formatIsoDay(s.published)}
            {s.publishedInferred ? ' (date inferred)' : ''}:{' '}
            {s.url && isWebLink(s.url) ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              <cite>{s.title}</cite>
            )}
          </li>
        ))}
      </ol>
      {sources.length > 200 ? <p>…and {sources.length - 200} more sources.</p> : null}
    </section>
  );
}
