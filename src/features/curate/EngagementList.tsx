import { useState } from 'react';
import type { Dataset, EngagementEvent } from '../../data/schema';
import { foldText } from '../../lib/text';
import { useWorkingCopyStore } from '../../state/working-copy-store';

const SHOWN = 30;

/** The working copy's engagements, newest first, with Edit, Duplicate and Delete; searchable. */
export function EngagementList({
  dataset,
  onEdit,
  onDuplicate,
  onAdd,
}: {
  dataset: Dataset;
  onEdit: (event: EngagementEvent) => void;
  onDuplicate: (event: EngagementEvent) => void;
  onAdd: () => void;
}) {
  const [query, setQuery] = useState('');
  const terms = foldText(query).trim();
  const matching = [...dataset.events]
    .reverse()
    .filter((e) => terms === '' || foldText(`${e.id} ${e.title}`).includes(terms));
  const remove = (e: EngagementEvent) => {
    if (window.confirm(`Delete "${e.title}"? Undo brings it back.`)) {
      useWorkingCopyStore.getState().commit('events', e.id, null);
    }
  };
  return (
    <section className="curate-section" aria-labelledby="curate-events-heading">
      <div className="curate-section-head">
        <h3 id="curate-events-heading">Engagements ({dataset.events.length})</h3>
        <button type="button" className="btn btn-primary" onClick={onAdd}>
          Add engagement
        </button>
      </div>
      <label className="curate-search">
        Find an engagement{' '}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <ul className="curate-list">
        {matching.slice(0, SHOWN).map((e) => (
          <li key={e.id}>
            <span className="curate-list-text">
              <span className="curate-list-date">{e.date}</span> {e.title}
            </span>
            <span className="curate-list-actions">
              <button type="button" className="btn" onClick={() => onEdit(e)}>
                Edit<span className="visually-hidden"> {e.title}</span>
              </button>
              <button type="button" className="btn" onClick={() => onDuplicate(e)}>
                Duplicate<span className="visually-hidden"> {e.title}</span>
              </button>
              <button type="button" className="btn" onClick={() => remove(e)}>
                Delete<span className="visually-hidden"> {e.title}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
      {matching.length > SHOWN ? (
        <p className="curate-hint">
          {matching.length - SHOWN} more: narrow the search to find them.
        </p>
      ) : null}
    </section>
  );
}
