import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDashboard } from '../../src/model/dashboard';
import { contrastRatio } from '../../src/model/colors';
import { emptyFilters, type Filters } from '../../src/model/filters';
import { launchBrowser, openPage, type Browser, type Page } from './support/browser';
import { shippedIndex } from './support/expected';

// The sector × year heatmap in Chromium, on the full shipped record: on paper, on a phone,
// for one year, in the dark theme, under a sector filter and on its slide.

const TITLE = 'Cooperation by sector and year';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const region = (page: Page) => page.getByRole('region', { name: TITLE, exact: true });

function matrix(filters: Partial<Filters> = {}) {
  return computeDashboard(shippedIndex, { ...emptyFilters(), ...filters }).sectors;
}

/** The years in which some sector had an engagement. */
function yearsWithData(filters: Partial<Filters> = {}): number[] {
  const m = matrix(filters);
  return m.years.filter((_, j) => m.rows.some((r) => r.counts[j]! > 0));
}

/** `rgb(r, g, b)` (what getComputedStyle gives) as `#rrggbb`. */
function hex(rgb: string): string {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return `#${[r, g, b]
    .map((v) =>
      Math.round(v ?? 0)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

interface DrawnCell {
  text: string;
  color: string;
  background: string;
  border: string;
  borderStyle: string;
  boxShadow: string;
  outline: string;
  right: number;
}

/** What each count cell of the grid shows: its text, colours, borders and right edge. */
async function cells(page: Page, selector = '.sectors-grid td'): Promise<DrawnCell[]> {
  return page.locator(selector).evaluateAll((tds) =>
    tds.map((td) => {
      const cs = getComputedStyle(td);
      return {
        text: td.textContent ?? '',
        color: cs.color,
        background: cs.backgroundColor,
        border: cs.borderTopColor,
        borderStyle: cs.borderTopStyle,
        boxShadow: cs.boxShadow,
        outline: cs.outlineStyle,
        right: td.getBoundingClientRect().right,
      };
    }),
  );
}

async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe('the heatmap on paper', () => {
  it('prints every sector name and the Total column, with counts legible without shades', async () => {
    // A4 landscape less its margins, as the print stylesheet lays the page out.
    const { context, page } = await openPage(browser, '/', {
      viewport: { width: 1047, height: 740 },
      colorScheme: 'dark',
    });
    try {
      await region(page).locator('.sectors-grid').waitFor();
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const text = await region(page).innerText();
      for (const s of shippedIndex.sectors) expect(text).toContain(s.label);
      expect(text).toContain('Total');
      for (const words of ['Click a sector', 'Use the arrow keys', 'View as table']) {
        expect(text).not.toContain(words);
      }
      // Nothing is cut off at the right: the Total column is inside the panel.
      const panel = await region(page).boundingBox();
      const drawn = await cells(page);
      const rows = matrix().rows;
      expect(drawn).toHaveLength(rows.length * (matrix().years.length + 1));
      for (const c of drawn) expect(c.right).toBeLessThanOrEqual(panel!.x + panel!.width);
      const totals = await page.locator('.sectors-total').allInnerTexts();
      expect(totals).toEqual(rows.map((r) => String(r.total)));
      // Without background colours the paper is white: black digits in a visible border.
      for (const c of drawn.filter((c) => /^\d+$/.test(c.text) && c.text !== '0')) {
        expect(contrastRatio(hex(c.color), '#ffffff')).toBeGreaterThanOrEqual(4.5);
      }
      const counted = await cells(page, '.sectors-grid td.has-fill');
      expect(counted.length).toBeGreaterThan(100);
      for (const c of counted) {
        expect(c.borderStyle).toBe('solid');
        expect(contrastRatio(hex(c.border), '#ffffff')).toBeGreaterThanOrEqual(3);
      }
    } finally {
      await context.close();
    }
  });
});

describe('the heatmap on a phone', () => {
  it.each([
    [390, 844],
    [320, 640],
  ])('shows every year with data without sideways scrolling at %i px', async (width, height) => {
    const { context, page } = await openPage(browser, '/', { viewport: { width, height } });
    try {
      // Below the first chart a view is laid out and hydrated only near the screen: go to
      // it, as a reader would.
      await region(page).scrollIntoViewIfNeeded();
      const list = region(page).getByRole('list', { name: TITLE });
      await list.waitFor();
      await list.scrollIntoViewIfNeeded();
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      const years = await list.locator('.sectors-item-year').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { year: Number(el.textContent), left: r.left, right: r.right };
        }),
      );
      const shown = [...new Set(years.map((y) => y.year))].sort();
      expect(shown).toEqual(yearsWithData());
      for (const y of years) {
        expect(y.left).toBeGreaterThanOrEqual(0);
        expect(y.right).toBeLessThanOrEqual(width);
      }
      // Each sector with its total, in the grid's order.
      const totals = await list.locator('.sectors-item-total').allInnerTexts();
      expect(totals).toEqual(matrix().rows.map((r) => `Total ${r.total}`));
      // The shade key wraps whole keys, never a key's own label.
      const keys = await region(page)
        .locator('.sectors-legend-swatch')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
      for (const h of keys) expect(h).toBeLessThan(30);
      // The table stays on offer.
      await region(page).getByRole('button', { name: 'View as table' }).click();
      await region(page).getByRole('table').waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('the heatmap for one year', () => {
  it('fills the panel with bars as long as their counts', async () => {
    const { context, page } = await openPage(browser, '/?from=2024&to=2024');
    try {
      const grid = region(page).getByRole('grid', { name: TITLE });
      await grid.waitFor();
      const panel = (await region(page).boundingBox())!;
      const table = (await grid.boundingBox())!;
      expect(table.width).toBeGreaterThan(panel.width * 0.85);
      const bars = await grid.locator('td.has-fill').evaluateAll((tds) =>
        tds.map((td) => ({
          count: Number(td.textContent),
          width: td.querySelector('.sectors-bar')!.getBoundingClientRect().width,
          cell: td.getBoundingClientRect().width,
        })),
      );
      expect(bars.length).toBeGreaterThan(5);
      const top = bars.reduce((a, b) => (b.count > a.count ? b : a));
      expect(top.width).toBeGreaterThan(top.cell * 0.7);
      for (const b of bars) {
        expect(b.width / top.width).toBeCloseTo(b.count / top.count, 1);
      }
    } finally {
      await context.close();
    }
  });
});

describe('the heatmap in the dark theme', () => {
  it('makes larger counts stand out more, and keeps swatches and counts legible', async () => {
    const { context, page } = await openPage(browser, '/', { colorScheme: 'dark' });
    try {
      await region(page).locator('.sectors-grid').waitFor();
      const surface = hex(
        await region(page).evaluate((el) => getComputedStyle(el).backgroundColor),
      );
      const drawn = (await cells(page, '.sectors-grid td.has-fill')).map((c) => ({
        count: Number(c.text),
        fill: hex(c.background),
        text: hex(c.color),
      }));
      const max = Math.max(...drawn.map((c) => c.count));
      const ones = drawn.filter((c) => c.count === 1);
      const most = drawn.filter((c) => c.count === max);
      expect(ones.length).toBeGreaterThan(0);
      expect(contrastRatio(most[0]!.fill, surface)).toBeGreaterThan(
        contrastRatio(ones[0]!.fill, surface) + 2,
      );
      for (const c of drawn) expect(contrastRatio(c.fill, c.text)).toBeGreaterThanOrEqual(4.5);
      const swatches = await region(page)
        .locator('.sectors-grid .sectors-label .swatch')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
      expect(swatches).toHaveLength(shippedIndex.sectors.length);
      for (const s of swatches) expect(contrastRatio(hex(s), surface)).toBeGreaterThanOrEqual(3);
    } finally {
      await context.close();
    }
  });
});

describe('the heatmap under a sector filter', () => {
  async function checkFiltered(page: Page) {
    const rows = page.locator('.sectors-grid tbody tr');
    const selected = page.locator('.sectors-grid tbody tr.is-selected');
    expect(await selected.count()).toBe(1);
    expect(await selected.evaluate((tr) => getComputedStyle(tr).outlineStyle)).toBe('solid');
    // No cell is outlined as if picked on its own, empty ones least of all.
    for (const c of await cells(page, '.sectors-grid td')) {
      expect(c.boxShadow).toBe('none');
      expect(c.outline).toBe('none');
    }
    // The rows left out stay readable: counts 4.5:1 on their paler shades.
    const dimmed = await cells(page, '.sectors-grid tr.is-dimmed td.has-fill');
    expect(dimmed.length).toBeGreaterThan(50);
    for (const c of dimmed) {
      expect(contrastRatio(hex(c.background), hex(c.color))).toBeGreaterThanOrEqual(4.5);
    }
    expect(await rows.count()).toBe(shippedIndex.sectors.length);
  }

  it.each(['light', 'dark'] as const)(
    'outlines only the selected row and keeps the others readable (%s)',
    async (colorScheme) => {
      const { context, page } = await openPage(browser, '/?sector=energy', { colorScheme });
      try {
        await region(page).locator('.sectors-grid').waitFor();
        await checkFiltered(page);
      } finally {
        await context.close();
      }
    },
  );

  it('does the same on its slide', async () => {
    const { context, page } = await openPage(
      browser,
      '/?sector=energy&present=1&slide=cooperation-areas',
      { viewport: { width: 1920, height: 1080 } },
    );
    try {
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await page.locator('.sectors-grid').waitFor();
      await checkFiltered(page);
      // Every sector of the full record is on the slide, none scrolled or cut off below.
      const box = (await page.locator('.sectors-scroll').boundingBox())!;
      const bottoms = await page
        .locator('.sectors-grid tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().bottom));
      for (const b of bottoms) expect(b).toBeLessThanOrEqual(box.y + box.height + 1);
    } finally {
      await context.close();
    }
  });
});
