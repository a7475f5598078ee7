import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { pdfPages, squeeze } from './support/pdf-text';
import {
  launchBrowser,
  openPage,
  region,
  wakeAllViews,
  waitForApp,
  type Browser,
  type Page,
} from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const CAPTIONS = [
  'Visits by level caption',
  'Energy sectors caption: Vučić and Əliyev in Bakı',
  'Timeline caption 2022-2024',
];

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

function pngSize(bytes: Uint8Array) {
  const b = Buffer.from(bytes);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

async function addFromView(page: Page, view: string, caption: string) {
  const panel = region(page, view);
  await panel.getByRole('button', { name: 'Add to deck' }).click();
  const box = panel.getByRole('group', { name: `Add ${view} to deck` });
  await box.getByLabel('Caption').fill(caption);
  await box.getByRole('button', { name: 'Add slide' }).click();
  await panel.getByRole('status').filter({ hasText: 'Added to' }).waitFor();
}

async function openDeck(page: Page) {
  await page.getByRole('button', { name: /^Deck, / }).click();
  const dialog = page.getByRole('dialog', { name: /^Slide deck/ });
  await dialog.waitFor();
  return dialog;
}

async function slideCaptions(page: Page) {
  const dialog = page.getByRole('dialog', { name: /^Slide deck/ });
  const items = dialog.getByRole('listitem');
  const out: string[] = [];
  for (let i = 0; i < (await items.count()); i++) {
    out.push(await items.nth(i).getByLabel('Caption').inputValue());
  }
  return out;
}

describe('slide decks', () => {
  it('builds a three-slide deck, keeps it, shares it, exports it and presents it', async () => {
    const { context, page, pageErrors } = await openPage(browser, '/');
    try {
      await wakeAllViews(page);
      await region(page, 'Visit frequency').getByRole('button', { name: 'By level' }).click();
      await addFromView(page, 'Visit frequency', CAPTIONS[0]!);

      await page.goto(new URL('/?sector=energy', page.url()).href);
      await wakeAllViews(page);
      await addFromView(page, 'Cooperation by sector and year', CAPTIONS[1]!);

      await page.goto(new URL('/?from=2022&to=2024', page.url()).href);
      await waitForApp(page);
      let dialog = await openDeck(page);
      await dialog.getByLabel('Add a view with the current filters').selectOption({
        label: 'Events timeline',
      });
      await dialog.getByRole('button', { name: 'Add slide' }).click();
      await dialog.getByRole('listitem').nth(2).getByLabel('Caption').fill(CAPTIONS[2]!);
      await dialog.getByLabel('Deck name').fill('Energy briefing');
      expect(await slideCaptions(page)).toEqual(CAPTIONS);
      expect(await page.getByRole('button', { name: 'Deck, 3 slides' }).count()).toBe(1);

      // A reload keeps it.
      await page.reload();
      await waitForApp(page);
      dialog = await openDeck(page);
      expect(await slideCaptions(page)).toEqual(CAPTIONS);
      expect(
        await dialog.getByRole('heading', { name: 'Slide deck: Energy briefing' }).count(),
      ).toBe(1);

      // Its link opens the same deck in a fresh browser.
      await dialog.getByRole('button', { name: 'Copy share link' }).click();
      const link = await dialog.getByLabel('Link to this deck').inputValue();
      expect(link).toMatch(/#deck=v1\.[A-Za-z0-9_-]+$/);
      const fresh = await openPage(browser, new URL(link).pathname + new URL(link).hash);
      try {
        const shared = fresh.page.getByRole('dialog', { name: /^Slide deck/ });
        await shared.waitFor();
        await shared.getByText(/Opened “Energy briefing” from a link: 3 slides/).waitFor();
        expect(await slideCaptions(fresh.page)).toEqual(CAPTIONS);
        expect(new URL(fresh.page.url()).hash).toBe('');
      } finally {
        await fresh.context.close();
      }

      // PowerPoint: three slide XMLs carrying the captions.
      const pptx = await download(page, () =>
        dialog.getByRole('button', { name: 'Export PowerPoint' }).click(),
      );
      expect(pptx.name).toBe('bilateral-deck-energy-briefing-3-slides.pptx');
      const files = unzipSync(new Uint8Array(pptx.bytes));
      const slideXml = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
      expect(slideXml.sort()).toEqual([1, 2, 3].map((n) => `ppt/slides/slide${n}.xml`));
      CAPTIONS.forEach((caption, i) => {
        expect(strFromU8(files[`ppt/slides/slide${i + 1}.xml`]!)).toContain(caption);
      });
      for (let n = 1; n <= 3; n++) {
        // Each slide's chart is a picture of its own.
        expect(strFromU8(files[`ppt/slides/_rels/slide${n}.xml.rels`]!)).toMatch(
          /media\/image[^"]*\.png/,
        );
      }

      // PDF: three 16:9 pages with the captions as text.
      const pdf = await download(page, () =>
        dialog.getByRole('button', { name: 'Export PDF' }).click(),
      );
      expect(pdf.name).toBe('bilateral-deck-energy-briefing-3-slides.pdf');
      const doc = await getDocument({ data: new Uint8Array(pdf.bytes) }).promise;
      expect(doc.numPages).toBe(3);
      for (let n = 1; n <= 3; n++) {
        const [, , w, h] = (await doc.getPage(n)).view;
        expect(w! / h!).toBeCloseTo(16 / 9, 3);
      }
      await doc.destroy();
      const pages = await pdfPages(new Uint8Array(pdf.bytes));
      CAPTIONS.forEach((caption, i) => expect(squeeze(pages[i]!)).toContain(squeeze(caption)));

      // ZIP: three 3840×2160 PNGs, not blank.
      const zip = await download(page, () =>
        dialog.getByRole('button', { name: 'Export PNGs (ZIP)' }).click(),
      );
      expect(zip.name).toBe('bilateral-deck-energy-briefing-3-slides.zip');
      const pngs = Object.entries(unzipSync(new Uint8Array(zip.bytes))).filter(([f]) =>
        f.endsWith('.png'),
      );
      expect(pngs).toHaveLength(3);
      for (const [, bytes] of pngs) expect(pngSize(bytes)).toEqual({ width: 3840, height: 2160 });
      const colours = await page.evaluate(async (b64) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const seen = new Set<number>();
        const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
        for (let i = 0; i < data.length; i += 4 * 997)
          seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        return seen.size;
      }, Buffer.from(pngs[0]![1]).toString('base64'));
      expect(colours).toBeGreaterThan(3);

      // Present: the deck's slides in order, each with its caption and number.
      await dialog.getByRole('button', { name: 'Present deck' }).click();
      const presentation = page.getByRole('main', { name: /presentation/ });
      await presentation.getByText('1 / 3').waitFor();
      expect(await presentation.getByText(CAPTIONS[0]!).isVisible()).toBe(true);
      await page.keyboard.press('ArrowRight');
      await presentation.getByText('2 / 3').waitFor();
      expect(await presentation.getByText(CAPTIONS[1]!).isVisible()).toBe(true);
      await page.keyboard.press('ArrowRight');
      await presentation.getByText('3 / 3').waitFor();
      expect(await presentation.getByText(CAPTIONS[2]!).isVisible()).toBe(true);
      await page.keyboard.press('ArrowLeft');
      await presentation.getByText('2 / 3').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Deck, 3 slides' }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations with the add box and the deck panel open (${colorScheme})`, async () => {
      const { context, page } = await openPage(browser, '/?sector=energy', { colorScheme });
      try {
        await wakeAllViews(page);
        const panel = region(page, 'People involved');
        await panel.getByRole('button', { name: 'Add to deck' }).click();
        expect(await axeViolations(page)).toEqual([]);
        await panel.getByRole('button', { name: 'Add slide' }).click();
        const dialog = await openDeck(page);
        await dialog.getByRole('listitem').first().waitFor();
        // Keyboard: Tab stays in the modal panel, and Esc closes it, back to the Deck button.
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(
          true,
        );
        expect(await axeViolations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        expect(
          await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup')),
        ).toBe('dialog');
      } finally {
        await context.close();
      }
    });
  }
});
