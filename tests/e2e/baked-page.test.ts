// The page as the build bakes it: readable with JavaScript off (the title, the headline
// numbers, the chart titles, the first events and the sources are in the HTML itself), then
// hydrated in place without an error or a layout shift; a shared link with filters opens on
// its own numbers, never the baked default's; and the shipped dataset is the checked file
// the page names by its digest.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, region, type Browser, waitForApp } from './support/browser';
import { expected, shippedIndex } from './support/expected';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TITLES = ['Visit frequency', 'Cooperation by sector and year', 'People involved', 'Events'];
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** The sum of the page's layout shifts not caused by input, from the browser's own record. */
const CLS_OBSERVER = () => {
  const w = window as unknown as { __cls: number };
  w.__cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
      if (!e.hadRecentInput) w.__cls += e.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

describe('the baked page', () => {
  it('is readable as plain HTML: title, headline counts, chart titles, events and sources', async () => {
    const html = await (await fetch(inject('baseUrl') + '/')).text();
    const words = text(html);
    const all = expected();
    expect(words).toContain('Azerbaijan–Serbia relations');
    expect(words).toContain(`Engagements ${all.engagements}`);
    expect(words).toContain(`Visits ${all.visits}`);
    expect(words).toContain(`Documents signed ${all.documents}`);
    for (const title of TITLES) expect(words).toContain(title);
    expect(words).toContain(all.titles[0]!);
    const firstSource = shippedIndex.dataset.sources[0]!;
    expect(words).toContain(firstSource.title.split(' ').slice(0, 4).join(' '));
    // The CSP allows no inline script: every script in the page has a src.
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
    // The app's scripts wait for the first paint: boot.js starts them from meta tags.
    expect(html).not.toMatch(/<script type="module"|rel="modulepreload"/);
    expect(html).toMatch(/<meta name="bilateral-entry" content="\/assets\/[\w-]+\.js"/);
  });

  it('shows the dashboard and its chart with JavaScript turned off', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1366, height: 768 },
    });
    try {
      const page = await context.newPage();
      await page.goto(inject('baseUrl') + '/');
      const headline = page.getByRole('region', { name: 'Headline numbers' });
      await expect(headline.innerText()).resolves.toContain(String(expected().engagements));
      const visits = region(page, 'Visit frequency');
      expect(await visits.locator('.visits-baked rect').count()).toBeGreaterThan(20);
      expect(await visits.locator('.visits-baked-year').first().innerText()).toBe('1991');
      expect(await region(page, 'Events').locator('.event-title').count()).toBe(20);
    } finally {
      await context.close();
    }
  });

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    it(`hydrates without an error or a layout shift, and answers a click (${viewport.width} px)`, async () => {
      const context = await browser.newContext({ viewport });
      await context.addInitScript(CLS_OBSERVER);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      try {
        await page.goto(inject('baseUrl') + '/', { waitUntil: 'load' });
        await waitForApp(page);
        // A view that hydrated answers: the heatmap's view switch flips.
        const toggle = region(page, 'Cooperation by sector and year').locator(
          'button[aria-pressed]',
        );
        await toggle.first().waitFor();
        // Jump to the heatmap as a link to it would, before any input: the views it passes
        // hydrate on the way (a phone's map and heatmap once grew there by 70 px).
        const heatmap = region(page, 'Cooperation by sector and year');
        await heatmap.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await page.locator('[data-view="cooperation-areas"][data-live]').waitFor();
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        );
        // Read before the click: what the click then redraws is the reader's doing, and on a
        // slow machine it may land later than the 500 ms the browser calls recent input.
        const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
        expect(cls).toBe(0);
        const before = await toggle.first().getAttribute('aria-pressed');
        await toggle.first().click();
        await expect.poll(() => toggle.first().getAttribute('aria-pressed')).not.toBe(before);
        // React reports a hydration mismatch as an error; there is none.
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('opens a shared link on its own numbers, never the baked default', async () => {
    const filters = { sectors: ['energy'], from: 2020 };
    const want = expected(filters);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    // Every value the headline shows before the app has settled, sampled at each frame.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      const sample = () => {
        const cell = document.querySelector('.headline [data-stat] dd');
        const shown =
          cell && getComputedStyle(cell).display !== 'none' && cell.getClientRects().length > 0;
        if (shown) seen.push(cell.textContent ?? '');
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    try {
      const page = await context.newPage();
      await page.goto(inject('baseUrl') + '/?sector=energy&from=2020');
      const headline = page.getByRole('region', { name: 'Headline numbers' });
      await expect.poll(() => headline.innerText()).toContain(`Engagements\n${want.engagements}`);
      const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
      expect(seen.length).toBeGreaterThan(0);
      expect(new Set(seen)).toEqual(new Set([String(want.engagements)]));
    } finally {
      await context.close();
    }
  });

  it('ships the checked dataset the page names by its digest, and loads no validator', async () => {
    const base = inject('baseUrl');
    const html = await (await fetch(base + '/')).text();
    const digest = /<meta name="bilateral-dataset" content="sha256-([0-9a-f]{64})"/.exec(html)?.[1];
    const file = await (await fetch(base + '/data/az-rs.json')).text();
    expect(createHash('sha256').update(file).digest('hex')).toBe(digest);
    const { context, page } = await openPage(browser, '/');
    try {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      await page.reload({ waitUntil: 'load' });
      await region(page, 'Events').locator('.event-title').first().waitFor();
      expect(scripts.filter((u) => /zod|validate|fast-dataset|dataset-schema/.test(u))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
