/**
 * The map's geometry for a size: the projection framed to the spec's venues, the basemap's
 * paths, the markers' positions and radii, and labels placed where they overlap nothing. The
 * screen and the SVG export lay out through here, so they place everything alike.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import type { MapFrame, MapSpec, MapVenue } from './map-spec';

export type WorldFeatures = FeatureCollection<Geometry, { name?: string }>;

/** The width the spec's radii are given at. */
export const BASE_WIDTH = 960;

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The venue, then its count: "Baku 72". */
  text: string;
  count: string;
}

export interface PlacedMarker {
  venue: MapVenue;
  x: number;
  y: number;
  r: number;
  label: PlacedLabel | null;
}

export interface MapLayout {
  width: number;
  height: number;
  fontSize: number;
  markers: PlacedMarker[];
  /** Country outlines clipped to the frame; empty until the basemap is loaded. */
  land: { id: string; d: string; pair: boolean }[];
}

/** The frame's corners and edge midpoints, for fitting (a box is not convex in Mercator). */
function frameOutline(f: MapFrame) {
  const midLon = (f.west + f.east) / 2;
  const midLat = (f.south + f.north) / 2;
  return {
    type: 'MultiPoint' as const,
    coordinates: [
      [f.west, f.south],
      [f.east, f.north],
      [f.west, f.north],
      [f.east, f.south],
      [midLon, f.south],
      [midLon, f.north],
      [f.west, midLat],
      [f.east, midLat],
    ],
  };
}

/** Height over width of the frame in Mercator, kept between a band and a square. */
export function frameAspect(frame: MapFrame): number {
  const p = geoMercator().fitWidth(100, frameOutline(frame));
  const [[, y0], [, y1]] = geoPath(p).bounds(frameOutline(frame));
  return Math.min(1, Math.max(0.42, (y1 - y0) / 100));
}

/** The dashboard map's height (px): readable on a phone, never a wall on a wide screen. */
export const MAP_HEIGHT = { min: 280, max: 620 } as const;

/** The dashboard map's height at `width`: the frame's proportions, within MAP_HEIGHT. */
export function dashboardMapHeight(frame: MapFrame, width: number): number {
  return Math.round(Math.min(MAP_HEIGHT.max, Math.max(MAP_HEIGHT.min, width * frameAspect(frame))));
}

export function mapProjection(frame: MapFrame, width: number, height: number): GeoProjection {
  const pad = Math.round(Math.min(width, height) * 0.04);
  return geoMercator()
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      frameOutline(frame),
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Where a label may go around its marker: right, left, above, below. */
function candidates(m: PlacedMarker, fs: number): (PlacedLabel & { box: Box })[] {
  const text = m.venue.label;
  const count = String(m.venue.engagements);
  const w = (text.length + 1 + count.length) * fs * 0.56;
  const gap = 4;
  const mid = m.y + fs * 0.35;
  const box = (x0: number, y0: number): Box => ({ x0, y0, x1: x0 + w, y1: y0 + fs * 1.1 });
  return [
    {
      x: m.x + m.r + gap,
      y: mid,
      anchor: 'start',
      text,
      count,
      box: box(m.x + m.r + gap, m.y - fs / 2),
    },
    {
      x: m.x - m.r - gap,
      y: mid,
      anchor: 'end',
      text,
      count,
      box: box(m.x - m.r - gap - w, m.y - fs / 2),
    },
    {
      x: m.x,
      y: m.y - m.r - gap,
      anchor: 'middle',
      text,
      count,
      box: box(m.x - w / 2, m.y - m.r - gap - fs),
    },
    {
      x: m.x,
      y: m.y + m.r + gap + fs * 0.8,
      anchor: 'middle',
      text,
      count,
      box: box(m.x - w / 2, m.y + m.r + gap),
    },
  ];
}

/**
 * Labels, largest venue first, each at the first place around its marker that overlaps no
 * label or marker; a venue hidden among larger ones (Novi Sad by Belgrade) then takes a place
 * over a marker rather than none, as long as it overlaps no other label.
 */
function placeLabels(markers: PlacedMarker[], fs: number, width: number, height: number): void {
  const circles: Box[] = markers.map((m) => ({
    x0: m.x - m.r,
    y0: m.y - m.r,
    x1: m.x + m.r,
    y1: m.y + m.r,
  }));
  const labels: Box[] = [];
  const inside = (b: Box) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= width - 2 && b.y1 <= height - 2;
  const clear = (b: Box, boxes: Box[], own = -1) =>
    boxes.every((t, j) => j === own || !overlaps(t, b));
  for (const strict of [true, false]) {
    markers.forEach((m, i) => {
      if (m.label) return;
      const spot = candidates(m, fs).find(
        (c) => inside(c.box) && clear(c.box, labels) && (!strict || clear(c.box, circles, i)),
      );
      if (spot) {
        const { box, ...label } = spot;
        m.label = label;
        labels.push(box);
      }
    });
  }
}

/** Everything the map draws at `width` px: markers and labels, and the basemap if given. */
export function mapLayout(
  spec: MapSpec,
  width: number,
  world: WorldFeatures | null,
  options: { height?: number; fontSize?: number; highlight?: readonly string[] } = {},
): MapLayout {
  const height = Math.round(options.height ?? width * frameAspect(spec.frame));
  const projection = mapProjection(spec.frame, width, height);
  const scale = Math.min(1.6, Math.max(0.6, width / BASE_WIDTH));
  const fontSize = options.fontSize ?? Math.round(Math.min(20, Math.max(12, 13 * scale)));
  const markers: PlacedMarker[] = [];
  for (const venue of spec.venues) {
    const xy = projection([venue.lon, venue.lat]);
    if (!xy) continue;
    markers.push({ venue, x: xy[0], y: xy[1], r: venue.r * scale, label: null });
  }
  placeLabels(markers, fontSize, width, height);
  const land = world ? landPaths(world, spec.frame, width, height, options.highlight ?? []) : [];
  return { width, height, fontSize, markers, land };
}

type Land = MapLayout['land'];

/** The last few basemaps drawn, per world: most filter changes keep the frame and the size. */
const landCache = new WeakMap<WorldFeatures, Map<string, Land>>();
const LAND_CACHE_SIZE = 8;

/**
 * The basemap's outlines for a frame and a size. Projecting every country is the map's costly
 * part, and a filter change rarely moves the frame: the same arguments give the same array
 * (the very object), so a redraw skips both the projection and React's diff of the paths.
 */
export function landPaths(
  world: WorldFeatures,
  frame: MapFrame,
  width: number,
  height: number,
  highlight: readonly string[],
): Land {
  const key = [frame.west, frame.east, frame.south, frame.north, width, height, ...highlight].join(
    '|',
  );
  let cache = landCache.get(world);
  if (!cache) landCache.set(world, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const path = geoPath(mapProjection(frame, width, height)).digits(1);
  const land = world.features.flatMap((f, i) => {
    const d = path(f);
    const pair = highlight.includes(f.properties?.name ?? '');
    return d ? [{ id: String(f.id ?? i), d, pair }] : [];
  });
  if (cache.size >= LAND_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, land);
  return land;
}
