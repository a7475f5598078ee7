import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, type ComponentType } from 'react';
import type { EmbedChartProps } from '../components/embed-props';
import { computeDashboard } from '../model/dashboard';
import { describeFilters, sanitizeFilters, sourceLine } from '../model/describe';
import { datasetQueryOptions, type LoadedDataset } from '../state/dataset-query';
import { dashboardPath, EMBED_VIEWS, type EmbedViewId, type ParsedEmbed } from '../state/embed-url';
import { VIEW_TITLES } from './view-titles';
import './embed.css';

// Only the chart the address names loads (Recharts, for the visit chart, only on a reach).
const CHARTS: Record<EmbedViewId, ComponentType<EmbedChartProps>> = {
  'visit-frequency': lazy(() =>
    import('../features/visits/VisitEmbed').then((m) => ({ default: m.VisitEmbed })),
  ),
  'cooperation-areas': lazy(() =>
    import('../features/sectors/SectorEmbed').then((m) => ({ default: m.SectorEmbed })),
  ),
  'people-involved': lazy(() =>
    import('../features/people/PeopleEmbed').then((m) => ({ default: m.PeopleEmbed })),
  ),
  'where-they-meet': lazy(() =>
    import('../features/map/MapEmbed').then((m) => ({ default: m.MapEmbed })),
  ),
};

const base = import.meta.env.BASE_URL;

/** A finished page for an address it cannot show: what went wrong, and the way out. */
function EmbedMessage({ heading, text }: { heading: string; text: string }) {
  return (
    <main className="embed embed-message">
      <h1 className="embed-title">{heading}</h1>
      <p>{text}</p>
      <p>
        <a href={base} target="_blank" rel="noopener">
          Open the Azerbaijan–Serbia dashboard
        </a>
      </p>
    </main>
  );
}

function EmbedChart({
  loaded,
  embed,
}: {
  loaded: LoadedDataset;
  embed: ParsedEmbed & { view: EmbedViewId };
}) {
  const { index } = loaded;
  // Ids the dataset does not know are dropped, as the dashboard drops them.
  const filters = useMemo(() => sanitizeFilters(embed.filters, index), [embed.filters, index]);
  const data = useMemo(() => computeDashboard(index, filters), [index, filters]);
  const title = VIEW_TITLES[embed.view];
  const Chart = CHARTS[embed.view];
  return (
    <main className="embed" data-embed={embed.view}>
      <h1 className="embed-title">{title}</h1>
      <p className="embed-caption">{describeFilters(filters, index)}</p>
      <Suspense fallback={<p className="embed-loading">Loading the chart…</p>}>
        <Chart
          title={title}
          index={index}
          data={data}
          filters={filters}
          visitMode={embed.visitMode}
          showContacts={embed.showContacts}
        />
      </Suspense>
      <footer className="embed-foot-line">
        <p className="embed-source">{sourceLine(index)}</p>
        <a
          className="embed-back"
          href={`${base}${dashboardPath(embed.view, filters)}`}
          target="_blank"
          rel="noopener"
        >
          Open in the full dashboard
        </a>
      </footer>
    </main>
  );
}

const KNOWN = EMBED_VIEWS.map((v) => `“${v.id}”`).join(', ');

/** embed.html: one dashboard chart, for an `<iframe>` on another site. */
export function EmbedPage({ embed }: { embed: ParsedEmbed }) {
  const query = useQuery(datasetQueryOptions());
  if (embed.view === null) {
    const named =
      embed.viewParam === ''
        ? 'This link names no chart.'
        : `There is no chart “${embed.viewParam}”.`;
    return (
      <EmbedMessage
        heading="Chart not found"
        text={`${named} Charts that can be embedded: ${KNOWN}.`}
      />
    );
  }
  if (query.isPending)
    return (
      <p className="embed embed-loading" role="status">
        Loading the dataset…
      </p>
    );
  if (query.isError) {
    return <EmbedMessage heading="The chart could not be loaded" text={query.error.message} />;
  }
  return <EmbedChart loaded={query.data} embed={{ ...embed, view: embed.view }} />;
}
