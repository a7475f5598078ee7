import { useShownDataset } from '../features/import/dataset-source-query';
import { ShowingDataset } from '../features/import/ShowingDataset';
import { ErrorCard } from '../components/ErrorBoundary';
import { useUrlSync } from '../state/use-url-sync';
import { Dashboard } from './Dashboard';

export function App() {
  useUrlSync();
  const query = useShownDataset();
  if (query.isPending) {
    return (
      <main className="loading" aria-busy="true">
        <p role="status">Loading the dataset…</p>
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
