/**
 * Moves the app's JavaScript (and the dataset's preload) off the baked page's first paint.
 *
 * Vite writes the entry as `<script type="module">` with a `<link rel="modulepreload">` per
 * chunk, all fetched at high priority while the HTML is still arriving. On a slow phone they
 * share the connection with the page and its stylesheet, so the baked page painted later
 * than it needed to. The build lists them in meta tags instead; public/boot.js starts them
 * once the baked page has painted (at once when a shared link hides the baked page).
 */

/** The meta tags that public/boot.js reads: what to fetch, and the entry to run. */
export const BOOT_META = {
  entry: 'bilateral-entry',
  modules: 'bilateral-modules',
  fetches: 'bilateral-fetches',
} as const;

const ENTRY = /\s*<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>/g;
const FETCH_PRELOAD = /\s*<link\s+rel="preload"\s+href="([^"]+)"\s+as="fetch"[^>]*\/?>/g;
const BOOT_SCRIPT = '<script src="/boot.js"></script>';

function take(page: string, pattern: RegExp): { page: string; urls: string[] } {
  const urls: string[] = [];
  const rest = page.replace(pattern, (_, url: string) => {
    urls.push(url);
    return '';
  });
  return { page: rest, urls };
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const meta = (name: string, urls: string[]) =>
  `<meta name="${name}" content="${escapeAttr(urls.join(' '))}" />`;

/** The built page with its module script and preloads turned into boot.js's meta tags. */
export function deferScripts(page: string): string {
  const entry = take(page, ENTRY);
  if (entry.urls.length !== 1) {
    throw new Error(`defer-scripts: expected one module script, found ${entry.urls.length}`);
  }
  if (!entry.page.includes(BOOT_SCRIPT)) {
    throw new Error(`defer-scripts: index.html has no ${BOOT_SCRIPT} to start the app`);
  }
  const modules = take(entry.page, MODULE_PRELOAD);
  const fetches = take(modules.page, FETCH_PRELOAD);
  const metas = [
    meta(BOOT_META.fetches, fetches.urls),
    meta(BOOT_META.modules, modules.urls),
    meta(BOOT_META.entry, entry.urls),
  ];
  return fetches.page.replace(BOOT_SCRIPT, `${metas.join('\n    ')}\n    ${BOOT_SCRIPT}`);
}
