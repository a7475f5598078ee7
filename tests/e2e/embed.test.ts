import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';
import { launchBrowser, openPage, type Browser, type Page } from './support/browser';

// embed.html in another site's <iframe>: a second static server on another port (another
// origin) serves a host page that frames one chart, and tries to frame the dashboard.

let browser: Browser;
let host: { url: string; close: () => Promise<void> };
let hostRoot: string;
const baseUrl = inject('baseUrl');
const EMBED = `${baseUrl}/embed.html?view=visit-frequency&sector=energy`;

const hostPage = (src: string, title: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title}</title></head>
<body style="margin:0;padding:16px;font-family:sans-serif">
<h1>A news site</h1><p>Trips between the two countries, in energy:</p>
<iframe src="${src}" title="Visit frequency" width="960" height="560"
  style="width:100%;max-width:960px;border:0" loading="lazy"></iframe>
</body></html>`;

beforeAll(async () => {
  browser = await launchBrowser();
  hostRoot = await mkdtemp(join(tmpdir(), 'bilateral-host-'));
  await writeFile(join(hostRoot, 'index.html'), hostPage(EMBED, 'Host page'));
  await writeFile(
    join(hostRoot, 'dashboard.html'),
    hostPage(`${baseUrl}/`, 'Framing the dashboard'),
  );
  // Another site, with no policy of its own (the app's would forbid framing other origins).
  host = await startServer({ root: hostRoot, port: 0, csp: false });
});
afterAll(async () => {
  await host?.close();
  await browser?.close();
  if (hostRoot) await rm(hostRoot, { recursive: true, force: true });
});

async function openHost(path: string, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(host.url + path, { waitUntil: 'load' });
  return { context, page };
}

const embedFrame = (page: Page) => page.frameLocator('iframe');

describe('embed.html in another site’s frame', () => {
  it('shows the chart, its filters in words, the source and a link back', async () => {
    expect(new URL(host.url).port).not.toBe(new URL(baseUrl).port);
    const { context, page } = await openHost('/');
    try {
      const frame = embedFrame(page);
      await frame.locator('.embed-caption').waitFor();
      // Bars drawn with a height (the chart's code arrives after the caption).
      const drawn = () =>
        frame
          .locator('.visits-chart rect')
          .evaluateAll((rects) => rects.filter((r) => r.getBoundingClientRect().height > 0).length);
      await expect.poll(drawn).toBeGreaterThan(3);
      expect(await frame.getByRole('heading', { level: 1 }).innerText()).toBe('Visit frequency');
      expect(await frame.locator('.embed-caption').innerText()).toBe('Sector: Energy');
      expect(await frame.locator('.embed-source').innerText()).toMatch(/^Source: .+ sources · /);
      const back = frame.getByRole('link', { name: 'Open in the full dashboard' });
      const href = new URL((await back.getAttribute('href')) ?? '', baseUrl);
      expect(href.origin).toBe(baseUrl);
      expect(href.pathname).toBe('/');
      expect(href.searchParams.get('sector')).toBe('energy');
      expect(await back.getAttribute('target')).toBe('_blank');
      expect(await back.getAttribute('rel')).toBe('noopener');
    } finally {
      await context.close();
    }
  });

  it('sends frame-ancestors * for embed.html and frame-ancestors self for the dashboard', async () => {
    const embed = await fetch(EMBED);
    const csp = embed.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('frame-ancestors *');
    expect(csp).toContain("script-src 'self'");
    const dashboard = await fetch(`${baseUrl}/`);
    const dashboardCsp = dashboard.headers.get('content-security-policy') ?? '';
    expect(dashboardCsp).toContain("frame-ancestors 'self'");
    expect(dashboardCsp).not.toContain('frame-ancestors *');
    // The page carries the same meta policy as the dashboard.
    expect(await embed.text()).toContain(`http-equiv="Content-Security-Policy"`);
  });

  it('refuses to let another origin frame the dashboard', async () => {
    const { context, page } = await openHost('/dashboard.html');
    try {
      const frame = page.frames().find((f) => f !== page.mainFrame());
      expect(frame).toBeDefined();
      // Give a framed dashboard the time it would need to start, then look inside.
      await page.waitForTimeout(2000);
      const inside = await frame!
        .evaluate(() => ({
          views: document.querySelectorAll('[data-view]').length,
          live: document.documentElement.dataset.app ?? null,
        }))
        .catch(() => ({ views: 0, live: null }));
      expect(inside).toEqual({ views: 0, live: null });
    } finally {
      await context.close();
    }
  });
});

describe('embed.html read on its own', () => {
  it('names an unknown chart instead of showing a blank page', async () => {
    const { context, page } = await openHost('/');
    try {
      await page.goto(`${baseUrl}/embed.html?view=%3Cscript%3E&sector=%00%ff&from=abc`);
      const heading = page.getByRole('heading', { level: 1 });
      expect(await heading.innerText()).toBe('Chart not found');
      expect(await page.locator('main').innerText()).toContain('There is no chart “<script>”.');
    } finally {
      await context.close();
    }
  });

  it('follows the dark colour scheme', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    try {
      await page.goto(`${baseUrl}/embed.html?view=people-involved`);
      await page.locator('.people-row').first().waitFor();
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
      expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(3 * 80);
    } finally {
      await context.close();
    }
  });
});

describe('the Embed action on the dashboard', () => {
  it('shows a snippet with the current filters after ticking a sector', async () => {
    const { context, page } = await openPage(browser, '/');
    try {
      await page.getByRole('checkbox', { name: /^Energy/ }).check();
      await expect.poll(() => new URL(page.url()).searchParams.get('sector')).toBe('energy');
      const visits = page.getByRole('region', { name: 'Visit frequency', exact: true });
      await visits.getByRole('button', { name: 'Embed' }).click();
      const box = visits.getByRole('textbox', { name: /Paste this into your page/ });
      // The views follow the filter bar a moment later (a deferred value).
      await expect.poll(() => box.inputValue(), { timeout: 8000 }).toContain('sector=energy');
      const snippet = await box.inputValue();
      expect(snippet).toMatch(/^<iframe src="[^"]+" title="Visit frequency"/);
      const src = new URL(snippet.match(/src="([^"]+)"/)?.[1]?.replace(/&amp;/g, '&') ?? '');
      expect(src.origin).toBe(baseUrl);
      expect(src.pathname).toBe('/embed.html');
      expect(src.searchParams.get('view')).toBe('visit-frequency');
      expect(src.searchParams.get('sector')).toBe('energy');
      expect(snippet).toContain('loading="lazy"');
      expect(await box.getAttribute('readonly')).not.toBeNull();
      await page.keyboard.press('Escape');
      expect(await box.count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
