import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../../../src/state/dataset-query';
import { SectorHeatmap } from '../../../src/features/sectors/SectorHeatmap';
import { chartSvg } from '../../../src/features/export/chart-svg';
import { buildIndex } from '../../../src/model/dataset-index';
import { describeFilters } from '../../../src/model/describe';
import type { Filters } from '../../../src/model/filters';
import { THEMES } from '../../../src/lib/tokens';
import { loadFixture } from '../../support/dataset';
import { viewPropsOf } from '../../support/views';

const viewProps = viewPropsOf('cooperation-areas');

/**
 * The heatmap drawn twice, on screen and as the exported SVG, from the same data and filters:
 * both must show the same words, keys, rows, shades and faded rows. Each side is read back
 * from what it drew (the DOM, the SVG's elements), not from the spec they share.
 */

interface Drawn {
  title: string;
  legendTitle: string | null;
  /** Label and colour (`empty` for the empty-cell key) of each legend key. */
  legend: string[];
  notes: string[];
  years: string[];
  /** The years right after a gap mark. */
  gapsBefore: string[];
  rows: {
    label: string;
    color: string;
    selected: boolean;
    dimmed: boolean;
    /** A cell's shade and the colour of its count, as hex; null for an empty cell. */
    cells: { count: number; fill: string | null; text: string | null }[];
    total: number;
  }[];
  empty: string | null;
}

const LIGHT = THEMES.light as unknown as Record<string, string>;
const EMPTY_FILL = LIGHT['surface-2'];

/** What a `var(--token)` the screen sets stands for in the light theme (the export's). */
function resolved(value: string): string | null {
  if (value === '') return null;
  const m = /^var\(--([\w-]+)\)$/.exec(value.trim());
  return m ? (LIGHT[m[1]!] ?? null) : value;
}

/** jsdom writes colours as rgb(); the SVG keeps hex. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

const textOf = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';

function drawnOnScreen(panel: HTMLElement): Drawn & { subtitle: string } {
  const all = <T extends Element>(sel: string) => Array.from(panel.querySelectorAll<T>(sel));
  return {
    title: textOf(panel.querySelector('h2')),
    subtitle: textOf(panel.querySelector('.panel-subtitle')),
    legendTitle: panel.querySelector('.sectors-legend-title')?.textContent ?? null,
    legend: all<HTMLElement>('.sectors-legend-swatch').map(
      (s) =>
        `${textOf(s)} ${s.classList.contains('is-empty') ? 'empty' : resolved(s.style.background)}`,
    ),
    notes: all('.sectors-hint p').map(textOf),
    years: all('th.sectors-year:not(.sectors-total-head)').map(textOf),
    gapsBefore: all('th.sectors-after-gap').map(textOf),
    rows: all('.sectors-grid tbody tr').map((tr) => ({
      label: textOf(tr.querySelector('.sectors-label-text')),
      color: tr.querySelector<HTMLElement>('.swatch')!.style.background,
      selected: tr.classList.contains('is-selected'),
      dimmed: tr.classList.contains('is-dimmed'),
      cells: Array.from(tr.querySelectorAll<HTMLElement>('td[data-year]')).map((td) => ({
        count: Number(textOf(td)),
        fill: resolved(td.style.getPropertyValue('--cell-fill')),
        text: resolved(td.style.getPropertyValue('--cell-text')),
      })),
      total: Number(textOf(tr.querySelector('.sectors-total'))),
    })),
    empty: panel.querySelector('.empty-state')?.textContent ?? null,
  };
}

/** A drawn row of the SVG: its swatch, label, a rect (and count) per year, the total. */
function svgRow(swatch: Element, years: number): Drawn['rows'][number] {
  const label = swatch.nextElementSibling!;
  const cells: Drawn['rows'][number]['cells'] = [];
  let at = label.nextElementSibling;
  for (let c = 0; c < years; c++) {
    const fill = at!.getAttribute('fill')!;
    at = at!.nextElementSibling;
    let count = 0;
    let text: string | null = null;
    if (at?.localName === 'text') {
      count = Number(at.textContent);
      text = at.getAttribute('fill');
      at = at.nextElementSibling;
    }
    cells.push({ count, fill: fill === EMPTY_FILL ? null : fill, text });
  }
  return {
    label: textOf(label),
    color: rgb(swatch.getAttribute('fill')!),
    selected: label.getAttribute('font-weight') === '700',
    dimmed: label.getAttribute('fill') === LIGHT['text-muted'],
    cells,
    total: Number(textOf(at!.nextElementSibling)),
  };
}

function drawnInSvg(svg: string): Drawn & { description: string } {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const all = (sel: string) => Array.from(doc.querySelectorAll(sel));
  const keys = all('rect[width="13"][height="13"]');
  const yearTexts = all('text[font-weight="700"][text-anchor="middle"][font-size="15"]').filter(
    (t) => /^\d{4}$/.test(textOf(t)),
  );
  const xOf = (el: Element, attr: string) => Number(el.getAttribute(attr));
  const notesAndSource = all('text[font-size="13"]').map((t) => t.textContent ?? '');
  const sourceAt = notesAndSource.findIndex((t) => t.startsWith('Source:'));
  return {
    title: all('text[font-size="30"]').map(textOf).join(' '),
    description: textOf(doc.querySelector('desc')),
    legendTitle: keys[0] ? textOf(keys[0].previousElementSibling) : null,
    legend: keys.map((k) => {
      const empty = k.getAttribute('fill') === EMPTY_FILL && k.hasAttribute('stroke');
      return `${textOf(k.nextElementSibling)} ${empty ? 'empty' : k.getAttribute('fill')}`;
    }),
    // Notes wrap onto several lines; the source line follows them.
    notes: notesAndSource.slice(0, sourceAt),
    years: yearTexts.map(textOf),
    gapsBefore: all('line[stroke-dasharray]').map((line) => {
      const after = yearTexts.filter((t) => xOf(t, 'x') > xOf(line, 'x1'));
      return textOf(after[0]);
    }),
    rows: all('rect[width="14"][height="14"]').map((s) => svgRow(s, yearTexts.length)),
    empty:
      all('text[font-size="17"]')
        .map(textOf)
        .find((t) => t.startsWith('No ')) ?? null,
  };
}

function drawBoth(filters: Partial<Filters>, presentation: boolean, loaded = loadFixture()) {
  const props = viewProps(filters, loaded);
  const { container } = render(<SectorHeatmap {...props} presentation={presentation} />);
  const screen = drawnOnScreen(container.querySelector<HTMLElement>('section')!);
  const { svg } = chartSvg('cooperation-areas', props.index, props.data, props.filters, {
    title: props.title,
  });
  const caption = describeFilters(props.filters, props.index);
  return { screen, file: drawnInSvg(svg), caption };
}

/** Everything but the subtitle and notes must match exactly; those, as the caller says. */
function expectSameMarks(screen: Drawn, file: Drawn) {
  expect(screen.title).toBe(file.title);
  expect(screen.legendTitle).toBe(file.legendTitle);
  expect(screen.legend).toEqual(file.legend);
  expect(screen.years).toEqual(file.years);
  expect(screen.gapsBefore).toEqual(file.gapsBefore);
  expect(screen.rows).toEqual(file.rows);
  expect(screen.empty).toBe(file.empty);
}

const dataset1950 = () => {
  const dataset = structuredClone(loadFixture().dataset);
  dataset.events[0]!.date = '1950-07-20';
  return { index: buildIndex(dataset) } as LoadedDataset;
};

const STATES: [string, Partial<Filters>, (() => LoadedDataset)?][] = [
  ['no filters', {}],
  ['a sector filter, which pales the other sectors', { sectors: ['energy'] }],
  ['two sectors and a year range', { sectors: ['energy', 'trade-investment'], from: 2022 }],
  ['a search that matches nothing', { q: 'no such engagement anywhere' }],
  ['years outside the record', { from: 2030, to: 2031 }],
  ['a record with skipped years', {}, dataset1950],
];

describe('Cooperation by sector and year: screen and export agree', () => {
  afterEach(cleanup);

  it.each(STATES)('on a slide and in the file, under %s', (_, filters, loaded) => {
    const { screen, file, caption } = drawBoth(filters, true, loaded?.());
    expectSameMarks(screen, file);
    expect(file.description.startsWith(`${screen.subtitle} ${caption}`)).toBe(true);
    expect(screen.notes.join(' ')).toBe(file.notes.join(' '));
  });

  it.each(STATES)('on the dashboard, which adds only how to operate it, under %s', (_, f, l) => {
    const { screen, file, caption } = drawBoth(f, false, l?.());
    expectSameMarks(screen, file);
    const subtitle = file.description.slice(0, file.description.indexOf(` ${caption}`));
    expect(screen.subtitle.startsWith(subtitle)).toBe(true);
    expect(screen.notes.join(' ').startsWith(file.notes.join(' '))).toBe(true);
  });

  it('reads something in every state it compares', () => {
    const faded = drawBoth({ sectors: ['energy'] }, true).screen;
    expect(faded.rows.filter((r) => r.dimmed)).toHaveLength(faded.rows.length - 1);
    expect(faded.rows.filter((r) => r.selected).map((r) => r.label)).toEqual(['Energy']);
    expect(faded.legend[0]).toBe('None empty');
    expect(faded.notes.length).toBeGreaterThan(1);
    expect(faded.rows[0]!.cells.some((c) => c.fill !== null)).toBe(true);
    expect(drawBoth({}, true, dataset1950()).file.gapsBefore).toEqual(['2020']);
    expect(drawBoth({ from: 2030 }, true).file.empty).toBe('No engagements match these filters.');
  });
});

describe('Cooperation by sector and year for a single year', () => {
  afterEach(cleanup);

  it('draws bars as long as their share of the largest count, on screen and in the file', () => {
    const props = viewProps({ from: 2024, to: 2024 });
    const { container } = render(<SectorHeatmap {...props} />);
    const onScreen = Array.from(container.querySelectorAll<HTMLElement>('td.has-fill')).map(
      (td) => [Number(td.textContent), Number(td.style.getPropertyValue('--share'))],
    );
    expect(onScreen.length).toBeGreaterThan(3);
    const max = Math.max(...onScreen.map(([count]) => count!));
    for (const [count, share] of onScreen) expect(share).toBeCloseTo(count! / max, 5);
    expect(container.querySelectorAll('td.has-fill .sectors-bar')).toHaveLength(onScreen.length);

    const { svg } = chartSvg('cooperation-areas', props.index, props.data, props.filters, {
      title: props.title,
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    // A bar is a shaded rect with an outline, followed by its count.
    const bars = Array.from(doc.querySelectorAll('rect[stroke-width="1"]:not([width="13"])'))
      .filter((r) => r.nextElementSibling?.localName === 'text')
      .map((r) => [Number(r.nextElementSibling!.textContent), Number(r.getAttribute('width'))]);
    expect(bars.map(([count]) => count)).toEqual(onScreen.map(([count]) => count));
    const longest = Math.max(...bars.map(([, w]) => w!));
    for (const [count, width] of bars) {
      expect(width! / longest).toBeCloseTo(Math.max(count! / max, 3 / longest), 2);
    }
    expect(longest).toBeGreaterThan(500);
  });
});
