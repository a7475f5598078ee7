/**
 * `npm run screenshots`: builds the app, serves it, and captures with Chromium every view, the
 * dashboard at 320, 390, 768, 1280, 1366 and 1920 px (light, dark and filtered), every slide at
 * 1366×768 and 1920×1080, and the printed report as a PDF (with its pages as PNG when poppler's
 * `pdftoppm` is installed) into `screenshots/` (git-ignored).
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { launchChromium } from './find-chromium.mjs';
import { startServer } from './static-server.mjs';

const OUT = 'screenshots';
const VIEWS = ['visit-frequency', 'cooperation-areas', 'people-involved', 'events'];
const SLIDES = ['headline', 'visit-frequency', 'cooperation-areas', 'people-involved', 'timeline'];

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });

const server = await startServer({ root: 'dist', port: 0 });
const browser = await launchChromium(chromium);

async function open(path: string, width: number, height: number, dark = false): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    reducedMotion: 'reduce',
    colorScheme: dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`page error on ${path}: ${e.message}`));
  await page.goto(server.url.replace(/\/$/, '') + path, { waitUntil: 'networkidle' });
  await page.locator('h1').first().waitFor();
  return page;
}

const saved: string[] = [];
async function shot(page: Page, file: string, fullPage = false) {
  await page.screenshot({ path: `${OUT}/${file}`, fullPage });
  saved.push(file);
}

try {
  let page = await open('/', 1920, 1080);
  await shot(page, 'dashboard-1920.png');
  await shot(page, 'dashboard-1920-full.png', true);
  for (const view of VIEWS) {
    await page.locator(`#view-${view}`).screenshot({ path: `${OUT}/view-${view}.png` });
    saved.push(`view-${view}.png`);
  }
  await page.context().close();

  page = await open('/?sector=energy,defence-industry&from=2020&to=2024', 1920, 1080);
  await shot(page, 'dashboard-1920-energy-defence.png', true);
  await page.context().close();

  page = await open('/', 1920, 1080, true);
  await shot(page, 'dashboard-1920-dark.png');
  await page.context().close();

  for (const [width, height] of [
    [320, 640],
    [390, 844],
    [768, 1024],
    [1280, 720],
    [1366, 768],
  ] as const) {
    page = await open('/', width, height);
    await shot(page, `dashboard-${width}.png`);
    await shot(page, `dashboard-${width}-full.png`, true);
    await page.context().close();
  }

  page = await open('/', 1366, 768, true);
  await shot(page, 'dashboard-1366-dark-full.png', true);
  await page.context().close();

  for (const [width, height] of [
    [1920, 1080],
    [1366, 768],
  ] as const) {
    for (const [i, slide] of SLIDES.entries()) {
      page = await open(`/?present=1&slide=${slide}`, width, height);
      await shot(page, `slide-${width}-${i + 1}-${slide}.png`);
      await page.context().close();
    }
  }

  page = await open('/?sector=energy', 1366, 768);
  // The visit chart arrives in its own chunk after the first paint.
  await page.locator('#view-visit-frequency svg').first().waitFor();
  await page.pdf({ path: `${OUT}/print-energy.pdf`, landscape: true, format: 'A4' });
  saved.push('print-energy.pdf');
  await page.context().close();
  try {
    execSync(`pdftoppm -png -r 50 ${OUT}/print-energy.pdf ${OUT}/print-energy-page`);
    saved.push('print-energy-page-*.png');
  } catch {
    console.log('pdftoppm not found: install poppler-utils to see the printed pages as PNG');
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${saved.length} screenshots in ${OUT}/:\n  ${saved.join('\n  ')}`);
