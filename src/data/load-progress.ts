/**
 * How far the loading of a large dataset has got (a `?data=` link; opened files report
 * through the import job): a stage and, once known, the number of rows. A plain store, so
 * the loaders in src/data and src/state can report without React, and a component can show
 * it with `useSyncExternalStore(subscribeLoadProgress, currentLoadProgress)`.
 */
export type LoadStage = 'reading' | 'checking' | 'indexing';

export interface LoadProgress {
  /** The file, as the user would name it (its path or name). */
  name: string;
  stage: LoadStage;
  /** Bytes read so far, and in all when the server said. */
  bytes?: number;
  totalBytes?: number;
  /** Engagements, once known. */
  rows?: number;
}

let current: LoadProgress | null = null;
const listeners = new Set<() => void>();

export function currentLoadProgress(): LoadProgress | null {
  return current;
}

export function subscribeLoadProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The new state of the load, or null once it is over (shown or failed). */
export function reportLoadProgress(progress: LoadProgress | null): void {
  // A performance mark at each new stage: npm run bench:browser reads the profile back.
  const stage = progress === null ? 'done' : progress.stage;
  if ((current?.stage ?? 'done') !== stage && typeof performance.mark === 'function') {
    performance.mark(`dataset:${stage}`);
  }
  current = progress;
  for (const listener of listeners) listener();
}

/**
 * Lets the browser paint the stage just reported before the next (blocking) stage starts:
 * one animation frame, then a task. Without a DOM (tests, Node) it only yields a task.
 */
export function paintStage(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined') {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    } else setTimeout(resolve, 0);
  });
}
