import { describe, expect, it } from 'vitest';
import {
  ellipsize,
  escapeXml,
  normalizeSpace,
  textWidth,
  wrapText,
} from '../../../../src/features/export/svg-text';

describe('escapeXml', () => {
  it('escapes markup, ampersands and both quotes', () => {
    expect(escapeXml('<script>alert("x")</script>')).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;',
    );
    expect(escapeXml("Trade & investment's")).toBe('Trade &amp; investment&apos;s');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('replaces characters XML forbids and keeps the rest', () => {
    expect(escapeXml('a\u0000b\u001Fc\uFFFE')).toBe('a\uFFFDb\uFFFDc\uFFFD');
    expect(escapeXml('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate');
    expect(escapeXml('Vučić 🇷🇸 محمد\tok\n')).toBe('Vučić 🇷🇸 محمد\tok\n');
  });

  it('handles a 10 000-character name', () => {
    const name = `${'<&>"\''.repeat(2000)}`;
    expect(name).toHaveLength(10_000);
    const out = escapeXml(name);
    expect(out).not.toMatch(/[<>"']/);
    expect(out).toHaveLength(2000 * '&lt;&amp;&gt;&quot;&apos;'.length);
  });
});

describe('text layout', () => {
  it('collapses whitespace', () => {
    expect(normalizeSpace('  a \n\t b  ')).toBe('a b');
  });

  it('estimates widths generously', () => {
    expect(textWidth('Visit frequency', 30, true)).toBeGreaterThan(15 * 30 * 0.5);
    expect(textWidth('防衛', 10)).toBeCloseTo(22);
  });

  it('ellipsizes to the width, on code points', () => {
    const long = '🇦🇿'.repeat(500);
    const out = ellipsize(long, 200, 15);
    expect(out.endsWith('…')).toBe(true);
    expect(textWidth(out, 15)).toBeLessThanOrEqual(200);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(ellipsize('short', 200, 15)).toBe('short');
  });

  it('wraps words into lines that fit and caps the line count', () => {
    const text = 'Sectors: Energy, Defence industry, Security & counter-terrorism · 2020–2024';
    const lines = wrapText(text, 200, 15);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 15)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);

    const capped = wrapText('word '.repeat(400), 300, 15, { maxLines: 2 });
    expect(capped).toHaveLength(2);
    expect(capped[1]!.endsWith('…')).toBe(true);
  });

  it('breaks a word longer than a line', () => {
    const lines = wrapText('x'.repeat(10_000), 300, 15, { maxLines: 3 });
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(textWidth(l, 15)).toBeLessThanOrEqual(300);
    expect(wrapText('', 100, 15)).toEqual([]);
  });
});
