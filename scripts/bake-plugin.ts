/**
 * Bakes the default dashboard into the built index.html, as OWID bakes its charts: after the
 * client build, src/app/entry-server.tsx renders the shipped dataset's default view to HTML,
 * which goes inside <div id="root">. The page then reads with JavaScript off and paints before
 * any script has run; the browser hydrates it (src/main.tsx).
 *
 * The same step validates the shipped dataset with the full schema: an invalid dataset fails
 * the build, so the browser need not validate it again (and need not load zod to show it).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer, type Plugin, type PluginOption } from 'vite';

const ROOT_TAG = '<div id="root"></div>';

export interface BakeOptions {
  /** The plugins the app's modules need to load in Node (React, the design tokens…). */
  plugins: () => PluginOption[];
  /** The shipped dataset, relative to the project root. */
  dataset: string;
}

/** Renders the dashboard with a throwaway Vite server in middleware mode (no port opened). */
async function renderDashboard(root: string, options: BakeOptions): Promise<string> {
  const server = await createServer({
    configFile: false,
    root,
    mode: 'production',
    plugins: options.plugins(),
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  try {
    const entry = (await server.ssrLoadModule('/src/app/entry-server.tsx')) as {
      bakeDashboard: (json: unknown) => Promise<string>;
    };
    const json: unknown = JSON.parse(readFileSync(resolve(root, options.dataset), 'utf8'));
    return await entry.bakeDashboard(json);
  } finally {
    await server.close();
  }
}

export function bakeDashboard(options: BakeOptions): Plugin {
  let root = process.cwd();
  return {
    name: 'bilateral:bake',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(page) {
        if (!page.includes(ROOT_TAG)) throw new Error(`bake: index.html has no empty ${ROOT_TAG}`);
        const html = await renderDashboard(root, options);
        return page.replace(ROOT_TAG, `<div id="root">${html}</div>`);
      },
    },
  };
}
