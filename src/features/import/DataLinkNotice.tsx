import { useId } from 'react';
import { useDatasetSourceStore } from '../../state/dataset-source-store';
import './import.css';

/** Explains a refused `?data=` link (the default dataset shows instead). */
export function DataLinkNotice() {
  const problem = useDatasetSourceStore((s) => s.linkProblem);
  const dismiss = useDatasetSourceStore((s) => s.dismissLinkProblem);
  const headingId = useId();
  if (problem === null) return null;
  return (
    <div className="error-card import-problems" role="alert" aria-labelledby={headingId}>
      <div className="import-head">
        <h2 id={headingId}>The dataset in this link was not opened</h2>
        <button type="button" className="btn" onClick={dismiss}>
          Dismiss
        </button>
      </div>
      <p className="import-message">{problem} The default dataset is showing instead.</p>
    </div>
  );
}
