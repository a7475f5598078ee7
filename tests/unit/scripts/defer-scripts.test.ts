// What the build does to index.html's scripts (scripts/defer-scripts.ts): public/boot.js
// starts them after the baked page's first paint, from meta tags.
import { describe, expect, it } from 'vitest';
import { deferScripts } from '../../../scripts/defer-scripts';

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <link
      rel="preload"
      href="/data/az-rs.json"
      as="fetch"
      type="application/json"
      crossorigin="anonymous"
    />
    <title>Bilateral</title>
    <script src="/boot.js"></script>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-def.js">
    <link rel="modulepreload" crossorigin href="/assets/vendor-ghi.js">
    <link rel="stylesheet" crossorigin href="/assets/index-jkl.css">
  </head>
  <body><div id="root"><p>baked</p></div></body>
</html>`;

const content = (html: string, name: string) =>
  new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1];

describe('deferScripts', () => {
  it('turns the module script and every preload into the meta tags boot.js reads', () => {
    const page = deferScripts(BUILT);
    expect(page).not.toMatch(/<script type="module"|modulepreload|rel="preload"/);
    expect(content(page, 'bilateral-entry')).toBe('/assets/index-abc.js');
    expect(content(page, 'bilateral-modules')).toBe('/assets/react-def.js /assets/vendor-ghi.js');
    expect(content(page, 'bilateral-fetches')).toBe('/data/az-rs.json');
    // The metas come before boot.js, which reads them; the stylesheet and the page stay.
    expect(page.indexOf('bilateral-entry')).toBeLessThan(page.indexOf('<script src="/boot.js">'));
    expect(page).toContain('<link rel="stylesheet" crossorigin href="/assets/index-jkl.css">');
    expect(page).toContain('<div id="root"><p>baked</p></div>');
  });

  it('refuses a page without exactly one module script, or without boot.js', () => {
    expect(() => deferScripts(BUILT.replace(/<script type="module"[^>]*><\/script>/, ''))).toThrow(
      /expected one module script, found 0/,
    );
    expect(() => deferScripts(BUILT.replace('<script src="/boot.js"></script>', ''))).toThrow(
      /no <script src="\/boot.js"><\/script>/,
    );
  });
});
