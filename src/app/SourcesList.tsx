import type { DatasetIndex } from '../model/dataset-index';
import { safeHttpUrl, sourceDateLabel } from '../model/events-view';
import { compareText } from '../lib/compare-text';

/** Every source the dataset cites, so a screenshot or printout can be traced back. */
export function SourcesList({ index }: { index: DatasetIndex }) {
  // Undated sources sort last: '~' comes after every digit.
  const dateKey = (s: { published?: string | undefined }) => s.published ?? '~';
  const sources = [...index.dataset.sources].sort((a, b) =>
    dateKey(a) === dateKey(b)
      ? compareText(a.publisher, b.publisher)
      : dateKey(a) < dateKey(b)
        ? -1
        : 1,
  );
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ol>
        {sources.slice(0, 200).map((s) => {
          const href = safeHttpUrl(s.url);
          return (
            <li key={s.id}>
              <span className="source-publisher">{s.publisher}</span>, {sourceDateLabel(s)}
              {s.publishedInferred ? ' (date inferred)' : ''}:{' '}
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>
              ) : (
                <cite>{s.title}</cite>
              )}
            </li>
          );
        })}
      </ol>
      {sources.length > 200 ? <p>…and {sources.length - 200} more sources.</p> : null}
    </section>
  );
}
