import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected } from './support/expected';
import { launchBrowser, openPage, type Browser } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built app', () => {
  it('opens the default dataset and shows its title and counts', async () => {
    const { context, page, pageErrors, consoleErrors } = await openPage(browser, '/');
    try {
      expect(await page.title()).toContain('Bilateral');
      await page.getByRole('heading', { level: 1, name: 'Azerbaijan–Serbia relations' }).waitFor();
      // The header states the coverage in words, and never claims completeness.
      const { engagements } = expected();
      await expect
        .poll(() => page.getByTestId('coverage-line').textContent())
        .toBe(
          `1991–2026 · ${engagements.toLocaleString('en-GB')} engagements · from public reporting, not exhaustive`,
        );
      const about = page.getByRole('region', { name: 'About this data' });
      // The foot of the page is laid out only near the screen: go to it, as a reader would,
      // and again if views hydrating above it (the map's basemap) push it away meanwhile.
      await expect
        .poll(async () => {
          await about.scrollIntoViewIfNeeded();
          return about.innerText();
        })
        .toMatch(/Not exhaustive/);
      expect(
        await about.getByRole('link', { name: 'read the methodology' }).getAttribute('href'),
      ).toBe('methodology.html');
      expect(pageErrors).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('serves the methodology the app links to, as a page without scripts', async () => {
    const { context, page } = await openPage(browser, '/');
    try {
      await page.getByRole('link', { name: 'read the methodology' }).click();
      await page.getByRole('heading', { level: 1, name: /Methodology/ }).waitFor();
      const text = await page.locator('main').innerText();
      for (const heading of [
        'What counts as an engagement',
        'Level',
        'Direction',
        'Trips',
        'Dates',
        'Places',
        'Sources and conflicts',
        'How to add an engagement',
      ]) {
        expect(text).toContain(heading);
      }
      expect(await page.locator('script').count()).toBe(0);
      await page.getByRole('link', { name: /Back to the dashboard/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Azerbaijan–Serbia relations' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('sends the Content-Security-Policy header without unsafe-inline scripts', async () => {
    const { context, page } = await openPage(browser, '/');
    try {
      const response = await page.request.get(page.url());
      const csp = response.headers()['content-security-policy'] ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    } finally {
      await context.close();
    }
  });
});
