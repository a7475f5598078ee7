import { useDataset } from '../data/dataset-query';
import { ErrorCard } from '../components/ErrorBoundary';
import { useUrlSync } from '../state/use-url-sync';
import { Dashboard } from './Dashboard';

export function App() {
  useUrlSync();
  const query = useDataset();
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
      </main>
    );
  }
  return <Dashboard loaded={query.data} />;
}
