import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openPage,
  region,
  type Browser,
  type Page,
  waitForApp,
  wakeAllViews,
} from './support/browser';
import { expected, startsWith } from './support/expected';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stat = (page: Page, label: string) => page.locator(`[data-stat="${label}"] dd`).textContent();
const eventsCount = (page: Page) =>
  region(page, 'Events')
    .getByText(/^\d+ engagements?/)
    .first()
    .textContent();

async function ready(page: Page) {
  await wakeAllViews(page);
  await region(page, 'Visit frequency').waitFor();
  await region(page, 'Events').locator('article').first().waitFor();
}

describe('the dashboard in Chromium', () => {
  it('answers the questions from the page: Serbian visits, energy years, most engaged person', async () => {
    const { context, page, pageErrors } = await openPage(browser, '/');
    try {
      await ready(page);
      for (const name of [
        'Visit frequency',
        'Cooperation by sector and year',
        'People involved',
        'Events',
      ]) {
        await expect.poll(() => region(page, name).count()).toBe(1);
      }
      const all = expected();
      expect(await stat(page, 'Engagements')).toBe(all.engagements.toLocaleString('en-GB'));
      expect(await stat(page, 'Visits')).toBe(String(all.visits));
      expect(await stat(page, 'Documents signed')).toBe(String(all.documents));
      // Serbian visits to Azerbaijan, from the filter bar.
      const serbian = expected({ directions: ['RS-AZ'] });
      expect(serbian.visits).toBeGreaterThan(0);
      await page.getByRole('checkbox', { name: /^Serbia → Azerbaijan/ }).check();
      await expect.poll(() => stat(page, 'Visits')).toBe(String(serbian.visits));
      expect(page.url()).toContain('dir=RS-AZ');
      // Who took part most: the first person in the ranking.
      const first = region(page, 'People involved')
        .getByRole('list', { name: 'People by engagements' })
        .getByRole('button')
        .first();
      expect(await first.getAttribute('aria-label')).toMatch(startsWith(serbian.firstPerson));
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('choosing a sector changes every view and the URL; reload keeps it; Back undoes it', async () => {
    const { context, page, pageErrors } = await openPage(browser, '/');
    try {
      await ready(page);
      const visitsBefore = await region(page, 'Visit frequency').innerText();
      // The text, not innerText: below the map, the panel is off screen and not laid out.
      const peopleBefore = await region(page, 'People involved').textContent();
      const sectorsBefore = await region(page, 'Cooperation by sector and year').innerHTML();

      const energy = expected({ sectors: ['energy'] });
      const both = expected({ sectors: ['energy', 'defence-industry'] });
      const all = expected();
      expect(new Set([energy.eventsLine, both.eventsLine, all.eventsLine]).size).toBe(3);
      await page.getByRole('checkbox', { name: /^Energy/ }).check();
      await expect.poll(() => eventsCount(page)).toMatch(startsWith(energy.eventsLine));
      expect(new URL(page.url()).searchParams.get('sector')).toBe('energy');
      expect(await stat(page, 'Engagements')).toBe(String(energy.engagements));
      expect(await stat(page, 'Years covered')).toBe(energy.yearsCovered);
      expect(await region(page, 'Visit frequency').innerText()).not.toBe(visitsBefore);
      expect(await region(page, 'People involved').textContent()).not.toBe(peopleBefore);
      expect(await region(page, 'Cooperation by sector and year').innerHTML()).not.toBe(
        sectorsBefore,
      );
      await expect
        .poll(() => page.getByRole('group', { name: 'Active filters' }).innerText())
        .toContain('Sector: Energy');

      await page.reload();
      await waitForApp(page);
      await ready(page);
      await expect.poll(() => eventsCount(page)).toMatch(startsWith(energy.eventsLine));
      expect(await page.getByRole('checkbox', { name: /^Energy/ }).isChecked()).toBe(true);

      await page.getByRole('checkbox', { name: /^Defence industry/ }).check();
      await expect.poll(() => eventsCount(page)).toMatch(startsWith(both.eventsLine));
      await page.goBack();
      await expect.poll(() => eventsCount(page)).toMatch(startsWith(energy.eventsLine));
      expect(new URL(page.url()).searchParams.get('sector')).toBe('energy');
      await page.goBack();
      await expect.poll(() => eventsCount(page)).toMatch(startsWith(all.eventsLine));
      expect(new URL(page.url()).searchParams.get('sector')).toBeNull();
      await page.goForward();
      await expect.poll(() => eventsCount(page)).toMatch(startsWith(energy.eventsLine));
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('clicking a person in People involved narrows Events to their engagements', async () => {
    const { context, page } = await openPage(browser, '/');
    try {
      await ready(page);
      await region(page, 'People involved')
        .getByRole('button', { name: /^Ivica Dačić/ })
        .click();
      const dacic = expected({ people: ['ivica-dacic'] });
      await expect.poll(() => eventsCount(page)).toMatch(startsWith(dacic.eventsLine));
      expect(new URL(page.url()).searchParams.get('person')).toBe('ivica-dacic');
      // The first rows of the (virtualised) list are Dačić's most recent engagements.
      // The text, not innerText: rows off screen are not laid out yet (content-visibility).
      const titles = await region(page, 'Events').locator('article h3').allTextContents();
      expect(titles.length).toBeGreaterThan(0);
      expect(titles).toEqual(dacic.titles.slice(0, titles.length));
      // The ranking highlights the selection instead of collapsing to it.
      await expect
        .poll(() => region(page, 'People involved').getByRole('button', { pressed: true }).count())
        .toBeGreaterThan(0);
      expect(
        await region(page, 'People involved')
          .getByRole('button', { name: /^Jeyhun Bayramov/ })
          .count(),
      ).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('opens a shared link with the same view', async () => {
    const { context, page } = await openPage(
      browser,
      '/?sector=energy&from=2023&to=2024&person=jeyhun-bayramov',
    );
    try {
      await ready(page);
      const shared = expected({
        sectors: ['energy'],
        from: 2023,
        to: 2024,
        people: ['jeyhun-bayramov'],
      });
      await expect.poll(() => eventsCount(page)).toMatch(startsWith(shared.eventsLine));
      expect(await stat(page, 'Years covered')).toBe(shared.yearsCovered);
    } finally {
      await context.close();
    }
  });

  it('a junk URL still renders the dashboard', async () => {
    const junk =
      '/?sector=%3Cscript%3Ealert(1)%3C/script%3E,energy&from=3000&to=-5&dir=%00%ff&type=&person=nobody&q=%E0%A4%A&zzz=1&present=maybe';
    const { context, page, pageErrors } = await openPage(browser, junk);
    try {
      await ready(page);
      await expect
        .poll(() => eventsCount(page))
        .toMatch(startsWith(expected({ sectors: ['energy'] }).eventsLine));
      expect(new URL(page.url()).searchParams.get('sector')).toBe('energy');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows meetings at third-country venues as their own series, never as a visit', async () => {
    const { context, page, pageErrors } = await openPage(browser, '/');
    try {
      await ready(page);
      const visits = region(page, 'Visit frequency');
      const legend = visits.getByRole('list', { name: 'Legend' });
      expect(await legend.innerText()).toContain('Met in a third country');
      const elsewhere = expected({ directions: ['elsewhere'] });
      expect(elsewhere.engagements).toBeGreaterThan(0);
      expect(elsewhere.visits).toBe(0);
      await page.getByRole('checkbox', { name: /^Met in a third country/ }).check();
      expect(new URL(page.url()).searchParams.get('dir')).toBe('elsewhere');
      await expect.poll(() => eventsCount(page)).toMatch(startsWith(elsewhere.eventsLine));
      expect(await stat(page, 'Visits')).toBe('0');
      const first = region(page, 'Events').locator('article').first();
      expect(await first.innerText()).toContain('Met in a third country');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
