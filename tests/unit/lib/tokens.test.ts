import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEMES, themeCss } from '../../../src/lib/tokens';

const SRC = resolve(__dirname, '../../../src');

describe('the design tokens', () => {
  it('are the CSS custom properties of both themes', () => {
    const css = themeCss();
    for (const [name, value] of Object.entries(THEMES.light)) {
      expect(css).toContain(`--${name}: ${value};`);
    }
    const dark = css.slice(css.indexOf(":root[data-theme='dark']"));
    for (const [name, value] of Object.entries(THEMES.dark)) {
      expect(dark).toContain(`--${name}: ${value};`);
    }
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)/);
  });

  it('are defined nowhere else: no stylesheet sets a token of its own', () => {
    const names = Object.keys(THEMES.light);
    const sheets = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) =>
      f.endsWith('.css'),
    );
    expect(sheets.length).toBeGreaterThan(3);
    for (const sheet of sheets) {
      const text = readFileSync(join(SRC, sheet), 'utf8');
      for (const name of names) expect(text, sheet).not.toMatch(new RegExp(`--${name}\\s*:`));
    }
  });
});
