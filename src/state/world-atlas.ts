/**
 * The basemap: Natural Earth's countries at 1:50m from world-atlas, fetched from the app's
 * own origin the first time a map asks (the file is an asset of the build, never inlined in
 * the first paint), and kept for every later map and export.
 */
import worldUrl from 'world-atlas/countries-50m.json?url';
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
  loading ??= fetch(worldUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`basemap: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    })
    .then((topology) => (loaded = worldFromTopology(topology)))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
