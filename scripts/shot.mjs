// Developer aid: `node scripts/shot.mjs <url> <out.png> [width] [height] [--full] [--dark]`
// takes a Chromium screenshot of a page (e.g. of `npm run serve`).
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const [url, out, width = '1920', height = '1080', ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/shot.mjs <url> <out.png> [width] [height] [--full] [--dark]');
  process.exit(1);
}
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const context = await browser.newContext({
  viewport: { width: Number(width), height: Number(height) },
  reducedMotion: 'reduce',
  colorScheme: flags.includes('--dark') ? 'dark' : 'light',
});
const page = await context.newPage();
page.on('pageerror', (e) => console.error('pageerror:', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: flags.includes('--full') });
await browser.close();
console.log(`saved ${out}`);
