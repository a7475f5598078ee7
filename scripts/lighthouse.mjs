// `npm run lighthouse [-- --build] [-- --dir dist] [-- --path /?data=…]`
//
// Runs Lighthouse 12 on the built app, served locally by scripts/static-server.mjs, for
// desktop (Lighthouse's desktop preset) and mobile (its default: emulated phone, simulated
// slow 4G and 4× CPU slowdown). Prints the four category scores and LCP, TBT, CLS, lists the
// audits that did not pass, and saves the JSON reports to tmp/lighthouse-<form factor>.json.
// Nothing is skipped: localhost counts as a secure origin, so no audit fails only because
// the server is local.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_FLAGS, findChromium } from './find-chromium.mjs';
import { startServer } from './static-server.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const dir = resolve(option('dir', 'dist'));
const path = option('path', '/');
const RUN_TIMEOUT_MS = 240_000;
// Lighthouse drives Chrome itself (chrome-launcher), with the project's flags.
const CHROME_FLAGS = CHROMIUM_FLAGS.map((f) => (f === '--headless' ? '--headless=new' : f));
if (argv.includes('--build') || !existsSync(join(dir, 'index.html'))) {
  const args = [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'];
  if (relative(resolve('dist'), dir) !== '') args.push('--outDir', dir, '--emptyOutDir');
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('lighthouse: the build failed');
    process.exit(1);
  }
}

const chromePath = findChromium();
if (!chromePath) {
  console.error('lighthouse: no Chromium found (see scripts/find-chromium.mjs)');
  process.exit(1);
}
process.env.CHROME_PATH = chromePath;

const server = await startServer({ root: dir, port: 0 });
const url = `${server.url}${path}`;

async function run(formFactor) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  let timer;
  try {
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no result after ${RUN_TIMEOUT_MS / 1000} s`)),
        RUN_TIMEOUT_MS,
      );
    });
    const flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    };
    const result = await Promise.race([
      lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined),
      timeout,
    ]);
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    clearTimeout(timer);
    await chrome.kill();
  }
}

const results = [];
let failed = false;
for (const formFactor of ['desktop', 'mobile']) {
  process.stdout.write(`Lighthouse ${formFactor}: ${url}\n`);
  try {
    const lhr = await run(formFactor);
    mkdirSync('tmp', { recursive: true });
    writeFileSync(`tmp/lighthouse-${formFactor}.json`, JSON.stringify(lhr, null, 1));
    results.push({ formFactor, lhr });
    if (lhr.runtimeError) {
      failed = true;
      console.error(`  runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    for (const w of lhr.runWarnings ?? []) console.log(`  warning: ${w}`);
  } catch (error) {
    failed = true;
    console.error(`  ${formFactor} failed: ${error instanceof Error ? error.message : error}`);
  }
}
await server.close();

const score = (lhr, id) => {
  const s = lhr.categories[id]?.score;
  return s === null || s === undefined ? '—' : String(Math.round(s * 100));
};
const audit = (lhr, id) => lhr.audits[id];
const msValue = (lhr, id) => {
  const a = audit(lhr, id);
  return a?.numericValue === undefined ? '—' : `${Math.round(a.numericValue)} ms`;
};

console.log(
  '\n| form factor | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
);
console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
for (const { formFactor, lhr } of results) {
  const cls = audit(lhr, 'cumulative-layout-shift')?.numericValue;
  console.log(
    `| ${formFactor} | ${score(lhr, 'performance')} | ${score(lhr, 'accessibility')} | ${score(
      lhr,
      'best-practices',
    )} | ${score(lhr, 'seo')} | ${msValue(lhr, 'largest-contentful-paint')} | ${msValue(
      lhr,
      'total-blocking-time',
    )} | ${cls === undefined ? '—' : cls.toFixed(3)} |`,
  );
}

for (const { formFactor, lhr } of results) {
  const notPassed = [];
  for (const [id, cat] of Object.entries(lhr.categories)) {
    for (const ref of cat.auditRefs) {
      const a = lhr.audits[ref.id];
      if (!a || (ref.weight === 0 && id !== 'performance')) continue;
      if (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric') {
        if (a.score !== null && a.score < (id === 'performance' ? 0.9 : 1)) {
          notPassed.push(`${id}: ${a.id} (${a.displayValue ?? a.score}) — ${a.title}`);
        }
      }
    }
  }
  if (notPassed.length > 0) {
    console.log(`\n${formFactor}: audits not passed`);
    for (const line of [...new Set(notPassed)]) console.log(`- ${line}`);
  }
}
console.log('\nReports: tmp/lighthouse-desktop.json, tmp/lighthouse-mobile.json');
if (failed) process.exitCode = 1;
