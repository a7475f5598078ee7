/**
 * Where they meet, decided once: the venues of the filtered engagements with their counts,
 * host colours and marker sizes, the frame the map shows, the venues it cannot place, the
 * legend, the words and the table. The on-screen map and the SVG export draw this spec.
 */
import type { ChartFrameSpec, LegendEntry } from './chart-spec';
import { hostColor } from './colors';
import type { Dashboard } from './dashboard';
import { countryName, type DatasetIndex } from './dataset-index';
import { FAIL_PLACE } from './filter-mask';
import type { Filters } from './filters';
import { formatInt } from '../lib/format-number';
import { plural } from '../lib/plural';

export const MAP_EMPTY = 'No engagement with a known venue matches these filters.';
export const MAP_LEGEND_TITLE = 'Host:';
/** The largest marker's radius, in px of a 960 px wide map; areas follow the counts. */
export const MAX_RADIUS = 22;
export const MIN_RADIUS = 4;

export type HostClass = 'first' | 'second' | 'third';

export interface MapVenue {
  /** The place filter's value (`baku`). */
  key: string;
  label: string;
  country: string;
  countryName: string;
  host: HostClass;
  color: string;
  engagements: number;
  lat: number;
  lon: number;
  /** Radius at `MAX_RADIUS` scale: sqrt of the count, so areas compare. */
  r: number;
  selected: boolean;
  /** Faded: another place is ticked. */
  dimmed: boolean;
  /** The marker's accessible name: "Baku, Azerbaijan: 72 engagements". */
  name: string;
}

export interface MapTableRow {
  key: string;
  label: string;
  countryName: string;
  hostLabel: string;
  engagements: number;
  /** "40.378° N, 49.892° E", or "no cited coordinates". */
  position: string;
  selected: boolean;
}

/** The map's bounds in degrees, padded around the venues. */
export interface MapFrame {
  west: number;
  east: number;
  south: number;
  north: number;
}

export interface MapSpec extends ChartFrameSpec {
  /** The markers, largest first (so that small ones are drawn on top). */
  venues: MapVenue[];
  /** Venues with engagements but no coordinates, as "Serbia (city not stated) (2)". */
  unmapped: string[];
  frame: MapFrame;
  rows: MapTableRow[];
  empty: string | null;
  clickHint: string | null;
}

export interface MapSpecOptions {
  title: string;
  /** A slide: nothing to click. */
  interactive?: boolean;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function position(lat: number, lon: number): string {
  const ns = lat >= 0 ? 'N' : 'S';
  const ew = lon >= 0 ? 'E' : 'W';
  return `${round3(Math.abs(lat))}° ${ns}, ${round3(Math.abs(lon))}° ${ew}`;
}

/** Engagements per venue under every filter but the place filter (the map highlights it). */
export function venueCounts(index: DatasetIndex, mask: Dashboard['mask']): Uint32Array {
  const counts = new Uint32Array(index.venues.length);
  const ignore = ~FAIL_PLACE;
  for (let i = 0; i < index.n; i++) {
    if (((mask[i] ?? 0) & ignore) !== 0) continue;
    for (let k = index.venueStart[i]!, end = index.venueStart[i + 1]!; k < end; k++) {
      counts[index.eventVenues[k]!]!++;
    }
  }
  return counts;
}

/**
 * The bounds of `points`, padded by a sixth of their span and at least 4° of latitude and
 * 6° of longitude across, so that one venue alone still shows its region.
 */
export function frameOf(points: readonly { lat: number; lon: number }[]): MapFrame {
  if (points.length === 0) return { west: 5, east: 55, south: 24, north: 50 };
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const grow = (lo: number, hi: number, min: number, limit: number) => {
    const span = Math.max(hi - lo, min);
    const mid = (lo + hi) / 2;
    const half = span / 2 + (hi - lo) / 6;
    return [Math.max(-limit, mid - half), Math.min(limit, mid + half)] as const;
  };
  const [south, north] = grow(Math.min(...lats), Math.max(...lats), 4, 80);
  const [west, east] = grow(Math.min(...lons), Math.max(...lons), 6, 180);
  return { west, east, south, north };
}

function legendOf(index: DatasetIndex): LegendEntry[] {
  const pair = index.dataset.meta.countries;
  return [
    ...pair.map((c) => ({ key: c.code, label: c.name, color: hostColor(pair, c.code) })),
    { key: 'third', label: 'Third country', color: hostColor(pair, '') },
  ];
}

const engagementsWord = (n: number) => plural(n, 'engagement');

function hostClassOf(index: DatasetIndex, country: string): HostClass {
  const at = index.dataset.meta.countries.findIndex((c) => c.code === country);
  return at === 0 ? 'first' : at === 1 ? 'second' : 'third';
}

function venuesOf(index: DatasetIndex, counts: Uint32Array, filters: Filters): MapVenue[] {
  const pair = index.dataset.meta.countries;
  const ticked = new Set(filters.places);
  const max = Math.max(1, ...counts);
  const out: MapVenue[] = [];
  index.venues.forEach((v, i) => {
    const n = counts[i]!;
    if (n === 0 || v.row === null) return;
    const name = countryName(index, v.country);
    out.push({
      key: v.key,
      label: v.label,
      country: v.country,
      countryName: name,
      host: hostClassOf(index, v.country),
      color: hostColor(pair, v.country),
      engagements: n,
      lat: v.row.lat,
      lon: v.row.lon,
      r: Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(n / max)),
      selected: ticked.has(v.key),
      dimmed: ticked.size > 0 && !ticked.has(v.key),
      name: `${v.label}, ${name}: ${engagementsWord(n)}`,
    });
  });
  return out.sort((a, b) => b.engagements - a.engagements || a.label.localeCompare(b.label));
}

function rowsOf(index: DatasetIndex, counts: Uint32Array, filters: Filters): MapTableRow[] {
  const legend = legendOf(index);
  const rows: MapTableRow[] = [];
  index.venues.forEach((v, i) => {
    const n = counts[i]!;
    if (n === 0) return;
    const host = hostClassOf(index, v.country);
    rows.push({
      key: v.key,
      label: v.label,
      countryName: countryName(index, v.country),
      hostLabel: legend[host === 'first' ? 0 : host === 'second' ? 1 : 2]!.label,
      engagements: n,
      position: v.row ? position(v.row.lat, v.row.lon) : 'no cited coordinates',
      selected: filters.places.includes(v.key),
    });
  });
  return rows.sort((a, b) => b.engagements - a.engagements || a.label.localeCompare(b.label));
}

/** The map of the engagements `data` counts, under `filters`. */
export function mapSpec(
  index: DatasetIndex,
  data: Pick<Dashboard, 'mask'>,
  filters: Filters,
  options: MapSpecOptions,
): MapSpec {
  const counts = venueCounts(index, data.mask);
  const venues = venuesOf(index, counts, filters);
  const rows = rowsOf(index, counts, filters);
  const unmapped = rows
    .filter((r) => !venues.some((v) => v.key === r.key))
    .map((r) => `${r.label} (${formatInt(r.engagements)})`);
  const total = rows.reduce((sum, r) => sum + r.engagements, 0);
  const notes = [
    'Marker areas follow the number of engagements at each venue. Calls and letters have no venue.',
  ];
  if (unmapped.length > 0) {
    notes.push(`Not on the map: ${unmapped.join(', ')}, no cited coordinates.`);
  }
  notes.push('Basemap: Natural Earth (public domain), via world-atlas.');
  const interactive = options.interactive ?? true;
  return {
    view: 'where-they-meet',
    title: options.title,
    subtitle: `${engagementsWord(total)} at ${plural(rows.length, 'venue')}, by host.`,
    legendTitle: MAP_LEGEND_TITLE,
    legend: legendOf(index),
    notes,
    venues,
    unmapped,
    frame: frameOf(venues.length > 0 ? venues : mappedVenues(index)),
    rows,
    empty: venues.length === 0 ? MAP_EMPTY : null,
    clickHint: interactive && venues.length > 0 ? 'Click a venue to filter by it.' : null,
  };
}

/** Every venue the dataset can place: the frame of a map the filters leave empty. */
function mappedVenues(index: DatasetIndex): { lat: number; lon: number }[] {
  return index.venues.flatMap((v) => (v.row ? [{ lat: v.row.lat, lon: v.row.lon }] : []));
}
