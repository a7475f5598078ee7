import { useDeferredValue, useEffect, useMemo } from 'react';
import type { LoadedDataset } from '../state/dataset-query';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { computeDashboard, headlineStats } from '../model/dashboard';
import { newMask } from '../model/filter-dimensions';
import { describeFilters, sanitizeFilters, sourceLine } from '../model/describe';
import { filtersEqual } from '../model/filters';
import { coverageLine } from '../model/coverage';
import { useFilterStore } from '../state/filter-store';
import { FilterBar } from '../features/filters/FilterBar';
import { ActiveFilters } from '../features/filters/ActiveFilters';
import { HeadlineStrip } from '../features/summary/HeadlineStrip';
import { Presentation } from '../features/presentation/Presentation';
import { PresentButton } from '../features/presentation/PresentButton';
import { ThemeToggle } from '../features/theme/ThemeToggle';
import { AboutData } from '../features/about/AboutData';
import { useOpenDataset } from '../features/import/use-open-dataset';
import { OpenDatasetButton } from '../features/import/OpenDatasetButton';
import { DropZone } from '../features/import/DropZone';
import { ImportNotices } from '../features/import/ImportNotices';
import { ShowingDataset } from '../features/import/ShowingDataset';
import { EmptyNotice } from './EmptyNotice';
import { SourcesList } from './SourcesList';
import { usePresentation } from './use-presentation';
import { VIEW_REGISTRY } from './view-registry';

export function Dashboard({ loaded }: { loaded: LoadedDataset }) {
  const { index, dataset } = loaded;
  const filters = useFilterStore((s) => s.filters);
  const setFilters = useFilterStore((s) => s.setFilters);
  const [present, setPresent] = usePresentation();
  const importer = useOpenDataset();

  // A shared link may name ids this dataset does not have: drop them quietly.
  useEffect(() => {
    const clean = sanitizeFilters(filters, index);
    if (!filtersEqual(clean, filters)) setFilters(clean);
  }, [filters, index, setFilters]);

  // The filter bar answers at once; the views follow as soon as React has time, so a toggle
  // never waits for every chart to re-render (large datasets).
  const viewFilters = useDeferredValue(filters);
  const data = useMemo(() => computeDashboard(index, viewFilters), [index, viewFilters]);
  // The unfiltered totals, counted without touching the incremental cache that
  // computeDashboard keeps for the current filters.
  const totals = useMemo(() => headlineStats(index, newMask(index.n)), [index]);
  const caption = describeFilters(viewFilters, index);
  const props = useMemo(() => ({ index, data, filters: viewFilters }), [index, data, viewFilters]);

  // Same element while the shown data is unchanged: React skips re-rendering the charts.
  const views = useMemo(
    () => (
      <>
        <HeadlineStrip headline={data.headline} />
        {data.headline.engagements === 0 ? <EmptyNotice /> : null}
        <div className="views-grid">
          {VIEW_REGISTRY.filter((v) => v.panel).map((v) => (
            <ErrorBoundary key={v.id} label={`The ${v.title} view`} resetKey={data}>
              {v.panel!(props)}
            </ErrorBoundary>
          ))}
        </div>
      </>
    ),
    [props, data],
  );
  const sourcesList = useMemo(
    () => (
      <>
        <AboutData index={index} />
        <SourcesList index={index} />
      </>
    ),
    [index],
  );

  if (present) {
    return (
      <Presentation
        datasetTitle={dataset.meta.title}
        caption={caption}
        sourceLine={sourceLine(index)}
        onExit={() => setPresent(false)}
        slides={VIEW_REGISTRY.filter((v) => v.slide).map((v) => ({
          id: v.id,
          title: v.title,
          render: () => v.slide!(props),
        }))}
      />
    );
  }

  return (
    <>
      <a className="skip-link" href="#views">
        Skip to the charts
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <div>
            <h1 className="app-title">{dataset.meta.title}</h1>
            <p className="app-subtitle">{dataset.meta.description}</p>
            <p className="app-meta" data-testid="coverage-line">
              {coverageLine(dataset.meta, totals.engagements, index.minYear, index.maxYear)}
            </p>
            <p className="app-meta">
              {totals.visits} visits · {dataset.people.length} people · {dataset.sources.length}{' '}
              sources · version {dataset.meta.version} · <a href="#about-data">About this data</a>
            </p>
            <ShowingDataset />
          </div>
          <div className="header-actions no-print">
            <OpenDatasetButton onOpen={importer.open} />
            <PresentButton onPresent={() => setPresent(true)} />
            <ThemeToggle />
          </div>
        </div>
      </header>
      <DropZone onOpen={importer.open} />
      <ImportNotices state={importer.state} onDismiss={importer.dismiss} />
      <div className="app-main">
        <aside className="filters-region no-print" aria-label="Filters">
          <ErrorBoundary label="The filter bar" resetKey={index}>
            <FilterBar index={index} filters={filters} mask={data.mask} />
          </ErrorBoundary>
        </aside>
        <main className="content" id="views" tabIndex={-1}>
          <div className="no-print">
            <ActiveFilters index={index} filters={filters} />
          </div>
          <p className="print-only print-caption">
            <strong>Filters:</strong> {caption}
          </p>
          {views}
        </main>
      </div>
      <footer className="app-footer">
        {sourcesList}
        <p>{dataset.meta.attribution}</p>
      </footer>
    </>
  );
}
