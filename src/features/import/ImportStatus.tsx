import { useId } from 'react';
import { formatIssue, type ImportPhase } from '../../data/dataset-job';
import { phaseLabel } from './stage-label';
import { CSV_TEMPLATE_FILE_NAME, CSV_TEMPLATE_URL } from './template';
import type { ImportState, OpenOptions } from './import-state';
import { SheetSelect } from './SheetSelect';
import './import.css';

/** Where each phase sits on the one progress bar. */
const PHASE_SPAN: Record<ImportPhase, [number, number]> = {
  reading: [0, 0.15],
  parsing: [0.15, 0.75],
  validating: [0.75, 0.95],
  indexing: [0.95, 1],
};

export function overallProgress(phase: ImportPhase, fraction: number): number {
  const [from, to] = PHASE_SPAN[phase];
  const f = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  return Math.round((from + (to - from) * f) * 100);
}

/**
 * While a file is being opened: a progress bar and Cancel. When it could not be opened: the
 * problems (`path: reason`, with CSV row numbers), the promise that nothing was lost, and
 * Dismiss. Renders nothing otherwise.
 */
export function ImportStatus({
  state,
  onDismiss,
  onOpen,
}: {
  state: ImportState;
  onDismiss: () => void;
  /** Of a workbook that failed: opens it again with another sheet. */
  onOpen?: (file: File, options: OpenOptions) => void;
}) {
  const headingId = useId();
  if (state.status === 'idle') return null;

  if (state.status === 'working') {
    const percent = overallProgress(state.phase, state.fraction);
    const label = phaseLabel(state.phase, state.rows);
    return (
      <div className="panel import-status">
        <div className="import-head">
          <p className="import-working">
            <strong className="import-name">Opening {state.name}</strong>
            <span className="import-phase" aria-live="polite">
              {' '}
              · {label}…
            </span>
            <span className="import-percent" aria-hidden="true">
              {' '}
              {percent}%
            </span>
          </p>
          <button type="button" className="btn" onClick={onDismiss}>
            Cancel
          </button>
        </div>
        <div
          className="import-progress"
          role="progressbar"
          aria-label={`Opening ${state.name}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${label}: ${percent}%`}
        >
          <div className="import-progress-bar" style={{ width: `${percent}%` }} />
        </div>
      </div>
    );
  }

  return (
    <ImportProblems state={state} onDismiss={onDismiss} onOpen={onOpen} headingId={headingId} />
  );
}

/** The problems that stopped a file, and of a workbook the choice of another sheet. */
function ImportProblems({
  state,
  onDismiss,
  onOpen,
  headingId,
}: {
  state: Extract<ImportState, { status: 'failed' }>;
  onDismiss: () => void;
  onOpen?: (file: File, options: OpenOptions) => void;
  headingId: string;
}) {
  const csv = /\.csv$/i.test(state.name);
  const more = state.total - state.issues.length;
  return (
    <div className="error-card import-problems" role="alert" aria-labelledby={headingId}>
      <div className="import-head">
        <h2 id={headingId} className="import-name">
          {state.name} could not be opened
        </h2>
        <button type="button" className="btn" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      <p className="import-message">
        {state.message}. The dataset that was showing is still here, with your filters.
      </p>
      {state.issues.length > 0 ? (
        <>
          <ul className="import-issues" aria-label="Problems found" tabIndex={0}>
            {state.issues.map((issue, i) => (
              <li key={i}>{formatIssue(issue)}</li>
            ))}
          </ul>
          {more > 0 ? (
            <p className="import-more">
              …and {more} more problem{more === 1 ? '' : 's'}. Fix these first, then open the file
              again.
            </p>
          ) : null}
        </>
      ) : null}
      {state.workbook && onOpen && state.workbook.sheets.names.length > 1 ? (
        <p className="import-hint import-sheet">
          Its engagements may be on another sheet:{' '}
          <SheetSelect workbook={state.workbook} onOpen={onOpen} />
        </p>
      ) : null}
      {csv ? (
        <p className="import-hint">
          Compare the file with the{' '}
          <a href={CSV_TEMPLATE_URL} download={CSV_TEMPLATE_FILE_NAME}>
            CSV template
          </a>
          : one engagement per row, lists separated by “;”.
        </p>
      ) : null}
    </div>
  );
}
