// `npm run size [-- --build] [-- --dir dist] [-- --budget 100]`
//
// Gzip size (zlib level 9) of what the first paint needs: the entry chunk named by
// index.html's <script type="module" src> (or the `bilateral-entry` meta tag that boot.js
// starts it from), every <link rel="modulepreload"> (or `bilateral-modules`), and every chunk
// they import statically, transitively (dynamic import() is left out: that is code loaded
// later), plus the CSS. Prints a table and exits 1 when the first-paint JavaScript is over
// the budget. Deterministic: sizes only, no timing.
//
// Builds first when the directory has no index.html, or always with --build (into --dir,
// so `--dir tmp/size-dist --build` measures without touching dist/).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const dir = resolve(option('dir', 'dist'));
const budgetKb = Number(option('budget', '100'));
const forceBuild = argv.includes('--build');

function build() {
  const vite = resolve('node_modules/vite/bin/vite.js');
  const args = [vite, 'build', '--logLevel', 'warn'];
  if (relative(resolve('dist'), dir) !== '') args.push('--outDir', dir, '--emptyOutDir');
  console.log(`Building: vite build${args.length > 4 ? ` --outDir ${relative('.', dir)}` : ''}`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('size: the build failed');
    process.exit(result.status ?? 1);
  }
}

if (forceBuild || !existsSync(join(dir, 'index.html'))) build();

const html = readFileSync(join(dir, 'index.html'), 'utf8');

/** Attributes of every tag called `name` in the HTML. */
function tags(name) {
  const out = [];
  const re = new RegExp(`<${name}\\b([^>]*)>`, 'gi');
  for (const m of html.matchAll(re)) {
    const attrs = {};
    for (const a of m[1].matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    out.push(attrs);
  }
  return out;
}

/** A URL from index.html (absolute "/assets/x.js" or relative) as a file in `dir`. */
function fileOf(url) {
  const path = url.replace(/^https?:\/\/[^/]+/, '').split(/[?#]/)[0];
  return join(dir, path.startsWith('/') ? path.slice(1) : path);
}

/** The URLs a meta tag of scripts/defer-scripts.ts lists (boot.js starts them after paint). */
const metaUrls = (name) =>
  tags('meta')
    .filter((a) => a.name === name && a.content)
    .flatMap((a) => a.content.split(/\s+/));

const entries = [
  ...tags('script')
    .filter((a) => a.type === 'module' && a.src)
    .map((a) => a.src),
  ...metaUrls('bilateral-entry'),
].map(fileOf);
const preloads = [
  ...tags('link')
    .filter((a) => (a.rel ?? '').split(/\s+/).includes('modulepreload') && a.href)
    .map((a) => a.href),
  ...metaUrls('bilateral-modules'),
].map(fileOf);
const styles = tags('link')
  .filter((a) => (a.rel ?? '').split(/\s+/).includes('stylesheet') && a.href)
  .map((a) => fileOf(a.href));

if (entries.length === 0) {
  console.error(
    `size: no <script type="module" src> nor bilateral-entry meta in ${join(dir, 'index.html')}`,
  );
  process.exit(1);
}

// Static imports of a chunk. es-module-lexer (shipped with Vitest) tells static from dynamic
// imports exactly; the regular expression is a fallback for minified ES module output.
let lexer = null;
try {
  lexer = await import('es-module-lexer');
  await lexer.init;
} catch {
  lexer = null;
}

function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const specifiers = [];
  if (lexer) {
    const [imports] = lexer.parse(code);
    for (const imp of imports) if (imp.d === -1 && imp.n) specifiers.push(imp.n);
  } else {
    const re = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+?from\s*)?["']([^"']+)["']/g;
    for (const m of code.matchAll(re)) specifiers.push(m[1]);
  }
  return specifiers
    .filter((s) => s.startsWith('.') || s.startsWith('/'))
    .map((s) => (s.startsWith('/') ? fileOf(s) : join(file, '..', s)));
}

const firstPaint = new Map(); // file → why
const queue = [];
const add = (file, why) => {
  if (firstPaint.has(file)) return;
  firstPaint.set(file, why);
  queue.push(file);
};
for (const f of entries) add(f, 'entry');
for (const f of preloads) add(f, 'modulepreload');
while (queue.length > 0) {
  const file = queue.shift();
  if (!existsSync(file)) {
    console.error(`size: ${relative(dir, file)} is referenced but missing`);
    process.exit(1);
  }
  for (const dep of staticImports(file)) add(dep, `static import of ${posix.basename(file)}`);
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

const rows = [];
for (const [file, why] of firstPaint) {
  rows.push({ file, kind: 'JS, first paint', why, raw: statSync(file).size, gzip: gz(file) });
}
for (const file of styles) {
  rows.push({
    file,
    kind: 'CSS, first paint',
    why: 'stylesheet',
    raw: statSync(file).size,
    gzip: gz(file),
  });
}
const assets = join(dir, 'assets');
const lazy = existsSync(assets)
  ? readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => join(assets, f))
      .filter((f) => !firstPaint.has(f))
  : [];
for (const file of lazy) {
  rows.push({
    file,
    kind: 'JS, lazy',
    why: 'not a static import (dynamic import() or worker)',
    raw: statSync(file).size,
    gzip: gz(file),
  });
}

const header = ['file', 'kind', 'raw KB', 'gzip KB', 'why'];
console.log(`\nFirst-paint size of ${relative('.', dir) || '.'} (gzip level 9)\n`);
console.log(`| ${header.join(' | ')} |`);
console.log('|---|---|--:|--:|---|');
for (const r of rows) {
  console.log(`| ${relative(dir, r.file)} | ${r.kind} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.why} |`);
}
const sum = (kind) => rows.filter((r) => r.kind === kind).reduce((s, r) => s + r.gzip, 0);
const js = sum('JS, first paint');
const css = sum('CSS, first paint');
const later = sum('JS, lazy');
console.log('');
console.log(`First-paint JavaScript: ${kb(js)} KB gzipped (budget ${budgetKb} KB)`);
console.log(`First-paint CSS:        ${kb(css)} KB gzipped`);
console.log(`Lazy JavaScript:        ${kb(later)} KB gzipped, loaded on demand`);
if (js > budgetKb * 1024) {
  console.log(`FAIL: first-paint JavaScript is ${kb(js - budgetKb * 1024)} KB over budget`);
  process.exit(1);
}
console.log('PASS');
