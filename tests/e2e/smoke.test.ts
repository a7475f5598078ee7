// TEMPORARY smoke test: the lead will replace it with the real end-to-end suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type Browser } from './support/browser';

describe('smoke', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('serves the app with its title', async () => {
    const { context, page, pageErrors, consoleErrors } = await openPage(browser, '/');
    try {
      expect(await page.title()).toContain('Bilateral');
      expect(pageErrors).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
