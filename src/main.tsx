import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { openHydrationGates } from './app/hydration-gate';
import { preloadLazyParts } from './app/lazy-view';
import { appTree, createQueryClient } from './app/providers';
import { datasetQueryOptions } from './state/dataset-query';
import { useDatasetSourceStore } from './state/dataset-source-store';
import { useFilterStore } from './state/filter-store';
import { emptyUrlState, formatAppUrl } from './state/app-url';
import { readUrl } from './state/url-history';
import 'virtual:design-tokens.css';
import './app/styles.css';

/** The build baked the default view into the page (scripts/bake-plugin.ts). */
const BAKE_PENDING = 'bake-pending';

/** The address asks for exactly what was baked: no filters, no slide, the shipped dataset. */
function showsBakedView(): boolean {
  return formatAppUrl(readUrl()) === formatAppUrl(emptyUrlState());
}

/** Resolves once the browser has painted the next frame. */
const afterNextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function start(root: HTMLElement) {
  const client = createQueryClient();
  const app = appTree(client);
  const baked = root.firstElementChild !== null;
  if (baked && showsBakedView()) {
    // Let the browser paint the baked page before any React work (the first paint is the
    // page's whole point on a slow phone); the dataset downloads meanwhile.
    const data = client.fetchQuery(datasetQueryOptions()).catch(() => null);
    await afterNextPaint();
    try {
      // Hydration must see the data the page was baked from, or React would throw the page
      // away; the fetch was preloaded by index.html, so this is usually already done.
      if ((await data) === null) throw new Error('no dataset');
      startTransition(() => {
        hydrateRoot(root, app);
      });
      // Any change from the baked state (a dataset opened, filters set through the address)
      // lets the views below the fold hydrate: React renders them anew.
      useFilterStore.subscribe(openHydrationGates);
      useDatasetSourceStore.subscribe(openHydrationGates);
      document.documentElement.classList.remove(BAKE_PENDING);
      return;
    } catch {
      // The dataset failed to load: render from scratch, which shows why.
    }
  }
  // A shared link with filters (or a slide, or another dataset) renders its own state;
  // the baked default stays hidden (boot.js) so it never shows the wrong numbers.
  root.replaceChildren();
  openHydrationGates();
  document.documentElement.classList.remove(BAKE_PENDING);
  createRoot(root).render(app);
}

/** Runs `step` in a task of its own, so that a slow phone can answer input in between. */
const nextTask = (step: () => void) => setTimeout(step, 0);

const root = document.getElementById('root');
if (root) {
  // Evaluating the modules, starting the lazy parts' downloads and the dataset's fetch each
  // take a few milliseconds here: three short tasks rather than one long one.
  nextTask(() => {
    preloadLazyParts();
    nextTask(() => void start(root));
  });
}
