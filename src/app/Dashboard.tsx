import { useEffect, useMemo } from 'react';
import type { LoadedDataset } from '../data/dataset-query';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { computeDashboard } from '../model/dashboard';
import { sanitizeFilters } from '../model/describe';
import { filtersEqual } from '../model/filters';
import { formatYearSpan } from '../model/dates';
import { useFilterStore } from '../state/filter-store';
import { FilterBar } from '../features/filters/FilterBar';
import { ActiveFilters } from '../features/filters/ActiveFilters';
import { HeadlineStrip } from '../features/summary/HeadlineStrip';
import { VisitFrequency } from '../features/visits/VisitFrequency';
import { SectorHeatmap } from '../features/sectors/SectorHeatmap';
import { PeopleInvolved } from '../features/people/PeopleInvolved';
import { EventList } from '../features/events/EventList';
import { EmptyNotice } from './EmptyNotice';

export function Dashboard({ loaded }: { loaded: LoadedDataset }) {
  const { index, dataset } = loaded;
  const filters = useFilterStore((s) => s.filters);
  const setFilters = useFilterStore((s) => s.setFilters);

  // A shared link may name ids this dataset does not have: drop them quietly.
  useEffect(() => {
    const clean = sanitizeFilters(filters, index);
    if (!filtersEqual(clean, filters)) setFilters(clean);
  }, [filters, index, setFilters]);

  const data = useMemo(() => computeDashboard(index, filters), [index, filters]);
  const props = { index, data, filters };
  const all = useMemo(
    () => computeDashboard(index, useFilterStore.getInitialState().filters),
    [index],
  );

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
            <p className="app-meta">
              {formatYearSpan(index.minYear, index.maxYear)} · {all.headline.engagements}{' '}
              engagements · {all.headline.visits} visits · {dataset.people.length} people ·{' '}
              {dataset.sources.length} sources · version {dataset.meta.version}
            </p>
          </div>
        </div>
      </header>
      <div className="app-main">
        <aside className="filters-region" aria-label="Filters">
          <ErrorBoundary label="The filter bar" resetKey={index}>
            <FilterBar index={index} filters={filters} mask={data.mask} />
          </ErrorBoundary>
        </aside>
        <main className="content" id="views" tabIndex={-1}>
          <ActiveFilters index={index} filters={filters} />
          <HeadlineStrip headline={data.headline} />
          {data.headline.engagements === 0 ? <EmptyNotice /> : null}
          <div className="views-grid">
            <ErrorBoundary label="The Visit frequency view" resetKey={data}>
              <VisitFrequency {...props} />
            </ErrorBoundary>
            <ErrorBoundary label="The Cooperation areas by year view" resetKey={data}>
              <SectorHeatmap {...props} />
            </ErrorBoundary>
            <ErrorBoundary label="The People involved view" resetKey={data}>
              <PeopleInvolved {...props} />
            </ErrorBoundary>
            <ErrorBoundary label="The Events view" resetKey={data}>
              <EventList {...props} />
            </ErrorBoundary>
          </div>
        </main>
      </div>
      <footer className="app-footer">
        <p>{dataset.meta.attribution}</p>
      </footer>
    </>
  );
}
