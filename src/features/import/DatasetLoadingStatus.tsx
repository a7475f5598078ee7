import { useSyncExternalStore } from 'react';
import { currentLoadProgress, subscribeLoadProgress } from '../../data/load-progress';
import { loadStageLabel } from './stage-label';
import './import.css';

const noProgress = () => null;

/**
 * While a `?data=` dataset loads: "Loading data/x.json · Checking 100,000 engagements…".
 * `fallback` shows while no stage is known (the shipped dataset, or before the first report).
 * Goes inside the app's loading screen (`<main className="loading">`).
 */
export function DatasetLoadingStatus({ fallback }: { fallback?: string }) {
  const progress = useSyncExternalStore(subscribeLoadProgress, currentLoadProgress, noProgress);
  if (progress === null) {
    return <p role="status">{fallback ?? 'Loading the dataset…'}</p>;
  }
  return (
    <p role="status">
      Loading {progress.name} <span className="import-phase">· {loadStageLabel(progress)}…</span>
    </p>
  );
}
