import { describe, expect, it } from 'vitest';
import type { LoadedDataset } from '../../../src/state/dataset-query';
import { buildIndex } from '../../../src/model/dataset-index';
import { chartSvg, svgSize } from '../../../src/features/export/chart-svg';
import { FONT_FAMILY } from '../../../src/features/export/svg-frame';
import { visitFrequencySvg } from '../../../src/features/export/visit-svg';
import { cooperationAreasSvg } from '../../../src/features/export/sector-svg';
import { peopleInvolvedSvg, roleLines } from '../../../src/features/export/people-svg';
import { LEVEL_GROUP_LABELS, LEVEL_GROUPS } from '../../../src/data/labels';
import { describeFilters, sourceLine } from '../../../src/model/describe';
import { loadFixture, viewProps } from '../../support/dataset';
import { titleOf } from '../../support/views';
import { THEMES } from '../../../src/lib/tokens';
import { contrastRatio } from '../../../src/model/colors';

const VISITS = titleOf('visit-frequency');
const SECTORS = titleOf('cooperation-areas');
const PEOPLE = titleOf('people-involved');

/** Parses as XML (not HTML): any well-formedness error gives a <parsererror>. */
function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent ?? ''}`);
  expect(doc.documentElement.localName).toBe('svg');
  expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
  return doc;
}

const texts = (doc: Document) =>
  Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');

function expectStandalone(svg: string, doc: Document) {
  const root = doc.documentElement;
  const { width, height } = svgSize(svg);
  expect(width).toBe(1200);
  expect(height).toBeGreaterThan(300);
  expect(root.getAttribute('width')).toBe('1200');
  expect(root.getAttribute('viewBox')).toBe(`0 0 1200 ${height}`);
  expect(root.getAttribute('font-family')).toBe(FONT_FAMILY);
  expect(svg).not.toMatch(/href\s*=\s*["']?\s*https?:/i);
  expect(svg).not.toMatch(/@font-face|<image|foreignObject|<style|var\(--|<script/i);
  expect(doc.getElementsByTagName('title')[0]?.textContent).toBeTruthy();
  // Nothing drawn outside the canvas.
  for (const t of Array.from(doc.getElementsByTagName('text'))) {
    const x = Number(t.getAttribute('x'));
    const y = Number(t.getAttribute('y'));
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(width);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThanOrEqual(height);
  }
}

describe('visitFrequencySvg', () => {
  it('draws trips by direction with every year, the legend, caption and source', () => {
    const { index, data, filters } = viewProps({
      sectors: ['energy', 'defence-industry'],
      from: 2020,
      to: 2024,
    });
    const svg = visitFrequencySvg(index, data, filters, {
      title: VISITS,
      mode: 'direction',
      showContacts: true,
    });
    const doc = parse(svg);
    expectStandalone(svg, doc);
    const all = texts(doc);
    expect(all).toContain('Visit frequency');
    expect(all).toContain('Azerbaijan–Serbia relations');
    expect(all).toContain('Azerbaijan → Serbia');
    expect(all).toContain('Serbia → Azerbaijan');
    expect(all).toContain('Contacts without travel (calls, letters, protests)');
    expect(all).toContain('Sectors: Energy, Defence industry · 2020–2024');
    expect(describeFilters(filters, index)).toBe('Sectors: Energy, Defence industry · 2020–2024');
    expect(all).toContain('Trips');
    for (const year of ['2020', '2021', '2022', '2023', '2024']) expect(all).toContain(year);
    expect(doc.documentElement.textContent).toContain(sourceLine(index));
    expect(doc.getElementsByTagName('pattern')).toHaveLength(1);
  });

  it('counts the shipped trips: 7 trips, 2 contacts without travel', () => {
    const { index, data, filters } = viewProps();
    const doc = parse(
      visitFrequencySvg(index, data, filters, {
        title: VISITS,
        mode: 'direction',
        showContacts: true,
      }),
    );
    expect(texts(doc)).toContain('All engagements');
    const bars = Array.from(doc.getElementsByTagName('rect'));
    const blue = bars.filter(
      (r) => r.getAttribute('fill') === '#0072B2' && Number(r.getAttribute('height')) > 20,
    );
    const orange = bars.filter(
      (r) => r.getAttribute('fill') === '#D55E00' && Number(r.getAttribute('height')) > 20,
    );
    // Azerbaijan → Serbia: 2022, 2023 (2 trips), 2024; Serbia → Azerbaijan: 2020, 2022, 2024.
    expect(blue).toHaveLength(3);
    expect(orange).toHaveLength(3);
    const hatched = bars.filter(
      (r) =>
        (r.getAttribute('fill') ?? '').startsWith('url(#') && Number(r.getAttribute('height')) > 20,
    );
    expect(hatched).toHaveLength(1);
  });

  it('splits by level and can leave contacts out', () => {
    const { index, data, filters } = viewProps();
    const doc = parse(
      visitFrequencySvg(index, data, filters, {
        title: VISITS,
        mode: 'level',
        showContacts: false,
      }),
    );
    const all = texts(doc);
    for (const g of LEVEL_GROUPS) expect(all).toContain(LEVEL_GROUP_LABELS[g]);
    expect(all).not.toContain('Contacts without travel (calls, letters, protests)');
  });

  it('leaves out the contacts slot when no contact matches, and says so', () => {
    const { index, data, filters } = viewProps({ sectors: ['energy'] });
    const doc = parse(visitFrequencySvg(index, data, filters, { title: VISITS }));
    const all = texts(doc);
    expect(all).not.toContain('Contacts without travel (calls, letters, protests)');
    expect(all).toContain('No contacts without travel match the filters.');
    expect(doc.getElementsByTagName('pattern')).toHaveLength(1);
  });

  it('marks a selected year with one band behind its bars, as the screen does', () => {
    const all = viewProps();
    const none = parse(visitFrequencySvg(all.index, all.data, all.filters, { title: VISITS }));
    expect(none.querySelectorAll('rect[data-selected-year]')).toHaveLength(0);
    const { index, data, filters } = viewProps({ from: 2022, to: 2022 });
    const doc = parse(visitFrequencySvg(index, data, filters, { title: VISITS }));
    const bands = doc.querySelectorAll('rect[data-selected-year]');
    expect(bands).toHaveLength(1);
    expect(bands[0]!.getAttribute('data-selected-year')).toBe('2022');
    expect(bands[0]!.getAttribute('fill')).toBe(THEMES.light.accent);
    // A range is not one selected year: it fades the years outside it instead.
    const range = viewProps({ from: 2021, to: 2023 });
    const ranged = parse(
      visitFrequencySvg(range.index, range.data, range.filters, { title: VISITS }),
    );
    expect(ranged.querySelectorAll('rect[data-selected-year]')).toHaveLength(0);
  });

  it('has a dark theme', () => {
    const { index, data, filters } = viewProps();
    const svg = visitFrequencySvg(index, data, filters, {
      title: VISITS,
      mode: 'direction',
      showContacts: true,
      theme: 'dark',
    });
    const background = (doc: Document) =>
      doc.documentElement.querySelector(':scope > rect')?.getAttribute('fill');
    const dark = parse(svg);
    expect(background(dark)).toBe(THEMES.dark.surface);
    const darkText = dark.documentElement.querySelector(':scope > text')?.getAttribute('fill');
    expect([THEMES.dark.text, THEMES.dark['text-muted']]).toContain(darkText);
    expect(background(parse(visitFrequencySvg(index, data, filters, { title: VISITS })))).toBe(
      THEMES.light.surface,
    );
  });
});

describe('a dataset spanning 75 years', () => {
  const dataset = structuredClone(loadFixture().dataset);
  dataset.events[0]!.date = '1950-07-20';
  const index = buildIndex(dataset);
  const { data, filters } = viewProps({}, { index } as LoadedDataset);

  it('labels fewer, non-overlapping years on both charts', () => {
    for (const svg of [
      visitFrequencySvg(index, data, filters, { title: VISITS }),
      cooperationAreasSvg(index, data, filters, { title: SECTORS }),
    ]) {
      const years = Array.from(parse(svg).getElementsByTagName('text')).filter((t) =>
        /^(19|20)\d\d$/.test(t.textContent ?? ''),
      );
      expect(years.map((t) => t.textContent)).toContain('1950');
      expect(years.length).toBeLessThan(20);
      const xs = years.map((t) => Number(t.getAttribute('x'))).sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(50);
    }
  });
});

describe('cooperationAreasSvg', () => {
  it('draws every sector with its counts, a Total column and the shade legend', () => {
    const { index, data, filters } = viewProps();
    const svg = cooperationAreasSvg(index, data, filters, { title: SECTORS });
    const doc = parse(svg);
    expectStandalone(svg, doc);
    const all = texts(doc);
    expect(all).toContain('Cooperation by sector and year');
    expect(all).toContain('Total');
    expect(all).toContain('Engagements per cell:');
    expect(all).toContain('None');
    for (const s of index.sectors) expect(all).toContain(s.label);
    expect(all).toContain('All engagements');
    expect(doc.documentElement.textContent).toContain(sourceLine(index));
    // Rows sorted by total: the first sector label drawn is the one with the most engagements.
    const labels = all.filter((t) => index.sectors.some((s) => s.label === t));
    expect(labels[0]).toBe(data.sectors.rows[0]!.label);
    expect(svg).toContain('Trade &amp; investment');
  });

  it('keeps the sectors a filter leaves out readable, outlines the selected row, marks skipped years', () => {
    const { index, data, filters } = viewProps({ sectors: ['energy'] });
    for (const theme of ['light', 'dark'] as const) {
      const doc = parse(cooperationAreasSvg(index, data, filters, { title: SECTORS, theme }));
      const swatches = Array.from(doc.querySelectorAll('rect[width="14"][height="14"]'));
      expect(swatches).toHaveLength(index.sectors.length);
      // Nothing fades to near-invisibility: no opacity at all; paler shades instead.
      expect(doc.querySelectorAll('[opacity]')).toHaveLength(0);
      const labels = swatches.map((s) => s.nextElementSibling!);
      const dimmed = labels.filter((l) => l.getAttribute('fill') === THEMES[theme]['text-muted']);
      expect(dimmed).toHaveLength(index.sectors.length - 1);
      // Counts of the paler rows: the theme's text colour, 4.5:1 on their shade (or total).
      const counts = Array.from(doc.querySelectorAll('text[font-weight="400"]')).filter((t) =>
        /^\d+$/.test(t.textContent ?? ''),
      );
      expect(counts.length).toBeGreaterThan(10);
      for (const t of counts) {
        expect(t.getAttribute('fill')).toBe(THEMES[theme].text);
        const cell = t.previousElementSibling!;
        expect(
          contrastRatio(cell.getAttribute('fill')!, THEMES[theme].text),
        ).toBeGreaterThanOrEqual(4.5);
      }
      // One outline round the selected row, none round its (empty) cells.
      const outlined = Array.from(doc.querySelectorAll('rect[stroke]')).filter(
        (r) => r.getAttribute('fill') === 'none',
      );
      expect(outlined).toHaveLength(1);
      expect(outlined[0]!.getAttribute('stroke')).toBe(THEMES[theme].accent);
      const energy = labels.find((l) => l.textContent === 'Energy')!;
      expect(energy.getAttribute('font-weight')).toBe('700');
      expect(Number(outlined[0]!.getAttribute('width'))).toBeGreaterThan(900);
      expect(texts(doc).join(' ')).toContain(
        'Selected sectors are outlined; the others are paler.',
      );
    }

    const dataset = structuredClone(loadFixture().dataset);
    dataset.events[0]!.date = '1950-07-20';
    const long = buildIndex(dataset);
    const more = viewProps({}, { index: long } as LoadedDataset);
    const longDoc = parse(cooperationAreasSvg(long, more.data, more.filters, { title: SECTORS }));
    expect(longDoc.querySelectorAll('line[stroke-dasharray]')).toHaveLength(1);
    expect(texts(longDoc).join(' ')).toContain(
      'left out: 1951–2019 (marked ┆ at the year labels).',
    );
  });
});

describe('peopleInvolvedSvg', () => {
  it('draws the ranked people with roles, counts and the country legend', () => {
    const { index, data, filters } = viewProps({ people: ['jeyhun-bayramov'] });
    const svg = peopleInvolvedSvg(index, data, filters, { title: PEOPLE });
    const doc = parse(svg);
    expectStandalone(svg, doc);
    const all = texts(doc);
    expect(all).toContain('People involved');
    expect(all).toContain('Azerbaijan');
    expect(all).toContain('Serbia');
    expect(all).toContain('Bulgaria');
    expect(all).toContain('Jeyhun Bayramov');
    expect(all).toContain('Aleksandar Vučić');
    expect(all).toContain('Person: Jeyhun Bayramov');
    expect(all).toContain('Country:');
    expect(all).toContain('Selected people in full colour; the others are faded.');
    expect(all).toContain('Roles are the most recent the sources give.');
    expect(doc.documentElement.textContent).toContain(sourceLine(index));
  });

  it('writes a long role out in full on two lines, broken between words', () => {
    const { index, data, filters } = viewProps();
    const role = 'First Deputy Prime Minister and Minister of Foreign Affairs of Serbia';
    expect(data.people.some((p) => p.role === role)).toBe(true);
    const svg = peopleInvolvedSvg(index, data, filters, { title: PEOPLE });
    const doc = parse(svg);
    expectStandalone(svg, doc);
    const all = texts(doc);
    const first = all.findIndex((t) => t.startsWith('First Deputy Prime Minister'));
    expect(first).toBeGreaterThan(0);
    expect(all[first]).not.toBe(role);
    expect(`${all[first]} ${all[first + 1]}`).toBe(role);
    expect(all.some((t) => t.endsWith('…'))).toBe(false);
  });

  it('clamps a role to two lines, ending with "…" after a whole word', () => {
    const role =
      'Deputy Prime Minister and Minister of Foreign and Internal Trade and ' +
      'Telecommunications of Serbia; co-chair of the Intergovernmental Commission';
    const lines = roleLines(role, 220);
    expect(lines).toHaveLength(2);
    expect(role.startsWith(lines[0]!)).toBe(true);
    expect(lines[1]!.endsWith('…')).toBe(true);
    const shown = `${lines[0]} ${lines[1]!.slice(0, -1)}`;
    expect(role.startsWith(shown)).toBe(true);
    // The cut falls between two words of the role, never inside one.
    expect(role[shown.length]).toMatch(/[\s;,]/);
    expect(roleLines('Minister of Energy', 220)).toEqual(['Minister of Energy']);
  });

  it('says so when nobody matches', () => {
    const { index, data, filters } = viewProps({ q: 'no engagement says this' });
    const doc = parse(peopleInvolvedSvg(index, data, filters, { title: PEOPLE }));
    expect(texts(doc)).toContain('Nobody matches these filters.');
    expect(texts(doc)).not.toContain('Country:');
  });

  it('escapes a hostile name and ellipsizes a 10 000-character one', () => {
    // Built without validation (the schema caps names at 300 characters): the images must
    // cope with whatever text reaches them.
    const dataset = structuredClone(loadFixture().dataset);
    dataset.people[0]!.name = '<img src=x onerror=alert(1)>';
    dataset.people[1]!.name = 'W'.repeat(10_000);
    dataset.sectors[0]!.label = '<script>alert("&")</script>';
    const index = buildIndex(dataset);
    const { data, filters } = viewProps({ people: ['ilham-aliyev'] }, { index } as LoadedDataset);
    for (const chart of ['visit-frequency', 'cooperation-areas', 'people-involved'] as const) {
      const { svg, width, height } = chartSvg(chart, index, data, filters, {
        title: titleOf(chart),
      });
      expect(svg).not.toContain('<img');
      expect(svg).not.toContain('<script');
      const doc = parse(svg);
      expect(doc.getElementsByTagName('img')).toHaveLength(0);
      expect(doc.getElementsByTagName('script')).toHaveLength(0);
      expect(width).toBe(1200);
      expect(height).toBeLessThan(3000);
    }
    const doc = parse(peopleInvolvedSvg(index, data, filters, { title: PEOPLE }));
    const all = texts(doc);
    expect(all).toContain('<img src=x onerror=alert(1)>');
    const long = all.find((t) => t.startsWith('WWW'))!;
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThan(60);
    const caption = parse(cooperationAreasSvg(index, data, filters, { title: SECTORS }));
    expect(texts(caption)).toContain('<script>alert("&")</script>');
  });
});
