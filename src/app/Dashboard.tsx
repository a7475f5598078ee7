import { lazy, Suspense, useMemo, useState } from 'react';
import type { Deck } from '../model/deck';
import type { Dashboard as DashboardData } from '../model/dashboard';
import type { LoadedDataset } from '../state/dataset-query';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { sourceLine } from '../model/describe';
import { useFilterStore } from '../state/filter-store';
import '../features/filters/filters.css';
import { HeadlineStrip } from '../features/summary/HeadlineStrip';
import { useOpenDataset } from '../features/import/use-open-dataset';
import { DropZone } from '../features/import/DropZone';
import { ImportNotices, SheetChoice } from '../features/import/ImportNotices';
import { EmptyNotice } from './EmptyNotice';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';
import { useDashboardData } from './use-dashboard-data';
import { usePresentation } from './use-presentation';
import { lazyPart } from './lazy-view';
import { VIEW_REGISTRY } from './view-registry';

// The filter bar is baked; its code (the checklists, the people search) follows the first
// paint, with its styles in the first paint.
const FilterBar = lazyPart(
  () => import('../features/filters/FilterBar').then((m) => m.FilterBar),
  () => <div className="panel filter-bar" aria-busy="true" />,
);

// The chips of the active filters, likewise; rendered from scratch, a line holds their place.
const ActiveFilters = lazyPart(
  () => import('../features/filters/ActiveFilters').then((m) => m.ActiveFilters),
  () => (
    <div className="active-filters" aria-busy="true">
      <p className="active-filters-none">&nbsp;</p>
    </div>
  ),
);

// The deck button is baked in the header; its code (the store, the link reader) follows.
const DeckButton = lazyPart(
  () => import('./DeckHeaderButton').then((m) => m.DeckHeaderButton),
  () => (
    <button type="button" className="btn deck-button" disabled>
      Deck
    </button>
  ),
);
const DeckPresentation = lazy(() =>
  import('./DeckPresentation').then((m) => ({ default: m.DeckPresentation })),
);

// Presentation mode is opened by few visitors and never baked: it loads when asked for.
const Presentation = lazy(() =>
  import('../features/presentation/Presentation').then((m) => ({ default: m.Presentation })),
);

function PresentationLoading() {
  return (
    <main className="loading" aria-busy="true">
      <p role="status">Opening the presentation…</p>
    </main>
  );
}

/** Same element while the shown data is unchanged: React skips re-rendering the charts. */
function useViews(props: ReturnType<typeof useDashboardData>['props'], data: DashboardData) {
  return useMemo(
    () => (
      <>
        <HeadlineStrip headline={data.headline} />
        {data.headline.engagements === 0 ? <EmptyNotice /> : null}
        <div className="views-grid">
          {VIEW_REGISTRY.filter((v) => v.panel).map((v) => (
            <ErrorBoundary key={v.id} label={`The ${v.title} view`} resetKey={data}>
              {v.panel!({ ...props, title: v.title })}
            </ErrorBoundary>
          ))}
        </div>
      </>
    ),
    [props, data],
  );
}

export function Dashboard({ loaded }: { loaded: LoadedDataset }) {
  const { index, dataset } = loaded;
  const filters = useFilterStore((s) => s.filters);
  const [present, setPresent] = usePresentation();
  const importer = useOpenDataset();

  const { data, totals, caption, props } = useDashboardData(index);
  const [shownDeck, setShownDeck] = useState<Deck | null>(null);

  const views = useViews(props, data);
  if (shownDeck) {
    return (
      <Suspense fallback={<PresentationLoading />}>
        <DeckPresentation deck={shownDeck} index={index} onExit={() => setShownDeck(null)} />
      </Suspense>
    );
  }
  if (present) {
    return (
      <Suspense fallback={<PresentationLoading />}>
        <Presentation
          datasetTitle={dataset.meta.title}
          caption={caption}
          sourceLine={sourceLine(index)}
          onExit={() => setPresent(false)}
          slides={VIEW_REGISTRY.filter((v) => v.slide).map((v) => ({
            id: v.id,
            title: v.title,
            render: () => v.slide!({ ...props, title: v.title }),
          }))}
        />
      </Suspense>
    );
  }

  return (
    <>
      <a className="skip-link" href="#views">
        Skip to the charts
      </a>
      <AppHeader
        index={index}
        totals={totals}
        onOpen={importer.open}
        sheet={
          importer.workbook && <SheetChoice workbook={importer.workbook} onOpen={importer.open} />
        }
        onPresent={() => setPresent(true)}
        deck={<DeckButton index={index} filters={filters} onPresent={setShownDeck} />}
      />
      <DropZone onOpen={importer.open} />
      <ImportNotices state={importer.state} onDismiss={importer.dismiss} onOpen={importer.open} />
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
      <AppFooter index={index} />
    </>
  );
}
