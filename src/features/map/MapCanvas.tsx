import { memo, type KeyboardEvent } from 'react';
import { DIM_OPACITY } from '../../model/chart-spec';
import type { MapLayout, PlacedMarker } from '../../model/map-layout';

interface MapCanvasProps {
  layout: MapLayout;
  /** What the map shows, for screen readers: "Map of 98 engagements at 12 venues…". */
  label: string;
  /** Absent on a slide: the markers are then pictures, not buttons. */
  toggle?: (key: string) => void;
  /**
   * The heights the dashboard keeps the map within. The live map's own proportions fall
   * inside them; the baked one (drawn 960 px wide) takes the same box at once and letterboxes
   * in water until it hydrates, so nothing below it moves.
   */
  bounds?: { min: number; max: number };
}

function Marker({ m, toggle }: { m: PlacedMarker; toggle?: (key: string) => void }) {
  const { venue } = m;
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    toggle?.(venue.key);
  };
  const interactive = toggle
    ? {
        role: 'button',
        tabIndex: 0,
        'aria-label': venue.name,
        'aria-pressed': venue.selected,
        onClick: () => toggle(venue.key),
        onKeyDown: onKey,
      }
    : { 'aria-hidden': true };
  return (
    <g
      className={`map-marker${venue.selected ? ' is-selected' : ''}`}
      data-place={venue.key}
      opacity={venue.dimmed ? DIM_OPACITY : undefined}
      {...interactive}
    >
      <circle cx={m.x} cy={m.y} r={m.r} fill={venue.color} />
      {toggle ? <title>{venue.name}</title> : null}
    </g>
  );
}

/** The basemap: the same array (landPaths caches it) re-renders nothing. */
const Land = memo(function Land({ land }: { land: MapLayout['land'] }) {
  return (
    <g className="map-land" aria-hidden="true">
      {land.map((c) => (
        <path key={c.id} d={c.d} className={c.pair ? 'is-pair' : undefined} />
      ))}
    </g>
  );
});

/** The basemap, the venues' markers and their labels, as `layout` places them. */
export function MapCanvas({ layout, label, toggle, bounds }: MapCanvasProps) {
  const { width, height, fontSize } = layout;
  return (
    <svg
      className="map-svg"
      style={bounds ? { minHeight: bounds.min, maxHeight: bounds.max } : undefined}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="group"
      aria-label={label}
    >
      <rect className="map-water" width={width} height={height} aria-hidden="true" />
      <Land land={layout.land} />
      <g className="map-markers">
        {layout.markers.map((m) => (
          <Marker key={m.venue.key} m={m} toggle={toggle} />
        ))}
      </g>
      <g className="map-labels" aria-hidden="true" fontSize={fontSize}>
        {layout.markers.map((m) =>
          m.label ? (
            <text
              key={m.venue.key}
              x={m.label.x}
              y={m.label.y}
              textAnchor={m.label.anchor}
              opacity={m.venue.dimmed ? DIM_OPACITY : undefined}
            >
              {m.label.text} <tspan className="map-count">{m.label.count}</tspan>
            </text>
          ) : null,
        )}
      </g>
    </svg>
  );
}
