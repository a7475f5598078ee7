import { Component, type ErrorInfo, type ReactNode } from 'react';
import { DatasetError } from '../data/dataset-error';

interface Props {
  /** Names what failed, e.g. "The People involved view". */
  label: string;
  children: ReactNode;
  /** Changing this clears the error (e.g. a new dataset or new filters). */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/** Catches a failing part of the page and shows what went wrong; the rest keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.label} failed`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ErrorCard title={`${this.props.label} could not be shown`} error={error} />;
  }
}

export function ErrorCard({ title, error }: { title: string; error: unknown }) {
  const issues = error instanceof DatasetError ? error.issues : [];
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="error-card" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      {issues.length > 0 ? (
        <>
          <ul aria-label="Problems found">
            {issues.slice(0, 50).map((issue, i) => (
              <li key={i}>
                {issue.path}: {issue.reason}
              </li>
            ))}
          </ul>
          {issues.length > 50 ? <p>…and {issues.length - 50} more.</p> : null}
        </>
      ) : null}
    </div>
  );
}
