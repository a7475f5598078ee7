import { plural } from '../../lib/plural';
import type { DocumentsYear } from '../../model/documents-view';

/** "Documents signed per year": a compact line of years, for the Events view. */
export function DocumentsPerYear({ years }: { years: readonly DocumentsYear[] }) {
  if (years.length === 0) return null;
  const total = years.reduce((n, y) => n + y.documents, 0);
  return (
    <section className="events-documents" aria-label="Documents signed per year">
      <p>
        <strong>{plural(total, 'document')} signed</strong> (agreements, memoranda, declarations,
        protocols) at these engagements:
      </p>
      <ul>
        {years.map((y) => (
          <li key={y.year}>
            <span className="events-documents-year">{y.year}</span>{' '}
            <span className="events-documents-count">{y.documents}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
