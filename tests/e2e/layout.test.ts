import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type Browser } from './support/browser';

/** Phones, a tablet, a small laptop, a common projector, a laptop and a desktop screen. */
const SCREENS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 900, height: 700 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('the page at common widths, with the full record', () => {
  for (const path of ['/', '/?sector=energy&from=2020&to=2024']) {
    it(`cannot be dragged sideways at any width (${path})`, async () => {
      const wide: string[] = [];
      for (const viewport of SCREENS) {
        const { context, page } = await openPage(browser, path, { viewport });
        try {
          await page
            .getByRole('region', { name: 'Visit frequency' })
            .locator('svg')
            .first()
            .waitFor();
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          if (overflow > 0) wide.push(`${viewport.width}px: ${overflow}px too wide`);
        } finally {
          await context.close();
        }
      }
      expect(wide).toEqual([]);
    });
  }
});
