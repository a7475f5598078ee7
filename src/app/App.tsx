import { useShownDataset } from '../features/import/dataset-source-query';
import { ShowingDataset } from '../features/import/ShowingDataset';
import { lazyPart } from './lazy-view';
import { ErrorCard } from '../components/ErrorBoundary';
import { useUrlSync } from '../state/use-url-sync';
import { Dashboard } from './Dashboard';
import { useEffect } from 'react';

const LOADING = 'Loading the dataset…';

// Only a page rendered from scratch waits for its data: the stage labels load meanwhile.
const DatasetLoadingStatus = lazyPart(
  () => import('../features/import/DatasetLoadingStatus').then((m) => m.DatasetLoadingStatus),
  () => <p role="status">{LOADING}</p>,
);

/** Marks the page once the app runs (the baked page is inert before): browser tests wait for it. */
function useLiveMark() {
  useEffect(() => {
    document.documentElement.dataset.app = 'live';
  }, []);
}

export function App() {
  useUrlSync();
  useLiveMark();
  const query = useShownDataset();
  if (query.isPending) {
    return (
      <main className="loading" aria-busy="true">
        <DatasetLoadingStatus fallback={LOADING} />
      </main>
    );
  }
  if (query.isError) {
    return (
      <main className="app-main" style={{ display: 'block', maxWidth: 900 }}>
        <h1 className="app-title">Bilateral</h1>
        <ErrorCard title="The dataset could not be loaded" error={query.error} />
        <ShowingDataset />
      </main>
    );
  }
  return <Dashboard loaded={query.data} />;
}
