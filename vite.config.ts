import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, type BuildEnvironmentOptions, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { bakeDashboard } from './scripts/bake-plugin';
import { DATASET_DIGEST_META, SHIPPED_DATASET_PATH } from './src/data/baked-dataset';
import { CSP_META } from './scripts/csp.mjs';
import { METHODOLOGY_SOURCE, methodologyHtml } from './scripts/methodology-page.mjs';
import { themeCss } from './src/lib/tokens';

/** Adds the Content-Security-Policy meta tag to every page (index.html, embed.html) in production builds only
 * (the dev server needs inline scripts for React Fast Refresh). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'bilateral:csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      const tag = `<meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`;
      // Right after <meta charset>, before any script or stylesheet the policy must cover.
      const charset = /<meta\s+charset=[^>]*>/i;
      if (charset.test(html)) return html.replace(charset, (match) => `${match}\n    ${tag}`);
      return html.replace(/<head[^>]*>/i, (match) => `${match}\n    ${tag}`);
    },
  };
}

/** Publishes docs/methodology.md as methodology.html, in builds and on the dev server. */
function methodologyPage(): Plugin {
  return {
    name: 'bilateral:methodology',
    configureServer(server) {
      server.middlewares.use('/methodology.html', (_req, res) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(methodologyHtml());
      });
    },
    buildStart() {
      this.addWatchFile(METHODOLOGY_SOURCE);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'methodology.html', source: methodologyHtml() });
    },
  };
}

/** Serves the design tokens as CSS custom properties: `import 'virtual:design-tokens.css'`. */
function designTokens(): Plugin {
  const id = 'virtual:design-tokens.css';
  // The \0 prefix marks a virtual module; the .css suffix sends it through Vite's CSS pipeline.
  const resolved = '\0design-tokens.css';
  return {
    name: 'bilateral:design-tokens',
    resolveId: (source) => (source === id ? resolved : null),
    load: (loaded) => (loaded === resolved ? themeCss() : null),
  };
}

/** The build options both builds share: the dashboard's and the embed page's. */
const BUILD_OPTIONS = {
  target: 'es2022',
  // Every browser the app targets (es2022) supports <link rel="modulepreload">. The page
  // preloads the first paint's chunks; a dynamic import adds no <link> tags of its own: on a
  // slow phone, inserting one per dependency of every lazy view took longer than the
  // import's one extra round trip for its dependencies.
  modulePreload: {
    polyfill: false,
    resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
  },
  rolldownOptions: {
    output: {
      // Vendor code in separately cached chunks. Recharts and its dependencies (redux
      // toolkit, immer, d3 via victory-vendor…) get a chunk of their own so that it is
      // left out of the first paint once the chart views are loaded with React.lazy.
      codeSplitting: {
        groups: [
          {
            name: 'react',
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            priority: 50,
          },
          {
            name: 'recharts',
            test: /[\\/]node_modules[\\/](recharts|victory-vendor|d3-[\w-]+|internmap|@reduxjs[\\/]toolkit|redux|redux-thunk|react-redux|immer|reselect|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant|clsx|use-sync-external-store|react-is)[\\/]/,
            priority: 40,
          },
          { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 30 },
          {
            name: 'vendor',
            test: /[\\/]node_modules[\\/](@tanstack[\\/][\w-]+|zustand)[\\/]/,
            priority: 30,
          },
          // The small modules that the entry shares with the lazy views, in one chunk: as
          // eight chunks, each paid its own gzip window and export names (0.7 KB in all).
          {
            name: 'shared',
            test: /[\\/]src[\\/](lib[\\/][\w-]+|data[\\/](schema|labels)|model[\\/](dates|filters|filter-dimensions))\.ts$/,
            priority: 10,
          },
        ],
      },
    },
  },
} satisfies BuildEnvironmentOptions;

/**
 * Builds embed.html (one chart, for another site's <iframe>) in a build of its own, after the
 * dashboard's. As a second input of the same build it would share modules with the dashboard,
 * which would then load them as a dozen small chunks instead of inside its entry: the first
 * paint grew by 2 KB (gzipped) for a page the dashboard never opens.
 */
function embedPage(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let mode = 'production';
  return {
    name: 'bilateral:embed-page',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = config.build.outDir;
      mode = config.mode;
    },
    async closeBundle() {
      await build({
        configFile: false,
        root,
        mode,
        logLevel: 'warn',
        // The dashboard's build has copied public/ (and written the checked dataset).
        publicDir: false,
        plugins: [react(), contentSecurityPolicy(), designTokens()],
        build: {
          ...BUILD_OPTIONS,
          outDir,
          emptyOutDir: false,
          rolldownOptions: {
            ...BUILD_OPTIONS.rolldownOptions,
            input: { embed: resolve(root, 'embed.html') },
          },
        },
      });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    methodologyPage(),
    designTokens(),
    embedPage(),
    bakeDashboard({
      plugins: () => [react(), designTokens()],
      dataset: SHIPPED_DATASET_PATH,
      digestMeta: DATASET_DIGEST_META,
    }),
  ],
  build: BUILD_OPTIONS,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx', 'tests/components/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/components.ts'],
          // Whole-dashboard tests render every chart in jsdom, which takes seconds on a busy
          // machine; a ceiling, not a speed check (no test is timed).
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A poll waits for the page to settle; on a loaded CI machine that can take more
          // than the default second. A wrong value still fails, only later.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
