/**
 * `npm run screenshots`: builds the app, serves it, and captures with Chromium every view and
 * every slide at 1920×1080 and the dashboard at 390×844 into `screenshots/` (git-ignored).
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

  page = await open('/', 390, 844);
  await shot(page, 'dashboard-390.png');
  await shot(page, 'dashboard-390-full.png', true);
  await page.context().close();

  for (const [i, slide] of SLIDES.entries()) {
    page = await open(`/?present=1&slide=${slide}`, 1920, 1080);
    await shot(page, `slide-${i + 1}-${slide}.png`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${saved.length} screenshots in ${OUT}/:\n  ${saved.join('\n  ')}`);
