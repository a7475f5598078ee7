import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate-dataset';
import { sourceLine } from '../../src/model/describe';
import { expected, shippedIndex } from './support/expected';
import {
  launchBrowser,
  openPage,
  region,
  type Browser,
  type Page,
  waitForApp,
} from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('presentation mode', () => {
  it('hides the controls, steps through slides with the keyboard and keeps the slide in the URL', async () => {
    const { context, page, pageErrors } = await openPage(browser, '/?sector=energy');
    try {
      await page.getByRole('button', { name: /^Present/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Headline numbers' }).waitFor();
      expect(new URL(page.url()).searchParams.get('present')).toBe('1');
      expect(new URL(page.url()).searchParams.get('sector')).toBe('energy');
      expect(await page.getByRole('search', { name: 'Filter engagements' }).count()).toBe(0);
      expect(await page.getByRole('checkbox').count()).toBe(0);
      expect(await page.getByText('Sector: Energy').first().isVisible()).toBe(true);
      expect(await page.getByText(sourceLine(shippedIndex)).isVisible()).toBe(true);

      await page.keyboard.press('ArrowRight');
      await page.getByRole('heading', { level: 1, name: 'Visit frequency' }).waitFor();
      expect(new URL(page.url()).searchParams.get('slide')).toBe('visit-frequency');
      await page.keyboard.press('End');
      await page.getByRole('heading', { level: 1, name: 'Events timeline' }).waitFor();
      await page.keyboard.press('Home');
      await page.getByRole('heading', { level: 1, name: 'Headline numbers' }).waitFor();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('PageDown');
      await page.getByRole('heading', { level: 1, name: 'Where they meet' }).waitFor();
      await page.keyboard.press('ArrowRight');
      await page
        .getByRole('heading', { level: 1, name: 'Cooperation by sector and year' })
        .waitFor();
      await page.keyboard.press('Space');
      await page.getByRole('heading', { level: 1, name: 'People involved' }).waitFor();
      await page.keyboard.press('ArrowLeft');
      await page
        .getByRole('heading', { level: 1, name: 'Cooperation by sector and year' })
        .waitFor();
      expect(new URL(page.url()).searchParams.get('slide')).toBe('cooperation-areas');

      await page.reload();
      await waitForApp(page);
      await page
        .getByRole('heading', { level: 1, name: 'Cooperation by sector and year' })
        .waitFor();

      await page.keyboard.press('Escape');
      await page.getByRole('search', { name: 'Filter engagements' }).waitFor();
      expect(new URL(page.url()).searchParams.get('present')).toBeNull();
      expect(new URL(page.url()).searchParams.get('sector')).toBe('energy');
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens a slide from the URL', async () => {
    const { context, page } = await openPage(browser, '/?present=1&slide=timeline');
    try {
      await page.getByRole('heading', { level: 1, name: 'Events timeline' }).waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('exports', () => {
  it('downloads a 2x PNG of a chart that is not one flat colour', async () => {
    const { context, page } = await openPage(browser, '/?sector=energy&from=2020&to=2024');
    try {
      const panel = region(page, 'Visit frequency');
      await panel.waitFor();
      const { name, bytes } = await download(page, () =>
        panel.getByRole('button', { name: 'Download PNG' }).click(),
      );
      expect(name).toBe('az-rs-visit-frequency-by-direction-energy-2020-2024.png');
      const { width, height } = pngSize(bytes);
      expect(width).toBe(2400);
      expect(height).toBeGreaterThan(800);
      const colours = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        const seen = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 97)
          seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        return seen.size;
      }, bytes.toString('base64'));
      expect(colours).toBeGreaterThan(5);
    } finally {
      await context.close();
    }
  });

  it('downloads a standalone SVG with the title, legend labels and source line', async () => {
    const { context, page } = await openPage(browser, '/');
    try {
      const panel = region(page, 'Visit frequency');
      await panel.waitFor();
      const { name, bytes } = await download(page, () =>
        panel.getByRole('button', { name: 'Download SVG' }).click(),
      );
      expect(name).toBe('az-rs-visit-frequency-by-direction.svg');
      const svg = bytes.toString('utf8');
      expect(svg).toContain('<svg');
      expect(svg).toContain('Visit frequency');
      expect(svg).toContain('Azerbaijan → Serbia');
      expect(svg).toContain('Serbia → Azerbaijan');
      expect(svg).toContain('Contacts without travel');
      // The source line names the most cited publishers (it may wrap onto a second line).
      const publishers = sourceLine(shippedIndex)
        .split(' · ')[0]!
        .replace(/^Source: /, '');
      expect(svg).toContain(publishers.split(',')[0]!);
      expect(svg).toContain('Met in a third country');
      expect(svg).not.toMatch(/(?:href|src)="(?:https?:)?\/\//);
    } finally {
      await context.close();
    }
  });

  it('downloads a CSV with one row per filtered engagement that keeps diacritics', async () => {
    const { context, page } = await openPage(browser, '/?sector=energy');
    try {
      const panel = region(page, 'Events');
      await panel.waitFor();
      const { name, bytes } = await download(page, () =>
        panel.getByRole('button', { name: /Download CSV.*engagements/i }).click(),
      );
      expect(name).toBe('az-rs-events-energy.csv');
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text).toContain('Vučić');
      // Records start with an event id; embedded newlines only occur inside quoted fields.
      const records = text.split('\r\n').filter((line) => /^\d{4}-/.test(line));
      expect(records).toHaveLength(expected({ sectors: ['energy'] }).engagements);
    } finally {
      await context.close();
    }
  });

  it('downloads JSON of the filtered data that passes the dataset validator', async () => {
    const { context, page } = await openPage(browser, '/?sector=energy');
    try {
      const panel = region(page, 'Events');
      await panel.waitFor();
      const { name, bytes } = await download(page, () =>
        panel.getByRole('button', { name: /Download JSON/i }).click(),
      );
      expect(name).toBe('az-rs-dataset-energy.json');
      const result = validateDataset(JSON.parse(bytes.toString('utf8')));
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.dataset.events).toHaveLength(expected({ sectors: ['energy'] }).engagements);
      }
    } finally {
      await context.close();
    }
  });
});

describe('print and themes', () => {
  it('prints a landscape report without controls but with the filters and sources', async () => {
    const { context, page } = await openPage(browser, '/?sector=energy');
    try {
      await region(page, 'Events').waitFor();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.print-caption').isVisible()).toBe(true);
      expect(await page.locator('.print-caption').innerText()).toBe('Filters: Sector: Energy');
      // What prints of a button is the data it carries (a person's name, a sector, an
      // "inferred" tag): never a control such as "Download PNG" or "Show more".
      const controls = await page
        .locator('button:not(.print-keep)')
        .evaluateAll((els) =>
          els
            .filter((e) => (e as HTMLElement).offsetParent !== null)
            .map((e) => (e as HTMLElement).innerText.trim()),
        );
      expect(controls).toEqual([]);
      const names = await page.locator('button.print-keep').allInnerTexts();
      expect(names.join(' ')).toContain(expected({ sectors: ['energy'] }).firstPerson);
      // Why a date is inferred is on paper, where the toggle cannot be opened.
      const notes = await page
        .locator('.event-note')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
      expect(notes).toBeGreaterThan(0);
      expect(await page.getByRole('heading', { name: 'Sources' }).isVisible()).toBe(true);
      const pdf = await page.pdf({ landscape: true, format: 'A4' });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    } finally {
      await context.close();
    }
  });

  it('remembers the dark theme toggle', async () => {
    const { context, page } = await openPage(browser, '/');
    try {
      await page.getByRole('button', { name: /Dark theme/ }).click();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      // The button now offers the way back.
      await page.getByRole('button', { name: /Light theme/ }).waitFor();
      await page.reload();
      await waitForApp(page);
      await page.getByRole('button', { name: /Light theme/ }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const bg = await page.evaluate(
        () => getComputedStyle(document.body.parentElement!).backgroundColor,
      );
      expect(bg).toBe('rgb(16, 20, 24)');
    } finally {
      await context.close();
    }
  });
});
