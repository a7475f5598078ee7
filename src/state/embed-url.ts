import type { Filters } from '../model/filters';
import type { VisitMode } from '../model/visits-view';
import { emptyUrlState, formatAppUrl, searchParamsToFilters } from './app-url';

/**
 * The embed page's address (embed.html) and the `<iframe>` snippet that points to it. The
 * filters go through the dashboard's own codec (app-url.ts), so an embed and the dashboard
 * read the same parameters; the embed adds `view` and the visit chart's options.
 */

/** The views with a chart, in the dashboard's order, and the height their frame gets. */
export const EMBED_VIEWS = [
  { id: 'visit-frequency', height: 560 },
  { id: 'cooperation-areas', height: 760 },
  { id: 'people-involved', height: 920 },
  { id: 'where-they-meet', height: 720 },
] as const;
export type EmbedViewId = (typeof EMBED_VIEWS)[number]['id'];

export const EMBED_PAGE = 'embed.html';
/** The frame's width at most: it shrinks with the host page's column. */
export const EMBED_MAX_WIDTH = 960;

export interface EmbedState {
  view: EmbedViewId;
  filters: Filters;
  /** Visit frequency only: how trips are split, and whether contacts are drawn. */
  visitMode: VisitMode;
  showContacts: boolean;
}

export interface ParsedEmbed {
  /** null when `view` is missing or names no embeddable chart. */
  view: EmbedViewId | null;
  /** `view` as written (trimmed, shortened), to name it in the page's message. */
  viewParam: string;
  filters: Filters;
  visitMode: VisitMode;
  showContacts: boolean;
}

const isEmbedView = (id: string): id is EmbedViewId => EMBED_VIEWS.some((v) => v.id === id);

/** The filters' query string as the dashboard writes it, without its `?`. */
function filterQuery(filters: Filters): string {
  return formatAppUrl({ ...emptyUrlState(), filters }).slice(1);
}

/** `embed.html?view=…&sector=…&mode=level`, relative to the site's base. */
export function embedPath(state: EmbedState): string {
  const parts = [`view=${state.view}`];
  const filters = filterQuery(state.filters);
  if (filters !== '') parts.push(filters);
  if (state.view === 'visit-frequency') {
    if (state.visitMode !== 'direction') parts.push(`mode=${state.visitMode}`);
    if (!state.showContacts) parts.push('contacts=0');
  }
  return `${EMBED_PAGE}?${parts.join('&')}`;
}

/** The full dashboard with the same filters, scrolled to the view. */
export function dashboardPath(view: EmbedViewId, filters: Filters): string {
  return `${formatAppUrl({ ...emptyUrlState(), filters })}#view-${view}`;
}

/** Reads the embed page's query string; never throws, junk falls back to the defaults. */
export function parseEmbedUrl(search: string): ParsedEmbed {
  const params = new URLSearchParams(search);
  const viewParam = (params.get('view') ?? '').trim().slice(0, 80);
  const mode = (params.get('mode') ?? '').trim().toLowerCase();
  const contacts = (params.get('contacts') ?? '').trim().toLowerCase();
  return {
    view: isEmbedView(viewParam) ? viewParam : null,
    viewParam,
    filters: searchParamsToFilters(params),
    visitMode: mode === 'level' ? 'level' : 'direction',
    showContacts: contacts !== '0' && contacts !== 'false',
  };
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Safe inside an HTML attribute value in double quotes (and in text). */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/**
 * The `<iframe>` a reader pastes into their page. `base` is the site's absolute base URL,
 * ending in `/` (e.g. `https://example.org/`); `title` names the chart for screen readers.
 */
export function embedSnippet(base: string, state: EmbedState, title: string): string {
  const height = EMBED_VIEWS.find((v) => v.id === state.view)?.height ?? 600;
  const src = `${base}${embedPath(state)}`;
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${EMBED_MAX_WIDTH}"` +
    ` height="${height}" style="width:100%;max-width:${EMBED_MAX_WIDTH}px;border:0"` +
    ` loading="lazy"></iframe>`
  );
}
