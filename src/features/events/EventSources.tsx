import type { Source } from '../../data/schema';
import { formatEventDate } from '../../model/dates';
import { safeHttpUrl, sourceDateLabel } from '../../model/events-view';

/** Publisher, date (and whether it was inferred), the title as a link, and the date's note. */
function SourceItem({ source: s }: { source: Source }) {
  const href = safeHttpUrl(s.url);
  return (
    <li>
      <span className="event-publisher">{s.publisher}</span>
      <span className="event-dot" aria-hidden="true">
        ·
      </span>
      {s.published ? (
        <time dateTime={s.published}>{formatEventDate(s.published, 'day')}</time>
      ) : (
        <span>{sourceDateLabel(s)}</span>
      )}
      {s.publishedInferred ? <span className="event-tag">date inferred</span> : null}
      <span className="event-dot" aria-hidden="true">
        ·
      </span>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {s.title}
          <span className="visually-hidden"> (opens in a new tab)</span>
          <span aria-hidden="true"> ↗</span>
        </a>
      ) : (
        <cite>{s.title}</cite>
      )}
      {(s.publishedInferred || !s.published) && s.publishedNote ? (
        <p className="event-source-note">{s.publishedNote}</p>
      ) : null}
    </li>
  );
}

/** The sources an engagement cites, in citation order. */
export function EventSources({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <div className="event-sources">
      <span className="event-label">{sources.length === 1 ? 'Source' : 'Sources'}</span>
      <ul>
        {sources.map((s) => (
          <SourceItem key={s.id} source={s} />
        ))}
      </ul>
    </div>
  );
}
