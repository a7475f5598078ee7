import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { expected, startsWith } from './support/expected';
import {
  launchBrowser,
  openPage,
  region,
  type Browser,
  waitForApp,
  wakeAllViews,
} from './support/browser';
import { eventsCount, eventsReady } from './support/events-region';

const fixture = (name: string) => resolve(__dirname, '../fixtures', name);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ready = eventsReady;

describe('accessibility (axe-core in Chromium)', () => {
  it.each([
    ['the dashboard', '/'],
    [
      'the dashboard with filters',
      '/?sector=energy,defence-industry&from=2022&to=2024&person=aleksandar-vucic',
    ],
    ['an empty result', '/?sector=energy&dir=none'],
    ['the dashboard on a phone', '/?q=gas'],
  ])('%s has no violations', async (_label, path) => {
    const phone = path === '/?q=gas';
    const { context, page } = await openPage(
      browser,
      path,
      phone ? { viewport: { width: 390, height: 844 } } : {},
    );
    try {
      await region(page, 'Events').waitFor();
      await wakeAllViews(page);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the dark theme has no violations', async () => {
    const { context, page } = await openPage(browser, '/', { colorScheme: 'dark' });
    try {
      await ready(page);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(['headline', 'visit-frequency', 'cooperation-areas', 'people-involved', 'timeline'])(
    'presentation slide %s has no violations',
    async (slide) => {
      const { context, page } = await openPage(browser, `/?present=1&slide=${slide}`);
      try {
        await page.locator('[aria-roledescription="slide"]').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('reaches the filters and the charts from the keyboard with a visible focus ring', async () => {
    const { context, page } = await openPage(browser, '/');
    try {
      await ready(page);
      const seen: string[] = [];
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return null;
          const style = getComputedStyle(el);
          const region =
            el.closest('section[aria-labelledby]')?.querySelector('h2')?.textContent ?? '';
          return {
            name:
              el.getAttribute('aria-label') ??
              (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ??
              el.textContent?.trim().slice(0, 40) ??
              '',
            region,
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          };
        });
        if (info) {
          seen.push(`${info.region}|${info.name}`);
          expect(info.outline, `focus ring on ${info.name}`).toBe(true);
        }
      }
      expect(seen.some((s) => s.includes('Energy'))).toBe(true);
      // The skip link takes the keyboard past the (long) filter bar, straight to the charts.
      await page.reload();
      await waitForApp(page);
      await ready(page);
      // The chart's own controls arrive with its lazily loaded chunk.
      await page.getByRole('button', { name: 'By direction' }).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'Skip to the charts',
      );
      await page.keyboard.press('Enter');
      for (let i = 0; i < 20 && !seen.some((s) => s.startsWith('Visit frequency|')); i++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(
          () =>
            document.activeElement?.closest('section[aria-labelledby]')?.querySelector('h2')
              ?.textContent ?? '',
        );
        seen.push(`${at}|`);
      }
      expect(seen.some((s) => s.startsWith('Visit frequency|'))).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('bad input never costs the page', () => {
  it('renders hostile strings as inert text without dialogs or script errors', async () => {
    const { context, page, pageErrors } = await openPage(browser, '/');
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    try {
      await ready(page);
      await page.locator('input[type="file"]').setInputFiles(fixture('hostile.json'));
      await expect
        .poll(() => page.locator('.app-title').textContent())
        .not.toBe('Azerbaijan–Serbia relations');
      await ready(page);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.getByText('<img src=x onerror=alert(1)>').first().count()).toBe(1);
      // Nothing wider than the window: long names wrap instead of breaking the layout.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an invalid file lists its problems and keeps the dataset and the filters', async () => {
    const { context, page } = await openPage(browser, '/?sector=energy');
    try {
      await ready(page);
      await expect
        .poll(() => eventsCount(page))
        .toMatch(startsWith(expected({ sectors: ['energy'] }).eventsLine));
      await page.locator('input[type="file"]').setInputFiles(fixture('hostile-invalid.json'));
      const alert = page
        .getByRole('alert')
        .filter({ has: page.getByRole('list', { name: 'Problems found' }) });
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/\w+(\[\d+\])?(\.\w+)*(\[\d+\])?: /);
      expect(await page.locator('.app-title').textContent()).toBe('Azerbaijan–Serbia relations');
      expect(await eventsCount(page)).toMatch(
        startsWith(expected({ sectors: ['energy'] }).eventsLine),
      );
      expect(new URL(page.url()).searchParams.get('sector')).toBe('energy');
    } finally {
      await context.close();
    }
  });

  it('opens a CSV of engagements and offers the way back to the default dataset', async () => {
    const { context, page } = await openPage(browser, '/');
    try {
      await ready(page);
      await page
        .locator('input[type="file"]')
        .setInputFiles(resolve(__dirname, '../../public/data/template.csv'));
      await page.getByText(/Showing: template\.csv/).waitFor();
      await ready(page);
      await page.getByRole('button', { name: /Back to the default dataset/ }).click();
      await expect
        .poll(() => page.locator('.app-title').textContent())
        .toBe('Azerbaijan–Serbia relations');
    } finally {
      await context.close();
    }
  });

  it('refuses a ?data= link to another origin with a message', async () => {
    const { context, page, pageErrors } = await openPage(
      browser,
      '/?data=https://evil.example/x.json',
    );
    try {
      await ready(page);
      expect(await page.getByText(/Only datasets shipped with the app/).count()).toBeGreaterThan(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('sends no request outside its own origin', async () => {
    const { context, page } = await openPage(browser, '/');
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    try {
      await page.reload();
      await waitForApp(page);
      await ready(page);
      await page.getByRole('checkbox', { name: /^Energy/ }).check();
      await page.goto(page.url().replace(/\?.*$/, '') + '?present=1&slide=timeline');
      await page.getByRole('heading', { level: 1, name: 'Events timeline' }).waitFor();
      const origin = new URL(page.url()).origin;
      const foreign = requests.filter(
        (u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'),
      );
      expect(requests.length).toBeGreaterThan(2);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('ships a CSP meta tag without unsafe-inline scripts', async () => {
    const { context, page } = await openPage(browser, '/');
    try {
      const csp = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("connect-src 'self'");
    } finally {
      await context.close();
    }
  });
});
