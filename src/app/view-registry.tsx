import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import type { ViewProps } from '../components/view-props';
import { filteredEvents } from '../model/dashboard';
import { viewTitle, type ViewId } from '../model/views';
import { DataExportMenu } from '../features/export/DataExportMenu';
import { ChartExportMenu } from '../features/export/ChartExportMenu';
import { EventList } from '../features/events/EventList';
import { PeopleInvolved } from '../features/people/PeopleInvolved';
import { EventsTimeline } from '../features/presentation/EventsTimeline';
import { SectorHeatmap } from '../features/sectors/SectorHeatmap';
import { HeadlineStrip } from '../features/summary/HeadlineStrip';
import { ChartPlaceholder } from './ChartPlaceholder';

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
    <Suspense fallback={<ChartPlaceholder title={viewTitle('visit-frequency')} />}>
      <LazyVisitFrequency {...props} />
    </Suspense>
  );
}

export interface ViewEntry {
  id: ViewId;
  title: string;
  /** The view on the dashboard grid, with its export menu; absent for slide-only views. */
  panel?: (props: ViewProps) => ReactNode;
  /** The view as a slide in presentation mode; absent for views that are not slides. */
  slide?: (props: ViewProps) => ReactNode;
}

const entry = (id: ViewId, parts: Omit<ViewEntry, 'id' | 'title'>): ViewEntry => ({
  id,
  title: viewTitle(id),
  ...parts,
});

/**
 * Every view, once: the dashboard grid and the slides are drawn from this list, in this order.
 * Adding a view is a folder under src/features/ and one entry here (and its title in
 * src/model/views.ts).
 */
export const VIEW_REGISTRY: readonly ViewEntry[] = [
  entry('headline', {
    slide: ({ data }) => <HeadlineStrip headline={data.headline} />,
  }),
  entry('visit-frequency', {
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
  }),
  entry('cooperation-areas', {
    panel: (p) => (
      <SectorHeatmap {...p} exports={<ChartExportMenu chart="cooperation-areas" {...p} />} />
    ),
    slide: (p) => <SectorHeatmap {...p} presentation />,
  }),
  entry('people-involved', {
    panel: (p) => (
      <PeopleInvolved {...p} exports={<ChartExportMenu chart="people-involved" {...p} />} />
    ),
    slide: (p) => <PeopleInvolved {...p} presentation />,
  }),
  entry('events', {
    panel: (p) => <EventList {...p} exports={<DataExportMenu {...p} />} />,
  }),
  entry('timeline', {
    slide: ({ index, data }) => (
      <EventsTimeline index={index} events={filteredEvents(index, data.mask, 'oldest')} />
    ),
  }),
];
