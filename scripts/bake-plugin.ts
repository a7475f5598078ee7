/**
 * Bakes the default dashboard into the built index.html, as OWID bakes its charts: after the
 * client build, src/app/entry-server.tsx renders the shipped dataset's default view to HTML,
 * which goes inside <div id="root">. The page then reads with JavaScript off and paints before
 * any script has run; the browser hydrates it (src/main.tsx).
 *
 * The same step validates the shipped dataset with the full schema: an invalid dataset fails
 * the build, so the browser need not validate it again (and need not load zod to show it).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createServer, type Plugin, type PluginOption } from 'vite';
import { deferScripts } from './defer-scripts';

const ROOT_TAG = '<div id="root"></div>';

export interface BakeOptions {
  /** The plugins the app's modules need to load in Node (React, the design tokens…). */
  plugins: () => PluginOption[];
  /** The shipped dataset under public/ (its URL path, e.g. `data/az-rs.json`). */
  dataset: string;
  /** The name of the page's meta tag that carries the dataset's digest. */
  digestMeta: string;
}

/** Renders the dashboard with a throwaway Vite server in middleware mode (no port opened). */
interface BakedPage {
  html: string;
  datasetJson: string;
}

async function renderDashboard(root: string, options: BakeOptions): Promise<BakedPage> {
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
      bakeDashboard: (json: unknown) => Promise<BakedPage>;
    };
    const json: unknown = JSON.parse(
      readFileSync(resolve(root, 'public', options.dataset), 'utf8'),
    );
    return await entry.bakeDashboard(json);
  } finally {
    await server.close();
  }
}

const digestOf = (text: string) => `sha256-${createHash('sha256').update(text).digest('hex')}`;

export function bakeDashboard(options: BakeOptions): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let datasetJson: string | null = null;
  return {
    name: 'bilateral:bake',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      async handler(page, ctx) {
        // Only the dashboard is baked; other pages (embed.html) render in the browser.
        if (ctx.path !== '/index.html') return page;
        if (!page.includes(ROOT_TAG)) throw new Error(`bake: index.html has no empty ${ROOT_TAG}`);
        const baked = await renderDashboard(root, options);
        datasetJson = baked.datasetJson;
        const meta = `<meta name="${options.digestMeta}" content="${digestOf(datasetJson)}" />`;
        return deferScripts(
          page
            .replace('</title>', `</title>\n    ${meta}`)
            .replace(ROOT_TAG, `<div id="root">${baked.html}</div>`),
        );
      },
    },
    // After Vite has copied public/: the checked dataset replaces the copy of the source file,
    // so the page's digest names the file the browser fetches.
    closeBundle() {
      if (datasetJson === null) return;
      const file = join(outDir, options.dataset);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, datasetJson);
    },
  };
}
