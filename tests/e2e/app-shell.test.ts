import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
      await expect
        .poll(() => page.locator('.app-meta').textContent())
        .toContain('2020–2024 · 16 engagements · 7 visits · 14 people · 9 sources');
      expect(pageErrors).toEqual([]);
      expect(consoleErrors).toEqual([]);
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
