import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import type { ViewProps } from '../components/view-props';
import { filteredEvents } from '../model/dashboard';
import { DataExportMenu } from '../features/export/DataExportMenu';
import { ChartExportMenu } from '../features/export/ChartExportMenu';
import { EventList } from '../features/events/EventList';
import { PeopleInvolved } from '../features/people/PeopleInvolved';
import { EventsTimeline } from '../features/presentation/EventsTimeline';
import { SectorHeatmap } from '../features/sectors/SectorHeatmap';
import { HeadlineStrip } from '../features/summary/HeadlineStrip';
import { ChartPlaceholder } from './ChartPlaceholder';
// The baked page shows this view before its module arrives: its styles come with the first
// paint, or the panel would reflow when they load.
import '../features/visits/visits.css';

// Recharts is the heaviest dependency and only this view uses it: it arrives in its own chunk
// after the first paint, behind a placeholder of the same size (no layout shift).
// The download starts as soon as this module runs, in parallel with the dataset's, so the chart
// is usually ready by the time there is data to draw.
const visitFrequencyModule = import('../features/visits/VisitFrequency');
const LazyVisitFrequency = lazy(() =>
  visitFrequencyModule.then((m) => ({ default: m.VisitFrequency })),
);
function VisitFrequency(props: ComponentProps<typeof LazyVisitFrequency>) {
  return (
    <Suspense fallback={<ChartPlaceholder title={props.title} />}>
      <LazyVisitFrequency {...props} />
    </Suspense>
  );
}

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
    title: 'Visit frequency',
    panel: (p) => (
      <VisitFrequency
        {...p}
        exportsFor={(o) => (
          <ChartExportMenu
            chart="visit-frequency"
            {...p}
            visitMode={o.visitMode}
            showContacts={o.showContacts}
          />
        )}
      />
    ),
    slide: (p) => <VisitFrequency {...p} presentation />,
  },
  {
    id: 'cooperation-areas',
    title: 'Cooperation by sector and year',
    panel: (p) => (
      <SectorHeatmap {...p} exports={<ChartExportMenu chart="cooperation-areas" {...p} />} />
    ),
    slide: (p) => <SectorHeatmap {...p} presentation />,
  },
  {
    id: 'people-involved',
    title: 'People involved',
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
    slide: ({ index, data }) => (
      <EventsTimeline index={index} events={filteredEvents(index, data.mask, 'oldest')} />
    ),
  },
];
