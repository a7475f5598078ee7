// People involved and Events as a reader meets them: on paper, on a phone, beside each other
// on a wide screen, as a table and on a slide. Expected figures come from the model on the
// shipped record (support/expected.ts), so the growing record does not break them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openPage,
  region,
  type Browser,
  type Page,
  wakeAllViews,
} from './support/browser';
import { expected, shippedIndex } from './support/expected';
import { pdfPages, squeeze } from './support/pdf-text';
import { computeDashboard } from '../../src/model/dashboard';
import { emptyFilters, type Filters } from '../../src/model/filters';
import { peopleChartSpec } from '../../src/model/people-chart-spec';
import { eventParticipants } from '../../src/model/events-view';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const eventRows = (page: Page) =>
  region(page, 'Events')
    .getByRole('list', { name: /^Engagements,/ })
    .locator(':scope > li');

async function ready(page: Page) {
  await wakeAllViews(page);
  await region(page, 'People involved')
    .getByRole('list', { name: 'People by engagements' })
    .waitFor();
  await region(page, 'Events').locator('article').first().waitFor();
}

/** All the text of a PDF, its spaces and line breaks taken out so wrapped lines still match. */
const pdfText = async (pdf: Uint8Array) => squeeze((await pdfPages(pdf)).join(''));

/** The whole record's Events as a table, on a screen of the given size. */
async function openTable(width: number, height: number) {
  const opened = await openPage(browser, '/', { viewport: { width, height } });
  await ready(opened.page);
  await region(opened.page, 'Events').getByRole('button', { name: 'View as table' }).click();
  const table = region(opened.page, 'Events').getByRole('table');
  await table.waitFor();
  return { ...opened, table };
}

function filtersOf(f: Partial<Filters>): Filters {
  return { ...emptyFilters(), ...f };
}

describe('People involved and Events in Chromium', { timeout: 120_000 }, () => {
  it('prints every filtered engagement, participants by name, and the ranking, without instructions', async () => {
    const filters = filtersOf({ sectors: ['energy'] });
    const want = expected(filters);
    expect(want.titles.length).toBeGreaterThan(20);
    const { context, page, pageErrors } = await openPage(browser, '/?sector=energy');
    try {
      await ready(page);
      // On screen the list shows its first page only.
      expect(await eventRows(page).count()).toBeLessThan(want.titles.length);
      const text = await pdfText(await page.pdf({ format: 'A4', landscape: true }));
      for (const title of want.titles) expect(text, title).toContain(squeeze(title));
      // Each participant prints with the name before the role ("Name — Role").
      const data = computeDashboard(shippedIndex, filters);
      const first = shippedIndex.events.find((e) => e.title === want.titles[0])!;
      for (const p of eventParticipants(shippedIndex, first)) {
        expect(text).toContain(squeeze(`${p.name} — ${p.role}`));
      }
      // The ranking: every name shown on screen, its role and its count, in rank order.
      const spec = peopleChartSpec(shippedIndex, data, filters, { title: 'People involved' });
      let from = text.indexOf('Peopleinvolved');
      for (const row of spec.rows) {
        const at = text.indexOf(squeeze(`${row.name}${row.country}`), from);
        expect(at, row.name).toBeGreaterThan(from);
        expect(text.slice(at, at + 200)).toContain(squeeze(`${row.role}${row.countLabel}`));
        from = at;
      }
      for (const instruction of [
        'Click a person to filter',
        'Select a person to see',
        'Show 20 more',
      ]) {
        expect(text).not.toContain(squeeze(instruction));
      }
      // After printing, the page is back to its first page of engagements.
      await expect.poll(() => eventRows(page).count()).toBe(20);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('prints the ranking as names, counts and coloured bars', async () => {
    const { context, page } = await openPage(browser, '/');
    try {
      await ready(page);
      await page.emulateMedia({ media: 'print' });
      const rows = region(page, 'People involved').locator('.people-row');
      expect(await rows.count()).toBe(15);
      for (const row of await rows.all()) {
        for (const part of ['.people-name', '.people-role', '.people-count', '.people-bar']) {
          const box = await row.locator(part).boundingBox();
          expect(box?.width ?? 0, part).toBeGreaterThan(2);
          expect(box?.height ?? 0, part).toBeGreaterThan(5);
        }
      }
      const bar = rows.first().locator('.people-bar');
      expect(await bar.evaluate((el) => getComputedStyle(el).printColorAdjust)).toBe('exact');
    } finally {
      await context.close();
    }
  });

  it('on a phone, the lists grow with the page and "Show more" adds engagements', async () => {
    const { context, page } = await openPage(browser, '/', {
      viewport: { width: 390, height: 844 },
    });
    try {
      await ready(page);
      const all = expected();
      expect(await eventRows(page).count()).toBe(20);
      // No box scrolls inside the page: the list and the ranking are as tall as their rows.
      for (const list of [
        region(page, 'Events').getByRole('list', { name: /^Engagements,/ }),
        region(page, 'People involved').getByRole('list', { name: 'People by engagements' }),
      ]) {
        const nested = await list.evaluate((el) => {
          for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
            const { overflowY } = getComputedStyle(n);
            if (/auto|scroll/.test(overflowY) && n.scrollHeight > n.clientHeight + 1) return true;
          }
          return false;
        });
        expect(nested).toBe(false);
      }
      // Several engagements one after another, the third starting within two screens.
      const tops = await eventRows(page).evaluateAll((lis) =>
        lis.slice(0, 3).map((li) => li.getBoundingClientRect().top + window.scrollY),
      );
      const listTop = tops[0]!;
      expect(tops[2]! - listTop).toBeLessThan(2 * 844);
      expect(tops[1]!).toBeGreaterThan(listTop);
      const more = region(page, 'Events').getByRole('button', { name: 'Show 20 more' });
      await expect
        .poll(() => region(page, 'Events').getByText(`Showing 20 of ${all.eventsLine}.`).count())
        .toBe(1);
      await more.click();
      expect(await eventRows(page).count()).toBe(40);
      const focused = await page.evaluate(() =>
        document.activeElement?.getAttribute('aria-posinset'),
      );
      expect(focused).toBe('21');
      // The text, not innerText: rows off screen are not laid out yet (content-visibility).
      const titles = await eventRows(page).locator('article h3').allTextContents();
      expect(titles).toEqual(all.titles.slice(0, 40));
    } finally {
      await context.close();
    }
  });

  it('side by side on a wide screen, one engagement leaves no tall empty panels', async () => {
    // A search that finds exactly one engagement, with people in it: its own title.
    const q = shippedIndex.events
      .filter((e) => e.participants.length >= 2)
      .map((e) => e.title)
      .find((title) => expected({ q: title }).titles.length === 1)!;
    const { context, page } = await openPage(browser, `/?q=${encodeURIComponent(q)}`, {
      viewport: { width: 1920, height: 1080 },
    });
    try {
      await ready(page);
      expect(await eventRows(page).count()).toBe(1);
      const below = async (name: string, last: string) => {
        const panel = (await region(page, name).boundingBox())!;
        const content = (await region(page, name).locator(last).last().boundingBox())!;
        return panel.y + panel.height - (content.y + content.height);
      };
      // Off screen, a panel keeps a placeholder height (content-visibility: auto) until the
      // reader scrolls to it; measure the two panels as the reader meets them, on screen.
      await region(page, 'People involved').scrollIntoViewIfNeeded();
      // Each panel ends where its last row (or its notes) ends, not hundreds of pixels below.
      await expect.poll(() => below('Events', 'li.events-row')).toBeLessThan(60);
      await expect.poll(() => below('People involved', '.panel-foot')).toBeLessThan(60);
      // The invitation to pick a person is as tall as its words, not a tall empty box.
      const hint = region(page, 'People involved').getByText(/^Select a person/);
      const words = await hint.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getBoundingClientRect().height;
      });
      const box = (await region(page, 'People involved').locator('.people-detail').boundingBox())!;
      expect(box.height - words).toBeLessThan(60);
    } finally {
      await context.close();
    }
  });

  it('"View as table" wraps whole words and needs no sideways scroll on a 1920 px screen', async () => {
    const { context, page, table } = await openTable(1920, 1080);
    try {
      const box = await table.evaluate((t) => {
        const scroller = t.parentElement!;
        return { scroll: scroller.scrollWidth, client: scroller.clientWidth };
      });
      expect(box.scroll).toBeLessThanOrEqual(box.client);
      expect(
        await region(page, 'Events')
          .getByText(/scroll the table sideways/)
          .count(),
      ).toBe(0);
      // No word is split across two lines (a break after a hyphen or a dash is a line break).
      const split = await table.evaluate((t: HTMLTableElement) => {
        const out: string[] = [];
        const walker = document.createTreeWalker(t.tBodies[0]!, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          for (const m of n.data.matchAll(/[^\s\-–—/.]+/g)) {
            const range = document.createRange();
            range.setStart(n, m.index);
            range.setEnd(n, m.index + m[0].length);
            const lines = new Set(
              [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
            );
            if (lines.size > 1) out.push(m[0]);
          }
        }
        return out;
      });
      expect(split).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('on a phone, the table says above it that it scrolls sideways', async () => {
    const { context, page, table } = await openTable(390, 844);
    try {
      const hint = region(page, 'Events').getByText(/scroll the table sideways/);
      await hint.waitFor();
      const tableBox = (await table.boundingBox())!;
      const hintBox = (await hint.boundingBox())!;
      expect(hintBox.y + hintBox.height).toBeLessThanOrEqual(tableBox.y + 1);
      expect(hintBox.y).toBeLessThan(844 * 2);
    } finally {
      await context.close();
    }
  });

  it('a slide writes each role out whole, however long, and keeps its ten rows', async () => {
    // The slide, of all the one-person filters, that shows the longest role.
    const slides = shippedIndex.dataset.people.map((p) => {
      const filters = filtersOf({ people: [p.id] });
      const data = computeDashboard(shippedIndex, filters);
      const spec = peopleChartSpec(shippedIndex, data, filters, {
        title: 'People involved',
        presentation: true,
      });
      return { id: p.id, spec, longest: Math.max(...spec.rows.map((r) => r.role.length)) };
    });
    const { id, spec } = slides.sort((x, y) => y.longest - x.longest)[0]!;
    const longest = spec.rows.map((r) => r.role).sort((x, y) => y.length - x.length)[0]!;
    expect(longest.length).toBeGreaterThan(90);
    const { context, page } = await openPage(
      browser,
      `/?present=1&slide=people-involved&person=${id}`,
      { viewport: { width: 1920, height: 1080 } },
    );
    try {
      const roles = page.locator('.people-role');
      await roles.first().waitFor();
      const shown = await roles.evaluateAll((els) =>
        els.map((el) => ({
          text: el.textContent,
          clipped: el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
        })),
      );
      expect(shown.map((r) => r.text)).toEqual(spec.rows.map((r) => r.role).filter(Boolean));
      expect(shown.filter((r) => r.clipped)).toEqual([]);
      expect(shown.map((r) => r.text)).toContain(longest);
      // The rows still fit the slide above its axis.
      const list = (await page.getByRole('list', { name: 'People by engagements' }).boundingBox())!;
      const axis = (await page.locator('.people-axis').boundingBox())!;
      expect(list.y + list.height).toBeLessThanOrEqual(axis.y + 1);
      const lastRow = (await page.locator('.people-row').last().boundingBox())!;
      expect(lastRow.y + lastRow.height).toBeLessThanOrEqual(list.y + list.height + 1);
    } finally {
      await context.close();
    }
  });
});
