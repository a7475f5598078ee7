import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDashboard } from '../../src/model/dashboard';
import { emptyFilters, type Filters } from '../../src/model/filters';
import { launchBrowser, openPage, type Browser, wakeAllViews } from './support/browser';
import { expected, shippedIndex } from './support/expected';
import { pdfPages, squeeze } from './support/pdf-text';

/** Words meant for a screen, which mean nothing on paper. */
const INSTRUCTIONS = [
  'Click a person to filter',
  'Click an area to filter',
  'Click a sector to filter',
  'Use the arrow keys',
  'hover a marker',
  'Show all',
  'View as table',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function printed(path: string): Promise<string> {
  const { context, page } = await openPage(browser, path, {
    viewport: { width: 1366, height: 768 },
  });
  try {
    await page.getByRole('region', { name: 'Visit frequency' }).locator('svg').first().waitFor();
    // The baked page reads at once, but prints every engagement only once its views have
    // hydrated: after the reader's first move, or a few idle seconds.
    await wakeAllViews(page);
    await page.waitForLoadState('networkidle');
    const pdf = await page.pdf({ landscape: true, format: 'A4', printBackground: false });
    return (await pdfPages(pdf)).join('\n');
  } finally {
    await context.close();
  }
}

function check(text: string, filters: Partial<Filters>) {
  const flat = squeeze(text);
  const want = expected(filters);
  const missingTitles = want.titles.filter((t) => !flat.includes(squeeze(t)));
  expect(missingTitles, 'engagement titles missing from the printout').toEqual([]);
  const f = { ...emptyFilters(), ...filters };
  const people = computeDashboard(shippedIndex, f).people.map((p) => p.name);
  expect(
    people.filter((name) => !flat.includes(squeeze(name))),
    'people missing',
  ).toEqual([]);
  const sectors = shippedIndex.sectors.map((s) => s.label);
  expect(
    sectors.filter((label) => !flat.includes(squeeze(label))),
    'sectors missing',
  ).toEqual([]);
  const shown = INSTRUCTIONS.filter((words) =>
    flat.toLowerCase().includes(squeeze(words).toLowerCase()),
  );
  expect(shown, 'on-screen instructions on paper').toEqual([]);
}

describe('the printed report (Ctrl+P)', () => {
  it('lists every filtered engagement, person and sector, and no screen instruction', async () => {
    const filters = { sectors: ['energy'] };
    const text = await printed('/?sector=energy');
    expect(squeeze(text)).toContain(squeeze('Filters: Sector: Energy'));
    check(text, filters);
  });

  it('draws the visit chart across the page, inside its panel, with its controls left out', async () => {
    const { context, page } = await openPage(browser, '/?sector=energy', {
      viewport: { width: 1366, height: 768 },
    });
    try {
      const panel = page.getByRole('region', { name: 'Visit frequency' });
      await panel.locator('svg').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      const chart = (await panel.locator('.visits-chart').boundingBox())!;
      const own = (await panel.boundingBox())!;
      const notes = (await panel.getByText(/^A trip is one journey abroad/).boundingBox())!;
      expect(chart.width / own.width).toBeGreaterThan(0.9);
      // A chart, not a collapsed box: it keeps a picture's height on paper.
      expect(chart.height).toBeGreaterThan(200);
      // The chart stays above the notes under it: nothing overlaps on paper.
      expect(chart.y + chart.height).toBeLessThanOrEqual(notes.y + 1);
      expect(await panel.getByText('Show contacts without travel').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('holds the whole record when nothing is filtered', async () => {
    check(await printed('/'), {});
  });
});
