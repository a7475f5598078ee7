/**
 * `npm run bench:browser [-- --million] [-- --dir dist] [-- --build] [-- --toggles 20]`
 *
 * Measures the built app in headless Chromium on large synthetic datasets:
 * - load: navigation start → the header (`.app-meta`) showing the event count, i.e. fetch,
 *   parse, validate, index and first render;
 * - sector toggles: a click on a sector checkbox in the filter bar → the next painted frame,
 *   measured two ways: real (trusted) clicks with the Event Timing API, and programmatic
 *   clicks timed with a double requestAnimationFrame; p50 / p95;
 * - long tasks over 200 ms after load (PerformanceObserver 'longtask');
 * - the Events list's DOM size (elements under #view-events) and the number of SVG rect and
 *   path elements in the views, with the shipped 16-event dataset and at 100 000 events,
 *   to show the list renders a page at a time and the charts do not grow with the data;
 * - with --million, whether the tab survives 10^6 events and its JS heap;
 * - the floor for a JSON load: fetch + JSON.parse of the same file in the same browser, in a
 *   page of its own, and our load's ratio to it; the stages of our load (reading, checking,
 *   indexing, first render) from the app's `dataset:*` performance marks;
 * - the same 10^5 engagements as Parquet (gen-data --format parquet), opened by ?data=.
 *
 * Datasets are written by scripts/gen-data.ts to <dir>/data/bench-100k.json (and
 * bench-1m.json) and opened with `?data=data/bench-100k.json`. Each step reports on its own:
 * a step that fails (for example because a view is not finished yet) says why and the
 * others still run. Exit code 1 when any step failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium, launchChromium } from './find-chromium.mjs';
import { startServer } from './static-server.mjs';
import { quantile } from './bench-stats';
import { writeDataset, writeParquet } from './gen-data';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
};
const million = argv.includes('--million');
const dir = resolve(option('dir', 'dist'));
const TOGGLES = Math.max(2, Number(option('toggles', '20')) || 20);
const SECTOR = option('sector', 'Energy');

interface StepResult {
  step: string;
  ok: boolean;
  detail: string;
}
const steps: StepResult[] = [];

async function step<T>(name: string, fn: () => Promise<T>): Promise<T | null> {
  const started = performance.now();
  process.stdout.write(`… ${name}\n`);
  try {
    const value = await fn();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    steps.push({ step: name, ok: true, detail: `${seconds} s` });
    return value;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    steps.push({ step: name, ok: false, detail: message });
    process.stdout.write(`  ✗ ${name}: ${message}\n`);
    return null;
  }
}

const fmtMs = (x: number | undefined | null) =>
  x === undefined || x === null || Number.isNaN(x) ? '—' : `${Math.round(x)} ms`;
const fmtMb = (x: number | undefined | null) =>
  x === undefined || x === null || Number.isNaN(x) ? '—' : `${(x / 1e6).toFixed(0)} MB`;

/** What one dataset run measured; missing values stay undefined. */
interface Measures {
  label: string;
  loadMs?: number;
  shownEvents?: number;
  toggleEventTiming?: number[];
  toggleRaf?: number[];
  longTasksDuringLoad?: number;
  longTasksAfterLoad?: number;
  longestAfterLoad?: number;
  eventsDom?: number;
  svgMarks?: number;
  heapPerfMemory?: number;
  heapCdp?: number;
  survived?: boolean;
  /** fetch + JSON.parse of the same file, in a page of its own (JSON runs only). */
  floorMs?: number;
  /** Milliseconds from navigation to each `dataset:*` mark the app set while loading. */
  marks?: Record<string, number>;
}

/** Installed before any page script: collects long tasks and Event Timing entries. */
function observeInPage() {
  const w = window as unknown as {
    __longtasks: { start: number; duration: number }[];
    __events: { name: string; start: number; duration: number; id: number }[];
  };
  w.__longtasks = [];
  w.__events = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* not supported */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { interactionId?: number })[]) {
        w.__events.push({
          name: e.name,
          start: e.startTime,
          duration: e.duration,
          id: e.interactionId ?? 0,
        });
      }
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  } catch {
    /* not supported */
  }
}

/** Waits for `.app-meta` to show `expected` engagements; returns performance.now() then. */
async function waitForLoaded(page: Page, expected: number, timeoutMs: number) {
  const handle = await page.waitForFunction(
    (n) => {
      const meta = document.querySelector('.app-meta');
      const failed = document.querySelector('[role="alert"]');
      if (!meta) {
        if (failed?.textContent)
          return { failed: failed.textContent.slice(0, 300), at: 0, shown: -1 };
        return false;
      }
      const m = /([\d][\d,.\s\u00a0\u202f]*)\s*engagements/.exec(meta.textContent ?? '');
      const shown = m ? Number(m[1]!.replace(/[^\d]/g, '')) : -1;
      if (shown === n) return { failed: '', at: performance.now(), shown };
      // The right dataset never comes if ?data= is not supported: stop waiting once the
      // default dataset has rendered and stayed for a while.
      const w = window as unknown as { __firstShown?: number };
      w.__firstShown ??= performance.now();
      if (performance.now() - w.__firstShown > 5000)
        return { failed: '', at: performance.now(), shown };
      return false;
    },
    expected,
    { timeout: timeoutMs, polling: 'raf' },
  );
  return (await handle.jsonValue()) as { failed: string; at: number; shown: number };
}

async function domCounts(page: Page) {
  // Give lazily loaded chart views a moment to arrive.
  await page
    .waitForSelector('[id^="view-visit"] svg', { state: 'attached', timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
  return page.evaluate(() => ({
    eventsDom: document.querySelector('#view-events')
      ? document.querySelectorAll('#view-events *').length
      : -1,
    svgMarks: document.querySelectorAll('main svg rect, main svg path').length,
  }));
}

async function heap(page: Page) {
  const perfMemory = await page.evaluate(
    () =>
      (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize,
  );
  let cdp: number | undefined;
  try {
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    cdp = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    await session.detach();
  } catch {
    cdp = undefined;
  }
  return { perfMemory, cdp };
}

async function sectorToggles(page: Page, m: Measures) {
  const box = page
    .locator('aside, .filter-bar')
    .first()
    .getByRole('checkbox', { name: new RegExp(`^${SECTOR}\\b`) })
    .first();
  await box.waitFor({ state: 'attached', timeout: 10_000 }).catch(() => {
    throw new Error(`no checkbox labelled "${SECTOR}…" in the filter bar`);
  });
  // On narrow layouts the filter bar is collapsed behind a toggle.
  if (!(await box.isVisible())) {
    await page
      .locator('.filter-bar-toggle')
      .click()
      .catch(() => undefined);
  }
  await box.scrollIntoViewIfNeeded();

  // 1. Real clicks, timed by the browser's Event Timing API (input → next paint).
  const eventTiming: number[] = [];
  for (let k = 0; k < TOGGLES; k++) {
    const before = await page.evaluate(
      () => (window as unknown as { __events: unknown[] }).__events.length,
    );
    const was = await box.isChecked();
    await box.click();
    await page.waitForFunction((v) => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.type === 'checkbox' ? el.checked !== v : true;
    }, was);
    // Event Timing entries are delivered after the next paint.
    await page.evaluate(
      () =>
        new Promise((r) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))),
        ),
    );
    const duration = await page.evaluate((from) => {
      const entries = (
        window as unknown as {
          __events: { name: string; duration: number; id: number }[];
        }
      ).__events.slice(from);
      const clicks = entries.filter((e) =>
        ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click'].includes(e.name),
      );
      return clicks.length > 0 ? Math.max(...clicks.map((e) => e.duration)) : 0;
    }, before);
    // Below the 16 ms threshold no entry is recorded: count it as one frame.
    eventTiming.push(duration > 0 ? duration : 16);
  }
  m.toggleEventTiming = eventTiming;

  // 2. Programmatic clicks: click() → the frame after the next one has started (double rAF).
  const handle = await box.elementHandle();
  if (!handle) throw new Error('the sector checkbox disappeared');
  const raf: number[] = [];
  for (let k = 0; k < TOGGLES; k++) {
    raf.push(
      await handle.evaluate(
        (el) =>
          new Promise<number>((done) => {
            const t0 = performance.now();
            (el as HTMLInputElement).click();
            requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
          }),
      ),
    );
  }
  m.toggleRaf = raf;
}

async function measureDataset(
  browser: Browser,
  base: string,
  label: string,
  query: string,
  expected: number,
  loadTimeoutMs: number,
  interact: boolean,
): Promise<Measures> {
  const m: Measures = { label };
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  let crashed = false;
  page.on('crash', () => (crashed = true));
  page.on('pageerror', (e) => process.stdout.write(`  pageerror: ${e.message.split('\n')[0]}\n`));
  await page.addInitScript(observeInPage);

  await step(
    `${label}: load (navigation → .app-meta shows ${expected.toLocaleString('en-GB')})`,
    async () => {
      await page.goto(`${base}/${query}`, { waitUntil: 'commit', timeout: loadTimeoutMs });
      const r = await waitForLoaded(page, expected, loadTimeoutMs);
      if (r.failed) throw new Error(`the app reported: ${r.failed.replace(/\s+/g, ' ').trim()}`);
      m.shownEvents = r.shown;
      if (r.shown !== expected) {
        throw new Error(
          `the page shows ${r.shown} engagements instead of ${expected}: is ?data= supported yet?`,
        );
      }
      m.loadMs = r.at;
      m.marks = await page.evaluate(() =>
        Object.fromEntries(
          performance
            .getEntriesByType('mark')
            .filter((e) => e.name.startsWith('dataset:'))
            .map((e) => [e.name.slice('dataset:'.length), e.startTime]),
        ),
      );
    },
  );

  if (m.loadMs !== undefined) {
    await step(`${label}: Events list DOM size and SVG marks`, async () => {
      const c = await domCounts(page);
      if (c.eventsDom < 0) throw new Error('no #view-events panel on the page');
      m.eventsDom = c.eventsDom;
      m.svgMarks = c.svgMarks;
    });
    if (interact) {
      await step(`${label}: ${TOGGLES}+${TOGGLES} "${SECTOR}" sector toggles`, () =>
        sectorToggles(page, m),
      );
    }
    await step(`${label}: long tasks`, async () => {
      const tasks = await page.evaluate(
        () =>
          (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks,
      );
      const load = m.loadMs ?? 0;
      m.longTasksDuringLoad = tasks.filter((t) => t.start < load && t.duration > 200).length;
      const after = tasks.filter((t) => t.start >= load && t.duration > 200);
      m.longTasksAfterLoad = after.length;
      m.longestAfterLoad = after.reduce((x, t) => Math.max(x, t.duration), 0);
    });
  }
  await step(`${label}: JS heap`, async () => {
    const h = await heap(page);
    m.heapPerfMemory = h.perfMemory;
    m.heapCdp = h.cdp;
  });
  m.survived = !crashed && (await page.evaluate(() => 1 + 1).catch(() => 0)) === 2;
  await context.close().catch(() => undefined);
  return m;
}

/** How many engagements the built app ships (data/az-rs.json in the build). */
function shippedEventCount(): number {
  const json = JSON.parse(readFileSync(join(dir, 'data', 'az-rs.json'), 'utf8')) as {
    events: unknown[];
  };
  return json.events.length;
}

/** fetch + JSON.parse of `file` in a fresh page of the same origin: the floor of a JSON load. */
async function measureFloor(browser: Browser, base: string, file: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${base}/methodology.html`, { waitUntil: 'load' });
    return await page.evaluate(async (url) => {
      const t0 = performance.now();
      const json: unknown = JSON.parse(await (await fetch(url)).text());
      const took = performance.now() - t0;
      return json === null ? -1 : took;
    }, `${base}/data/${file}`);
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function ensureDataset(events: number, file: string, lean = false) {
  const path = join(dir, 'data', file);
  if (existsSync(path) && statSync(path).size > 0 && !argv.includes('--regen')) {
    process.stdout.write(`  using ${relative('.', path)} (pass --regen to rewrite it)\n`);
    return;
  }
  const write = file.endsWith('.parquet') ? writeParquet : writeDataset;
  const bytes = await write({ events, seed: 1, lean }, path);
  process.stdout.write(`  wrote ${relative('.', path)}: ${(bytes / 1e6).toFixed(0)} MB\n`);
}

async function main() {
  if (!findChromium()) {
    console.error('bench:browser: no Chromium found (see scripts/find-chromium.mjs)');
    process.exit(1);
  }
  if (argv.includes('--build') || !existsSync(join(dir, 'index.html'))) {
    await step('build', async () => {
      const args = [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'];
      if (relative(resolve('dist'), dir) !== '') args.push('--outDir', dir, '--emptyOutDir');
      const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
      if (r.status !== 0) throw new Error('vite build failed');
    });
  }
  await step('generate 100 000 events', () => ensureDataset(100_000, 'bench-100k.json'));
  await step('generate 100 000 events as Parquet', () =>
    ensureDataset(100_000, 'bench-100k.parquet'),
  );
  if (million)
    await step('generate 1 000 000 lean events', () =>
      ensureDataset(1_000_000, 'bench-1m.json', true),
    );

  const server = await startServer({ root: dir, port: 0 });
  const browser = await launchChromium(chromium);
  const runs: Measures[] = [];
  try {
    const shipped = shippedEventCount();
    runs.push(
      await measureDataset(browser, server.url, `shipped (${shipped})`, '', shipped, 60_000, false),
    );
    const floor100k = await step('100 000: floor (fetch + JSON.parse)', () =>
      measureFloor(browser, server.url, 'bench-100k.json'),
    );
    runs.push(
      await measureDataset(
        browser,
        server.url,
        '100 000',
        '?data=data/bench-100k.json',
        100_000,
        180_000,
        true,
      ),
    );
    runs.at(-1)!.floorMs = floor100k ?? undefined;
    runs.push(
      await measureDataset(
        browser,
        server.url,
        '100 000 Parquet',
        '?data=data/bench-100k.parquet',
        100_000,
        180_000,
        false,
      ),
    );
    if (million) {
      const floor1m = await step('1 000 000: floor (fetch + JSON.parse)', () =>
        measureFloor(browser, server.url, 'bench-1m.json'),
      );
      runs.push(
        await measureDataset(
          browser,
          server.url,
          '1 000 000',
          '?data=data/bench-1m.json',
          1_000_000,
          900_000,
          true,
        ),
      );
      runs.at(-1)!.floorMs = floor1m ?? undefined;
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }

  const cols = runs.map((r) => r.label);
  const row = (name: string, f: (m: Measures) => string) =>
    console.log(`| ${name} | ${runs.map(f).join(' | ')} |`);
  console.log(
    `\nBrowser benchmark — Chromium ${browser.version()}, ${relative('.', dir) || '.'}\n`,
  );
  console.log(`| metric | ${cols.join(' | ')} |`);
  console.log(`|---|${cols.map(() => '--:').join('|')}|`);
  row('load: navigation → count shown', (m) => fmtMs(m.loadMs));
  row('floor: fetch + JSON.parse of the same file', (m) => fmtMs(m.floorMs));
  row('load ÷ floor (goal ≤ 1.5×)', (m) =>
    m.loadMs !== undefined && m.floorMs ? `${(m.loadMs / m.floorMs).toFixed(2)}×` : '—',
  );
  const stage = (from: string, to: string) => (m: Measures) => {
    const a = from === 'navigation' ? 0 : m.marks?.[from];
    const b = to === 'shown' ? m.loadMs : m.marks?.[to];
    return a === undefined || b === undefined ? '—' : fmtMs(b - a);
  };
  row('stage: navigation → reading starts (app start)', stage('navigation', 'reading'));
  row('stage: reading (download, decode; JSON: parse)', stage('reading', 'checking'));
  row('stage: checking (validate; Parquet: decode, rows)', stage('checking', 'indexing'));
  row('stage: indexing', stage('indexing', 'done'));
  row('stage: first render (index → count shown)', stage('done', 'shown'));
  row('sector toggle p50 (Event Timing, real click)', (m) =>
    fmtMs(m.toggleEventTiming && quantile(m.toggleEventTiming, 0.5)),
  );
  row('sector toggle p95 (Event Timing, real click)', (m) =>
    fmtMs(m.toggleEventTiming && quantile(m.toggleEventTiming, 0.95)),
  );
  row('sector toggle p50 (click → double rAF)', (m) =>
    fmtMs(m.toggleRaf && quantile(m.toggleRaf, 0.5)),
  );
  row('sector toggle p95 (click → double rAF)', (m) =>
    fmtMs(m.toggleRaf && quantile(m.toggleRaf, 0.95)),
  );
  row('long tasks > 200 ms during load', (m) => (m.longTasksDuringLoad ?? '—').toString());
  row('long tasks > 200 ms after load', (m) =>
    m.longTasksAfterLoad === undefined
      ? '—'
      : `${m.longTasksAfterLoad}${m.longTasksAfterLoad ? ` (longest ${fmtMs(m.longestAfterLoad)})` : ''}`,
  );
  row('elements under #view-events', (m) => (m.eventsDom ?? '—').toString());
  row('SVG rect + path in views', (m) => (m.svgMarks ?? '—').toString());
  row('JS heap (performance.memory)', (m) => fmtMb(m.heapPerfMemory));
  row('JS heap (CDP JSHeapUsedSize)', (m) => fmtMb(m.heapCdp));
  row('tab alive at the end', (m) => (m.survived ? 'yes' : 'no'));

  console.log('\nSteps:');
  for (const s of steps) console.log(`${s.ok ? '✓' : '✗'} ${s.step} — ${s.detail}`);
  if (steps.some((s) => !s.ok)) process.exitCode = 1;
}

await main();
