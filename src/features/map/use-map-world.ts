import { useEffect, useState } from 'react';
import type { WorldFeatures } from '../../model/map-layout';
import { loadWorld, worldIfLoaded } from '../../state/world-atlas';

/**
 * The basemap once it has arrived. The first render has none (as the baked page has none), so
 * hydration matches; the countries are drawn when the file is in.
 */
export function useMapWorld(): WorldFeatures | null {
  const [world, setWorld] = useState<WorldFeatures | null>(null);
  useEffect(() => {
    let live = true;
    const ready = worldIfLoaded();
    if (ready) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setWorld(ready);
      return;
    }
    loadWorld().then(
      (w) => {
        if (live) setWorld(w);
      },
      () => {
        // Without the basemap the markers still stand, on the sea colour.
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return world;
}
