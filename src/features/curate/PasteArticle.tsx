import { useEffect, useId, useState } from 'react';
import type { DraftResult } from '../../curation/draft-types';
import type { Dataset } from '../../data/schema';
import { plural } from '../../lib/plural';
import { useWorkingCopyStore } from '../../state/working-copy-store';
import type { EngagementDraftState } from './EngagementEditor';
import { formOfRecord } from './record-specs';
import { RecordEditor, type Editing } from './RecordSection';

type Drafted = Extract<DraftResult, { ok: true }>;

/** The engine loads when first asked for: it is large (an English parser) and few use it. */
async function draft(text: string, dataset: Dataset, published: string): Promise<DraftResult> {
  const { draftFromArticle } = await import('../../curation/draft-article');
  return draftFromArticle(text, dataset, published === '' ? {} : { published });
}

/** The draft's people the dataset lacks, to add or leave out, and the names it skipped. */
function DraftPeople({ result, dataset }: { result: Drafted; dataset: Dataset }) {
  const known = new Set(dataset.people.map((p) => p.id));
  return (
    <>
      {result.newPeople.length > 0 ? (
        <section aria-label="New people proposed" className="curate-proposed">
          <h4>New people proposed</h4>
          <ul>
            {result.newPeople.map(({ person, evidence }) => (
              <li key={person.id}>
                <strong>{person.name}</strong> ({person.country}
                {person.roles[0] ? `, ${person.roles[0].title}` : ''}){' '}
                {evidence.quote ? <q>{evidence.quote}</q> : null}{' '}
                {known.has(person.id) ? (
                  <span className="curate-done">Added to people</span>
                ) : (
                  <button
                    type="button"
                    className="btn"
                    onClick={() => useWorkingCopyStore.getState().commit('people', null, person)}
                  >
                    Add {person.name} to people
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {result.skipped.length > 0 ? (
        <section aria-label="Names left out" className="curate-skipped">
          <h4>Names left out</h4>
          <ul>
            {result.skipped.map((s, i) => (
              <li key={i}>
                <strong>{s.name}</strong>: {s.reason} {s.quote ? <q>{s.quote}</q> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** The source the draft would cite, to add (edited) when the dataset lacks it. */
function DraftSource({ result, dataset }: { result: Drafted; dataset: Dataset }) {
  const { source } = result;
  const [editing, setEditing] = useState<Editing | null>(() => ({
    key: null,
    form: formOfRecord('sources', {
      id: source.id,
      publisher: source.publisher ?? '',
      published: source.published ?? undefined,
      title: source.title ?? '',
    }),
  }));
  if (dataset.sources.some((s) => s.id === source.id)) {
    return <p className="curate-done">Source {source.id} is in the sources.</p>;
  }
  return editing ? (
    <RecordEditor
      collection="sources"
      dataset={dataset}
      editing={editing}
      onChange={setEditing}
      onDone={() => setEditing(null)}
    />
  ) : (
    <p className="curate-hint">
      The draft cites source {source.id}, which is not in the sources yet.
    </p>
  );
}

/** Beside the form: the draft's warnings, its other engagements, people and source. */
function DraftExtras({
  result,
  dataset,
  review,
}: {
  result: Drafted;
  dataset: Dataset;
  review: (r: Drafted, i: number) => void;
}) {
  return (
    <div className="curate-draft-extra">
      {result.warnings.length > 0 ? (
        <ul className="curate-warnings">
          {result.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      ) : null}
      {result.engagements.length > 1 ? (
        <ul className="curate-list">
          {result.engagements.map((e, i) => (
            <li key={i}>
              <span className="curate-list-text">{e.event.title || `Engagement ${i + 1}`}</span>
              <button type="button" className="btn" onClick={() => review(result, i)}>
                Review engagement {i + 1}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <DraftPeople result={result} dataset={dataset} />
      <DraftSource result={result} dataset={dataset} />
    </div>
  );
}

/** A stored draft result, if it still has the shape the form reads. */
function asResult(value: unknown): DraftResult | null {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return null;
  const r = value as DraftResult;
  if (r.ok) return Array.isArray(r.engagements) && Array.isArray(r.warnings) ? r : null;
  return typeof r.problem === 'string' ? r : null;
}

/** How long typing pauses before the article is written to the working copy. */
const KEEP_AFTER_MS = 400;

/**
 * The pasted article, its date and its draft, kept in the working copy: a reload brings back
 * the text and every drafted engagement still to review, not only the form left open.
 */
function useKeptArticle() {
  const stored = useWorkingCopyStore((s) => s.article);
  const ready = useWorkingCopyStore((s) => s.status === 'ready');
  const [text, setText] = useState(stored?.text ?? '');
  const [published, setPublished] = useState(stored?.published ?? '');
  const [result, setResult] = useState<DraftResult | null>(() => asResult(stored?.result));
  const [adopted, setAdopted] = useState(stored !== null);
  // The stored copy may be read after this form opened: take it then, unless typed over.
  if (!adopted && ready) {
    setAdopted(true);
    if (stored && text === '' && published === '' && result === null) {
      setText(stored.text);
      setPublished(stored.published);
      setResult(asResult(stored.result));
    }
  }
  useEffect(() => {
    if (!adopted) return;
    const timer = setTimeout(() => {
      const empty = text === '' && published === '' && result === null;
      const { article, setArticle } = useWorkingCopyStore.getState();
      if (empty && article === null) return;
      setArticle(empty ? null : { text, published, result });
    }, KEEP_AFTER_MS);
    return () => clearTimeout(timer);
  }, [adopted, text, published, result]);
  return { text, setText, published, setPublished, result, setResult };
}

/**
 * Paste an article and its publication date: the engine drafts the engagements it reports,
 * and the first opens as a form to confirm. Nothing is saved until the curator does.
 */
export function PasteArticle({
  dataset,
  onReview,
}: {
  dataset: Dataset;
  onReview: (draft: EngagementDraftState) => void;
}) {
  const id = useId();
  const { text, setText, published, setPublished, result, setResult } = useKeptArticle();
  const [busy, setBusy] = useState(false);
  const review = (r: Drafted, i: number) => {
    const e = r.engagements[i];
    if (e) onReview({ key: null, form: { ...e.event, id: '' }, evidence: e.fields });
  };
  const run = async () => {
    setBusy(true);
    try {
      const r = await draft(text, dataset, published);
      setResult(r);
      if (r.ok) review(r, 0);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="curate-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Paste an article</h3>
      <div className="curate-control">
        <label htmlFor={`${id}-text`}>Article text</label>
        <textarea
          id={`${id}-text`}
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="curate-control curate-narrow">
        <label htmlFor={`${id}-published`}>Published</label>
        <input
          id={`${id}-published`}
          type="date"
          value={published}
          onChange={(e) => setPublished(e.target.value)}
        />
      </div>
      <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void run()}>
        {busy ? 'Drafting…' : 'Draft the engagement'}
      </button>
      <div role="status" className="curate-status">
        {result && !result.ok ? result.problem : null}
        {result?.ok
          ? `Drafted ${plural(result.engagements.length, 'engagement')}: confirm each below.`
          : null}
      </div>
      {result?.ok ? <DraftExtras result={result} dataset={dataset} review={review} /> : null}
    </section>
  );
}
