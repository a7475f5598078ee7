/**
 * Where they meet as a standalone SVG: the same spec and layout as the screen (map-spec.ts,
 * map-layout.ts), the basemap drawn as plain paths, labels with a halo drawn under them (SVG
 * 1.1 has no paint-order).
 */
import { THEMES } from '../../lib/tokens';
import { DIM_OPACITY } from '../../model/chart-spec';
import type { Dashboard } from '../../model/dashboard';
import type { DatasetIndex } from '../../model/dataset-index';
import type { Filters } from '../../model/filters';
import {
  mapLayout,
  type MapLayout,
  type PlacedMarker,
  type WorldFeatures,
} from '../../model/map-layout';
import { mapSpec } from '../../model/map-spec';
import * as svg from './svg-frame';
import { escapeXml } from './svg-text';

export interface MapSvgOptions extends svg.SvgOptions {
  /** The basemap; without it the markers stand on the sea colour. */
  world: WorldFeatures | null;
}

type MapTokens = (typeof THEMES)['light'];

function drawMarker(m: PlacedMarker, t: MapTokens): string {
  return svg.el('circle', {
    cx: m.x,
    cy: m.y,
    r: m.r,
    fill: m.venue.color,
    'fill-opacity': m.venue.selected ? 1 : 0.88,
    stroke: m.venue.selected ? t.text : t['map-ring'],
    'stroke-width': m.venue.selected ? 3 : 1.5,
    opacity: m.venue.dimmed ? DIM_OPACITY : undefined,
    'data-place': m.venue.key,
  });
}

function drawLabel(m: PlacedMarker, t: MapTokens, fontSize: number): string {
  const label = m.label;
  if (!label) return '';
  const at = {
    x: label.x,
    y: label.y,
    'text-anchor': label.anchor,
    'font-size': fontSize,
    opacity: m.venue.dimmed ? DIM_OPACITY : undefined,
  };
  const content = (fill: string, countFill: string) =>
    svg.el('tspan', { 'font-weight': 600, fill }, escapeXml(label.text)) +
    ' ' +
    svg.el('tspan', { fill: countFill }, label.count);
  const halo = svg.el(
    'text',
    { ...at, stroke: t['map-land'], 'stroke-width': 3, 'stroke-linejoin': 'round' },
    content(t['map-land'], t['map-land']),
  );
  return halo + svg.el('text', at, content(t.text, t['text-muted']));
}

function drawMap(layout: MapLayout, t: MapTokens, left: number, top: number): string {
  const land = layout.land
    .map((c) =>
      svg.el('path', {
        d: c.d,
        fill: c.pair ? t['map-land-pair'] : t['map-land'],
        stroke: t['map-border'],
        'stroke-width': 0.6,
        'stroke-linejoin': 'round',
      }),
    )
    .join('');
  const markers = layout.markers.map((m) => drawMarker(m, t)).join('');
  const labels = layout.markers.map((m) => drawLabel(m, t, layout.fontSize)).join('');
  return svg.el(
    'g',
    { transform: `translate(${left} ${top})` },
    svg.el('rect', { width: layout.width, height: layout.height, rx: 6, fill: t['map-water'] }) +
      svg.el('g', { 'aria-label': 'Basemap' }, land) +
      svg.el('g', { 'aria-label': 'Venues' }, markers) +
      svg.el('g', {}, labels),
  );
}

/** The venues of the filtered engagements on a basemap framed to them, with legend and notes. */
export function whereTheyMeetSvg(
  index: DatasetIndex,
  data: Pick<Dashboard, 'mask'>,
  filters: Filters,
  options: MapSvgOptions,
): string {
  const p = svg.paletteOf(options);
  const t = THEMES[options.theme ?? 'light'];
  const spec = mapSpec(index, data, filters, { title: options.title, interactive: false });
  const highlight = index.dataset.meta.countries.map((c) => c.name);
  const layout = mapLayout(spec, svg.INNER, options.world, { highlight, fontSize: 15 });
  return svg.renderFrame({
    ...spec,
    bare: options.bare,
    index,
    filters,
    palette: p,
    bodyHeight: layout.height,
    body: (top) => drawMap(layout, t, svg.PAD_X, top),
  });
}
