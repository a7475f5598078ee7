import { lazy, Suspense, type ReactNode } from 'react';
import type { ViewProps } from '../components/view-props';
import { filteredEvents } from '../model/dashboard';
import { HeadlineStrip } from '../features/summary/HeadlineStrip';
import { ChartPlaceholder } from './ChartPlaceholder';
import { lazyPart, lazyView } from './lazy-view';
import { VIEW_TITLES } from './view-titles';
// The baked page shows these views before their code arrives: their styles come with the
// first paint, or the panels would reflow when they load.
import '../components/panel.css';
import '../components/badge.css';
import '../components/milestones.css';
import '../components/status-toast.css';
import '../features/export/export.css';
import '../features/visits/visits.css';
import '../features/sectors/sectors.css';
import '../features/sectors/sectors-list.css';
import '../features/sectors/sectors-print.css';
import '../features/sectors/sectors-slide.css';
import '../features/people/people.css';
import '../features/people/people-slide.css';
import '../features/events/events.css';
import '../features/deck/deck.css';
import type { ChartExportMenuProps } from '../features/export/ChartExportMenu';
import '../features/map/map.css';

// The views' code (and Recharts, the heaviest dependency, which only Visit frequency uses)
// arrives after the first paint; see lazyView.
const VisitFrequency = lazyView(() =>
  import('../features/visits/VisitFrequency').then((m) => m.VisitFrequency),
);
// The views below the first hydrate as they near the screen (their baked panels' ids).
const SectorHeatmap = lazyView(
  () => import('../features/sectors/SectorHeatmap').then((m) => m.SectorHeatmap),
  '#view-cooperation-areas',
);
const PeopleInvolved = lazyView(
  () => import('../features/people/PeopleInvolved').then((m) => m.PeopleInvolved),
  '#view-people-involved',
);
// The export buttons: baked with their view, their code loads beside the views'. Rendered
// from scratch they arrive before the view they belong to, whose place is held meanwhile.
const exportsPlaceholder = () => <div className="export-menu" aria-hidden="true" />;
const ExportMenu = lazyPart(
  () => import('../features/export/ChartExportMenu').then((m) => m.ChartExportMenu),
  exportsPlaceholder,
);
const AddToDeck = lazyPart(
  () => import('../features/deck/AddToDeck').then((m) => m.AddToDeck),
  () => <div className="deck-add" aria-hidden="true" />,
);

/**
 * A chart's actions: its export menu and "Add to deck", which captures the chart's view, its
 * options and the filters as a deck slide. Every chart entry below (and any added later)
 * gets both through this one component.
 */
function ChartExportMenu(props: ChartExportMenuProps) {
  return (
    <>
      <ExportMenu {...props} />
      <AddToDeck
        viewId={props.chart}
        title={props.title}
        index={props.index}
        filters={props.filters}
        options={{
          visitMode: props.visitMode ?? 'direction',
          showContacts: props.showContacts ?? true,
        }}
      />
    </>
  );
}
const DataExportMenu = lazyPart(
  () => import('../features/export/DataExportMenu').then((m) => m.DataExportMenu),
  exportsPlaceholder,
);
// d3-geo and the basemap come with the map's own chunk, never with the first paint.
const PlacesMap = lazyView(
  () => import('../features/map/PlacesMap').then((m) => m.PlacesMap),
  '#view-where-they-meet',
);
const EventList = lazyView(
  () => import('../features/events/EventList').then((m) => m.EventList),
  '#view-events',
);

// A slide only, so only presentation mode (itself lazy) ever asks for it.
const EventsTimeline = lazy(() =>
  import('../features/presentation/EventsTimeline').then((m) => ({ default: m.EventsTimeline })),
);

export interface ViewEntry {
  /** The view's id: its panel's anchor, its slide's id and the start of its file names. */
  id: string;
  /** Its name everywhere: the panel heading, the slide, the export and the printed report. */
  title: string;
  /**
   * The view on the dashboard grid, with its export menu; absent for slide-only views.
   * `props.title` is this entry's title.
   */
  panel?: (props: ViewProps) => ReactNode;
  /** The view as a slide in presentation mode; absent for views that are not slides. */
  slide?: (props: ViewProps) => ReactNode;
}

/**
 * Every view, once: the dashboard grid and the slides are drawn from this list, in this order.
 * Adding a view is a folder under src/features/ and one entry here: its id, title, panel
 * and slide. The grid, the slides, the export menus and the printed report all read this list.
 */
export const VIEW_REGISTRY: readonly ViewEntry[] = [
  {
    id: 'headline',
    title: 'Headline numbers',
    slide: ({ data }) => <HeadlineStrip headline={data.headline} />,
  },
  {
    id: 'visit-frequency',
    title: VIEW_TITLES['visit-frequency'],
    panel: (p) => (
      <VisitFrequency
        {...p}
        exportsFor={(o) => (
          <ChartExportMenu
            chart="visit-frequency"
            {...p}
            visitMode={o.visitMode}
            showContacts={o.showContacts}
            showMilestones={o.showMilestones}
          />
        )}
      />
    ),
    slide: (p) => <VisitFrequency {...p} presentation />,
  },
  {
    id: 'where-they-meet',
    title: VIEW_TITLES['where-they-meet'],
    panel: (p) => <PlacesMap {...p} exports={<ChartExportMenu chart="where-they-meet" {...p} />} />,
    slide: (p) => <PlacesMap {...p} presentation />,
  },
  {
    id: 'cooperation-areas',
    title: VIEW_TITLES['cooperation-areas'],
    panel: (p) => (
      <SectorHeatmap {...p} exports={<ChartExportMenu chart="cooperation-areas" {...p} />} />
    ),
    slide: (p) => <SectorHeatmap {...p} presentation />,
  },
  {
    id: 'people-involved',
    title: VIEW_TITLES['people-involved'],
    panel: (p) => (
      <PeopleInvolved {...p} exports={<ChartExportMenu chart="people-involved" {...p} />} />
    ),
    slide: (p) => <PeopleInvolved {...p} presentation />,
  },
  {
    id: 'events',
    title: 'Events',
    panel: (p) => <EventList {...p} exports={<DataExportMenu {...p} />} />,
  },
  {
    id: 'timeline',
    title: 'Events timeline',
    slide: ({ index, data, title, filters }) => (
      <Suspense fallback={<ChartPlaceholder title={title} />}>
        <EventsTimeline
          index={index}
          events={filteredEvents(index, data.mask, 'oldest')}
          filters={filters}
        />
      </Suspense>
    ),
  },
];
