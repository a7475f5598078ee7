import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDashboard } from '../../src/model/dashboard';
import { emptyFilters } from '../../src/model/filters';
import { mapSpec } from '../../src/model/map-spec';
import { launchBrowser, openPage, wakeAllViews, type Browser } from './support/browser';
import { shippedIndex } from './support/expected';

// Where they meet, in Chromium on the full shipped record: markers, the place filter by click
// and by keyboard, and the SVG download.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const filters = emptyFilters();
const spec = mapSpec(shippedIndex, computeDashboard(shippedIndex, filters), filters, {
  title: 'Where they meet',
});
const venue = (key: string) => spec.venues.find((v) => v.key === key)!;

describe('Where they meet', () => {
  it('shows Baku and Belgrade with their counts; a click and Enter toggle place=', async () => {
    const { page, context, pageErrors } = await openPage(browser, '/');
    await wakeAllViews(page);
    const map = page.locator('#view-where-they-meet');
    const baku = map.getByRole('button', { name: venue('baku').name });
    await baku.waitFor();
    await expect(map.getByRole('button', { name: venue('belgrade').name }).count()).resolves.toBe(
      1,
    );
    await baku.click();
    await page.waitForURL(/[?&]place=baku/);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.search.includes('place='));
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('downloads an SVG with the markers and the legend', async () => {
    const { page, context } = await openPage(browser, '/');
    await wakeAllViews(page);
    const map = page.locator('#view-where-they-meet');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      map.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += String(chunk);
    expect(download.suggestedFilename()).toMatch(/^az-rs-where-they-meet.*\.svg$/);
    expect(text).toContain('data-place="baku"');
    expect(text).toContain('Third country');
    expect(text).toContain('Belgrade');
    await context.close();
  });
});
