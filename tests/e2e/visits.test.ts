// Visit frequency in Chromium over the shipped record: one click or tap selects a year, the
// selection is one year's mark, Enter toggles, no dead space under the chart and no axis text
// cut off on the dashboard or the slide.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, type Browser, type Page, waitForApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FULL_HD = { width: 1920, height: 1080 };
const LAPTOP = { width: 1366, height: 768 };

const panelOf = (page: Page) => page.getByRole('region', { name: 'Visit frequency', exact: true });

async function chartReady(page: Page) {
  // The baked bars give way to the live chart once the pointer reaches them.
  await panelOf(page).locator('.visits-chart').hover();
  await panelOf(page).locator('.recharts-bar-rectangle path').first().waitFor();
  // A tap or click lands only on what is on screen.
  await panelOf(page).locator('.visits-chart').scrollIntoViewIfNeeded();
}

/** The year filter in the URL, or null without one. */
function yearInUrl(page: Page): { from: string | null; to: string | null } {
  const params = new URL(page.url()).searchParams;
  return { from: params.get('from'), to: params.get('to') };
}

/** The middle of the tallest bar segment of a year, found from its label under the axis. */
async function barOf(page: Page, year: number): Promise<{ x: number; y: number }> {
  const point = await panelOf(page).evaluate((panel, y) => {
    const label = [...panel.querySelectorAll('svg text.visits-year-tick')].find(
      (t) => t.textContent === String(y),
    );
    if (!label) return null;
    const l = label.getBoundingClientRect();
    const cx = l.left + l.width / 2;
    // Every bar of the year stands over its label; take the one nearest the label's middle.
    const bars = [...panel.querySelectorAll('.recharts-bar-rectangle path')]
      .map((p) => p.getBoundingClientRect())
      .filter((b) => b.height > 4 && Math.abs(b.left + b.width / 2 - cx) < 40)
      .sort((a, b) => Math.abs(a.left + a.width / 2 - cx) - Math.abs(b.left + b.width / 2 - cx));
    const bar = bars[0];
    return bar ? { x: bar.left + bar.width / 2, y: bar.top + bar.height / 2 } : null;
  }, year);
  if (!point) throw new Error(`no bar drawn for ${year}`);
  return point;
}

/** Text of the chart's svg that reaches outside the svg (or the slide), with how far. */
async function clippedAxisText(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('.visits-chart svg.recharts-surface');
    if (!svg) return ['no chart'];
    const s = svg.getBoundingClientRect();
    const view = { right: window.innerWidth };
    const out: string[] = [];
    for (const t of svg.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      if (!t.textContent || r.width === 0) continue;
      const over = Math.max(s.left - r.left, s.top - r.top, r.right - s.right, r.bottom - s.bottom);
      const offScreen = r.left < 0 || r.right > view.right;
      if (over > 0.5 || offScreen) out.push(`${t.textContent} (${over.toFixed(1)} px)`);
    }
    return out;
  });
}

describe('Visit frequency: choosing a year', () => {
  it('selects the year with one mouse click on a bar, and marks that year alone', async () => {
    const { context, page } = await openPage(browser, '/', { viewport: FULL_HD });
    try {
      await chartReady(page);
      const bar = await barOf(page, 2011);
      await page.mouse.click(bar.x, bar.y);
      await expect.poll(() => yearInUrl(page)).toEqual({ from: '2011', to: '2011' });
      await page.mouse.move(5, 5);
      const band = panelOf(page).locator('.visits-selected-band');
      await expect.poll(() => band.count()).toBe(1);
      // One mark for the selection, over the clicked year's band only.
      const marks = await panelOf(page).evaluate((panel) => {
        const years = [...panel.querySelectorAll('svg text.visits-year-tick')].map((t) => {
          const r = t.getBoundingClientRect();
          return { year: Number(t.textContent), x: r.left + r.width / 2 };
        });
        const bands = [...panel.querySelectorAll('.visits-selected-band')].map((b) =>
          b.getBoundingClientRect(),
        );
        // A ring Chrome draws around a focused part of the chart counts as a mark too.
        const focused = document.activeElement;
        const ring =
          focused && panel.contains(focused) && getComputedStyle(focused).outlineStyle !== 'none'
            ? focused.getBoundingClientRect()
            : null;
        return { years, bands, ring };
      });
      expect(marks.ring).toBeNull();
      expect(marks.bands).toHaveLength(1);
      const box = marks.bands[0]!;
      expect(box.left).toBeLessThan(bar.x);
      expect(box.right).toBeGreaterThan(bar.x);
      const covered = marks.years.filter((y) => y.x > box.left && y.x < box.right);
      expect(covered.map((y) => y.year)).toEqual([2011]);
      // The summary says what is selected.
      await expect
        .poll(() => panelOf(page).locator('.visits-summary').textContent())
        .toContain('Selected (2011)');
      // A second click clears it.
      await page.mouse.click(bar.x, bar.y);
      await expect.poll(() => yearInUrl(page)).toEqual({ from: null, to: null });
    } finally {
      await context.close();
    }
  });

  it('selects the year with one tap on a touch screen', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      hasTouch: true,
      reducedMotion: 'reduce',
    });
    try {
      const page = await context.newPage();
      await page.goto(inject('baseUrl') + '/', { waitUntil: 'load' });
      await waitForApp(page);
      await chartReady(page);
      const bar = await barOf(page, 2023);
      await page.touchscreen.tap(bar.x, bar.y);
      await expect.poll(() => yearInUrl(page)).toEqual({ from: '2023', to: '2023' });
    } finally {
      await context.close();
    }
  });

  it('toggles the focused year with Enter, as the tooltip says', async () => {
    const { context, page } = await openPage(browser, '/', { viewport: FULL_HD });
    try {
      await chartReady(page);
      await panelOf(page).getByRole('application').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const tooltip = panelOf(page).locator('.visits-tooltip');
      await expect.poll(() => tooltip.locator('.visits-tooltip-title').textContent()).toBe('1993');
      await page.keyboard.press('Enter');
      await expect.poll(() => yearInUrl(page)).toEqual({ from: '1993', to: '1993' });
      await expect
        .poll(() => tooltip.textContent())
        .toContain('Click or press Enter to clear the year filter');
      await page.keyboard.press('Enter');
      await expect.poll(() => yearInUrl(page)).toEqual({ from: null, to: null });
    } finally {
      await context.close();
    }
  });
});

describe('Visit frequency: layout', () => {
  it('leaves no dead space under the chart at 1920×1080', async () => {
    const { context, page } = await openPage(browser, '/', { viewport: FULL_HD });
    try {
      await chartReady(page);
      const gaps = await panelOf(page).evaluate((panel) => {
        const bottomOf = (els: Element[]) =>
          Math.max(...els.map((e) => e.getBoundingClientRect().bottom));
        const svg = panel.querySelector('.visits-chart svg.recharts-surface')!;
        const texts = [...panel.querySelectorAll('*')].filter(
          (e) =>
            e.getClientRects().length > 0 &&
            [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== ''),
        );
        const panelBottom = panel.getBoundingClientRect().bottom;
        const chartTextBottom = bottomOf([...svg.querySelectorAll('text')]);
        return {
          underChart: Math.round(svg.getBoundingClientRect().bottom - chartTextBottom),
          underText: Math.round(panelBottom - bottomOf(texts)),
        };
      });
      // The year labels end the chart, the notes follow, then only the panel's own padding.
      expect(gaps.underChart).toBeLessThanOrEqual(12);
      expect(gaps.underText).toBeLessThanOrEqual(28);
    } finally {
      await context.close();
    }
  });

  for (const viewport of [LAPTOP, FULL_HD]) {
    const size = `${viewport.width}×${viewport.height}`;
    it(`cuts no axis text on the slide at ${size}`, async () => {
      const { context, page } = await openPage(browser, '/?present=1&slide=visit-frequency', {
        viewport,
      });
      try {
        await chartReady(page);
        expect(await clippedAxisText(page)).toEqual([]);
        // The axis title reads whole: "Trips & meetings", not "Irips & meetings".
        const title = page.locator('.visits-chart .visits-axis-label');
        expect(await title.textContent()).toBe('Trips & meetings');
      } finally {
        await context.close();
      }
    });

    it(`cuts no axis text on the dashboard at ${size}`, async () => {
      const { context, page } = await openPage(browser, '/', { viewport });
      try {
        await chartReady(page);
        expect(await clippedAxisText(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
