// Presentation mode and the headline cards in Chromium, on the shipped record (176
// engagements, 1991–2026): what a projector, a laptop and a phone show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type Browser, type Page } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  [320, 700],
  [390, 844],
  [768, 1024],
  [900, 700],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const;
const SLIDES = [
  'headline',
  'visit-frequency',
  'where-they-meet',
  'cooperation-areas',
  'people-involved',
  'timeline',
];

async function withPage(
  path: string,
  viewport: { width: number; height: number },
  body: (page: Page) => Promise<void>,
) {
  const { context, page, pageErrors } = await openPage(browser, path, { viewport });
  try {
    await body(page);
    expect(pageErrors).toEqual([]);
  } finally {
    await context.close();
  }
}

/** Each headline value's and label's text box against its card's inside, and the page width. */
function headlineOverflow(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const card of document.querySelectorAll<HTMLElement>('.headline .stat')) {
      const box = card.getBoundingClientRect();
      const cs = getComputedStyle(card);
      const left = box.left + parseFloat(cs.borderLeftWidth);
      const right = box.right - parseFloat(cs.borderRightWidth);
      for (const el of card.querySelectorAll('dt, dd')) {
        const range = document.createRange();
        range.selectNodeContents(el);
        for (const r of range.getClientRects()) {
          if (
            r.left < left - 0.5 ||
            r.right > right + 0.5 ||
            r.top < box.top ||
            r.bottom > box.bottom
          )
            out.push(`“${el.textContent}” [${r.left}, ${r.right}] outside [${left}, ${right}]`);
        }
        // Cut off: the element itself is narrower than its text.
        if ((el as HTMLElement).scrollWidth > (el as HTMLElement).clientWidth + 1)
          out.push(`“${el.textContent}” is cut off`);
      }
    }
    const wide = document.documentElement.scrollWidth > innerWidth;
    if (wide)
      out.push(
        `the page scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}`,
      );
    return out;
  });
}

describe('headline cards', () => {
  for (const [width, height] of SIZES) {
    for (const query of ['', '?from=2020&to=2024']) {
      it(`every value fits its card at ${width}×${height} ${query || '(full record)'}`, async () => {
        for (const path of [`/${query}`, `/${query ? `${query}&` : '?'}present=1&slide=headline`]) {
          await withPage(path, { width, height }, async (page) => {
            await page.locator('.headline .stat dd').first().waitFor();
            expect(await page.locator('[data-stat="Years covered"] dd').textContent()).toBe(
              query ? '2020–2024' : '1991–2026',
            );
            expect(await headlineOverflow(page), path).toEqual([]);
          });
        }
      });
    }
  }

  it('says what the sectors number counts when a sector filter is on, on the slide and the page', async () => {
    for (const path of ['/?sector=energy&present=1&slide=headline', '/?sector=energy']) {
      await withPage(path, { width: 1366, height: 768 }, async (page) => {
        const label = page.locator('[data-stat="Sectors"] dt');
        await label.waitFor();
        expect(await label.textContent()).toBe('Sectors these engagements cover');
      });
    }
    await withPage('/', { width: 1366, height: 768 }, async (page) => {
      expect(await page.locator('[data-stat="Sectors"] dt').textContent()).toBe('Sectors');
    });
  });
});

/**
 * Text that leaves the slide or is clipped by its nearest overflow-clipping ancestor: every
 * text node's line boxes (Range.getClientRects) and every SVG <text>. Visually hidden text
 * (clipped to a pixel for screen readers) is left out.
 */
function textOutsideSlide(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector('.presentation-slide')!;
    const sb = slide.getBoundingClientRect();
    const clipperOf = (el: Element | null): Element | null => {
      for (let e = el; e && e !== slide.parentElement; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') return e;
      }
      return null;
    };
    const out: string[] = [];
    const check = (what: string, owner: Element, rects: Iterable<DOMRect>) => {
      const clip = clipperOf(owner);
      const cb = clip?.getBoundingClientRect();
      if (cb && (cb.width <= 2 || cb.height <= 2)) return; // visually hidden
      for (const r of rects) {
        if (r.width === 0 && r.height === 0) continue;
        const outside = (b: DOMRect) =>
          r.left < b.left - 1 ||
          r.right > b.right + 1 ||
          r.top < b.top - 1 ||
          r.bottom > b.bottom + 1;
        if (outside(sb)) out.push(`“${what}” leaves the slide`);
        else if (cb && outside(cb))
          out.push(`“${what}” is clipped by .${clip!.getAttribute('class')}`);
      }
    };
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement!;
      if (!n.textContent!.trim() || parent.closest('svg')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      check(n.textContent!.trim().slice(0, 60), parent, range.getClientRects());
    }
    for (const t of slide.querySelectorAll('svg text')) {
      if (!t.textContent!.trim()) continue;
      check(t.textContent!.trim().slice(0, 60), t, [t.getBoundingClientRect()]);
    }
    return out;
  });
}

describe('slides', () => {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    for (const slide of SLIDES) {
      it(`${slide} at ${width}×${height}: no text leaves the slide or is clipped`, async () => {
        await withPage(`/?present=1&slide=${slide}`, { width, height }, async (page) => {
          await page.locator(`[data-slide="${slide}"]`).waitFor();
          await page.locator('.presentation-content > *:not(.chart-placeholder)').first().waitFor();
          // Settled layout: on a loaded machine the chart may still be taking its size.
          await expect.poll(() => textOutsideSlide(page), { timeout: 5000 }).toEqual([]);
        });
      });
    }
  }

  it('shows no hairline at the left and right edges at 1366×768', async () => {
    await withPage('/?present=1&slide=headline', { width: 1366, height: 768 }, async (page) => {
      await page.locator('[data-slide="headline"]').waitFor();
      // One pixel at each edge, and one inside the slide's margin, on the same row: same colour.
      const at = (x: number) => page.screenshot({ clip: { x, y: 400, width: 1, height: 1 } });
      const inside = await at(24);
      expect((await at(0)).equals(inside)).toBe(true);
      expect((await at(1365)).equals(inside)).toBe(true);
    });
  });

  it('Esc gives focus back to the Present button', async () => {
    await withPage('/', { width: 1366, height: 768 }, async (page) => {
      const present = page.getByRole('button', { name: 'Present', exact: true });
      await present.click();
      await page.locator('[data-slide]').waitFor();
      await page.keyboard.press('Escape');
      await present.waitFor();
      await expect.poll(() => present.evaluate((b) => b === document.activeElement)).toBe(true);
    });
  });
});

describe('the events timeline slide', () => {
  const open = (query: string, body: (page: Page) => Promise<void>) =>
    withPage(`/?present=1&slide=timeline${query}`, { width: 1920, height: 1080 }, async (page) => {
      await page.locator('svg.timeline-chart').waitFor();
      await body(page);
    });

  it('asks no one to hover and names who took part in a contact', async () => {
    await open('', async (page) => {
      const slide = page.locator('[data-slide="timeline"]');
      expect(await slide.innerText()).not.toMatch(/hover/i);
      const labels = await page
        .locator('svg text.timeline-label, .timeline-rest li')
        .allInnerTexts();
      // A contact is never just "Phone call": it says who spoke.
      expect(labels.filter((l) => /^(Phone call|Diplomatic protest|Letter)$/m.test(l))).toEqual([]);
    });
    await open('&type=phone-call', async (page) => {
      const text = await page.locator('[data-slide="timeline"]').innerText();
      expect(text).toMatch(/Phone call: \S+ – \S+/);
    });
  });

  it('uses the height of the slide with a filter on', async () => {
    await open('&sector=energy', async (page) => {
      const chart = await page.locator('svg.timeline-chart').boundingBox();
      const content = await page.locator('.presentation-content').boundingBox();
      expect(chart!.height / content!.height).toBeGreaterThan(0.5);
    });
  });

  it('keeps leader lines off the labels on the full record', async () => {
    await open('', async (page) => {
      const crossings = await page.evaluate(() => {
        const stems = [...document.querySelectorAll('line.timeline-stem')].map((l) => {
          const b = l.getBoundingClientRect();
          return { x: b.left + b.width / 2, top: b.top, bottom: b.bottom };
        });
        const out: string[] = [];
        for (const t of document.querySelectorAll('text.timeline-label, text.timeline-count')) {
          const b = t.getBoundingClientRect();
          for (const s of stems) {
            const own =
              t.classList.contains('timeline-count') && Math.abs(s.x - (b.left + b.right) / 2) < 2;
            if (!own && s.x > b.left && s.x < b.right && s.top < b.bottom && s.bottom > b.top)
              out.push(t.textContent!);
          }
        }
        return out;
      });
      expect(crossings).toEqual([]);
    });
  });
});
