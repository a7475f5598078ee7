/**
 * The basemap: Natural Earth's countries at 1:50m from world-atlas, loaded from the app's own
 * origin the first time a map asks (a chunk of its own, never part of the first paint), and
 * kept for every later map and export.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { WorldFeatures } from '../model/map-layout';

let loaded: WorldFeatures | null = null;
let loading: Promise<WorldFeatures> | null = null;

/** The countries as GeoJSON, once read from a world-atlas topology. */
export function worldFromTopology(topology: unknown): WorldFeatures {
  const topo = topology as Topology<{ countries: GeometryCollection<{ name?: string }> }>;
  return feature(topo, topo.objects.countries) as WorldFeatures;
}

/** The basemap if it has arrived, else null. */
export function worldIfLoaded(): WorldFeatures | null {
  return loaded;
}

/** For tests and the build, which read the file themselves. */
export function setWorld(world: WorldFeatures | null): void {
  loaded = world;
}

export function loadWorld(): Promise<WorldFeatures> {
  if (loaded) return Promise.resolve(loaded);
  // A chunk of its own (Vite turns the JSON into one JSON.parse), from the app's own origin.
  loading ??= import('world-atlas/countries-50m.json')
    .then((m) => (loaded = worldFromTopology(m.default)))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
