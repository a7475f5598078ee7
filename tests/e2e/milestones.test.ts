// Milestones on Visit frequency in Chromium over the shipped record: the numbered markers on
// the baked and the live chart, the switch and its URL, and the markers in the SVG export.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, region, type Browser, type Page } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The shipped record's eight milestones, numbered by date. */
const ALL = ['1', '2', '3', '4', '5', '6', '7', '8'];

const markers = (page: Page) =>
  region(page, 'Visit frequency').locator('.visits-milestone').allTextContents();

describe('milestones on Visit frequency', { timeout: 60_000 }, () => {
  it('marks every milestone on the baked and the live chart, at the same place', async () => {
    const { context, page } = await openPage(browser, '/', {
      viewport: { width: 1920, height: 1080 },
    });
    try {
      const panel = region(page, 'Visit frequency');
      expect(await markers(page)).toEqual(ALL);
      const before = await panel.locator('.visits-milestone').first().boundingBox();
      await panel.locator('.visits-chart').hover();
      await panel.locator('.recharts-bar-rectangle path').first().waitFor();
      expect(await markers(page)).toEqual(ALL);
      const after = await panel.locator('.visits-milestone').first().boundingBox();
      expect(after).toEqual(before);
      await expect.poll(() => panel.getByRole('heading', { name: 'Milestones' }).count()).toBe(1);
      await expect(panel.locator('.visits-milestone-key li').first().textContent()).resolves.toBe(
        '1 May 2010 Azerbaijani embassy in Belgrade opens',
      );
    } finally {
      await context.close();
    }
  });

  it('the switch hides them and writes milestones=0 to the URL', async () => {
    const { context, page } = await openPage(browser, '/');
    try {
      const panel = region(page, 'Visit frequency');
      await panel.getByRole('checkbox', { name: 'Milestones' }).click();
      await expect.poll(() => markers(page)).toEqual([]);
      expect(new URL(page.url()).searchParams.get('milestones')).toBe('0');
      await page.goBack();
      await expect.poll(() => markers(page)).toEqual(ALL);
    } finally {
      await context.close();
    }
  });

  it('the SVG export draws the markers and lists them', async () => {
    const { context, page } = await openPage(browser, '/');
    try {
      const panel = region(page, 'Visit frequency');
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: 'Download SVG' }).click(),
      ]);
      const svg = await readFile(await file.path(), 'utf8');
      expect(svg.match(/data-milestone-year="\d{4}"/g)).toHaveLength(8);
      expect(svg).toContain('Milestone (numbered)');
      expect(svg).toContain('Strategic partnership declaration');
    } finally {
      await context.close();
    }
  });
});
