import { useMemo } from 'react';
import type { Dataset } from '../../data/schema';
import { plural } from '../../lib/plural';
import { changedFields, changeListMarkdown } from '../../model/dataset-diff';
import { serializeDataset } from '../../model/dataset-serialize';
import { datasetIssues } from '../../model/record-issues';
import { changeKind, type Change } from '../../model/working-copy';
import { useWorkingCopyStore } from '../../state/working-copy-store';

const ISSUES_SHOWN = 20;

/** `data/az-rs.json` → `az-rs.json`: the download replaces the file it came from. */
export function datasetFileName(origin: string): string {
  const name = origin.split('/').at(-1) ?? 'dataset.json';
  return /\.json$/i.test(name) ? name : `${name.replace(/\.[^.]*$/, '')}.json`;
}

function ChangeLine({ change }: { change: Change }) {
  const kind = changeKind(change);
  const fields = kind === 'changed' ? changedFields(change.before, change.after) : [];
  return (
    <li>
      <span className="curate-list-text">
        <span className={`curate-kind curate-kind-${kind}`}>{kind}</span> {change.collection}{' '}
        <code>{change.key}</code>
        {fields.length > 0 ? (
          <span className="curate-fields-changed">: {fields.join(', ')}</span>
        ) : null}
      </span>
      <button
        type="button"
        className="btn"
        onClick={() => useWorkingCopyStore.getState().revert(change)}
      >
        Undo<span className="visually-hidden"> {change.key}</span>
      </button>
    </li>
  );
}

/**
 * The pending changes against the dataset that was opened, each with Undo, "Undo last", and
 * the downloads: the dataset file and its change list.
 */
export function PendingChanges({
  base,
  working,
  origin,
  onDownload,
}: {
  base: Dataset;
  working: Dataset;
  origin: string;
  onDownload: (blob: Blob, fileName: string) => void;
}) {
  const changes = useWorkingCopyStore((s) => s.changes);
  const canUndo = useWorkingCopyStore((s) => s.history.length > 0);
  const issues = useMemo(() => datasetIssues(working), [working]);
  const fileName = datasetFileName(origin);
  const download = () =>
    onDownload(new Blob([serializeDataset(working)], { type: 'application/json' }), fileName);
  const downloadList = () =>
    onDownload(
      new Blob([changeListMarkdown(base, working, fileName)], { type: 'text/markdown' }),
      fileName.replace(/\.json$/i, '-changes.md'),
    );
  return (
    <section className="curate-section" aria-labelledby="curate-changes-heading">
      <div className="curate-section-head">
        <h3 id="curate-changes-heading">Pending changes ({changes.length})</h3>
        <button
          type="button"
          className="btn"
          disabled={!canUndo}
          onClick={() => useWorkingCopyStore.getState().undoLast()}
        >
          Undo last
        </button>
      </div>
      {changes.length === 0 ? (
        <p>No changes yet against {origin}.</p>
      ) : (
        <ul className="curate-list" aria-label="Pending changes">
          {changes.map((c) => (
            <ChangeLine key={`${c.collection}:${c.key}`} change={c} />
          ))}
        </ul>
      )}
      {issues.length > 0 ? (
        <div className="curate-errors-block" role="alert">
          <p>
            The working copy has {plural(issues.length, 'problem')}; {'npm run validate:data'} would
            refuse it:
          </p>
          <ul className="curate-errors">
            {issues.slice(0, ISSUES_SHOWN).map((i) => (
              <li key={`${i.path}:${i.reason}`}>
                {i.path}: {i.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="curate-actions">
        <button type="button" className="btn btn-primary" onClick={download}>
          Download {fileName}
        </button>
        <button type="button" className="btn" onClick={downloadList}>
          Download the change list
        </button>
      </div>
    </section>
  );
}
