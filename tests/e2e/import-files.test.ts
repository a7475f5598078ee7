// Opening the files people really have through the file picker: JSON with nulls, a Serbian
// Excel CSV (Windows-1250, ";"), Excel's UTF-16 "Unicode text", and .xlsx workbooks (with the
// choice of their sheet).
import { resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type Browser } from './support/browser';
import { eventsCount, eventsReady } from './support/events-region';

const fixture = (name: string) => resolve(__dirname, '../fixtures/import', name);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ready = eventsReady;

describe('opening files through the file picker', () => {
  it.each(['nulls.json', 'serbian-1250.csv', 'unicode-text.txt', 'engagements.xlsx'])(
    '%s: the dashboard shows its 16 engagements, names with their letters',
    async (name) => {
      const { context, page, pageErrors, consoleErrors } = await openPage(browser, '/');
      try {
        await ready(page);
        await page.locator('input[type="file"]').setInputFiles(fixture(name));
        await page.getByText(`Showing: ${name}`).waitFor();
        await ready(page);
        await expect.poll(() => eventsCount(page)).toMatch(/^16 engagements/);
        const text = await page.locator('main').innerText();
        for (const person of ['Vučić', 'Đurić', 'Dačić']) expect(text).toContain(person);
        expect(pageErrors).toEqual([]);
        // A CSP violation (a blocked worker or script) would be logged here.
        expect(consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('a workbook of two engagement sheets: the sheet select in the "Showing:" line switches the dashboard between them', async () => {
    const { context, page, pageErrors, consoleErrors } = await openPage(browser, '/');
    try {
      await ready(page);
      await page.locator('input[type="file"]').setInputFiles(fixture('sheets.xlsx'));
      await page.getByText('Showing: sheets.xlsx').waitFor();
      await ready(page);
      await expect.poll(() => eventsCount(page)).toMatch(/^16 engagements/);
      const select = page.getByRole('combobox', { name: 'Sheet of sheets.xlsx' });
      expect(await select.inputValue()).toBe('All');
      expect(await select.locator('option').allTextContents()).toEqual([
        'All',
        'First eight',
        'Notes',
      ]);
      await select.selectOption('First eight');
      await expect.poll(() => eventsCount(page)).toMatch(/^8 engagements/);
      expect(await select.inputValue()).toBe('First eight');
      // A sheet without the columns: its problems, the dashboard unchanged, the sheets offered.
      await select.selectOption('Notes');
      const alert = page.getByRole('alert').filter({ hasText: 'sheets.xlsx could not be opened' });
      await alert.waitFor();
      expect(await eventsCount(page)).toMatch(/^8 engagements/);
      await alert.getByRole('combobox', { name: 'Sheet of sheets.xlsx' }).selectOption('All');
      await expect.poll(() => eventsCount(page)).toMatch(/^16 engagements/);
      await alert.waitFor({ state: 'detached' });
      expect(pageErrors).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a zip renamed .xlsx lists a problem and keeps the dashboard; too large a file is refused before it is read', async () => {
    const { context, page } = await openPage(browser, '/');
    try {
      await ready(page);
      const before = await eventsCount(page);
      const zip = Buffer.from(zipSync({ 'notes.txt': new TextEncoder().encode('hello') }));
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: 'renamed.xlsx', mimeType: 'application/zip', buffer: zip });
      const alert = page.getByRole('alert').filter({ hasText: 'renamed.xlsx' });
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/\(file\): is not an Excel workbook/);
      expect(await eventsCount(page)).toBe(before);
      await page.locator('input[type="file"]').setInputFiles({
        name: 'huge.xlsx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.alloc(31 * 1024 * 1024),
      });
      await page.getByText(/huge\.xlsx is too large \(31 MB\): Excel files up to 30 MB/).waitFor();
      expect(await eventsCount(page)).toBe(before);
    } finally {
      await context.close();
    }
  });
});
