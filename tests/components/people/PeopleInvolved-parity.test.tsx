import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chartSvg } from '../../../src/features/export/chart-svg';
import { PeopleInvolved } from '../../../src/features/people/PeopleInvolved';
import type { Filters } from '../../../src/model/filters';
import type { LoadedDataset } from '../../../src/state/dataset-query';
import { resetFilterStore } from '../../../src/state/filter-store';
import { loadFixture } from '../../support/dataset';
import { viewPropsOf } from '../../support/views';
import { longRanking } from '../../support/long-ranking';

const viewProps = viewPropsOf('people-involved');

/** What a reader of the chart sees, read back from either renderer. */
interface Shown {
  title: string;
  subtitle: string;
  legendTitle: string | null;
  legend: [label: string, color: string][];
  ticks: string[];
  axisLabel: string | null;
  notes: string[];
  /** Each bar in order: its colour and whether it is faded. */
  bars: [color: string, dimmed: boolean][];
  empty: string | null;
}

/** jsdom reads colours back as rgb(); the SVG keeps the spec's hex. */
function rgb(hex: string): string {
  const n = parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

const textOf = (el: Element | null | undefined) => el?.textContent?.trim() ?? null;

function fromScreen(container: HTMLElement): Shown {
  const all = (selector: string) => Array.from(container.querySelectorAll<HTMLElement>(selector));
  return {
    title: textOf(container.querySelector('h2'))!,
    subtitle: textOf(container.querySelector('.panel-subtitle'))!,
    legendTitle: textOf(container.querySelector('.people-legend-title')),
    legend: all('.people-legend li').map((li) => [
      textOf(li.querySelector('.people-legend-label'))!,
      li.querySelector<HTMLElement>('.swatch')!.style.background,
    ]),
    ticks: all('.people-tick-label').map((t) => textOf(t)!),
    axisLabel: textOf(container.querySelector('.people-axis-label')),
    notes: all('.people-note').map((n) => textOf(n)!),
    bars: all('.people-bar').map((b) => [b.style.background, b.hasAttribute('data-dimmed')]),
    empty: textOf(container.querySelector('.people-empty')),
  };
}

function fromSvg(svg: string): Shown {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const texts = Array.from(doc.getElementsByTagName('text'));
  const rects = Array.from(doc.getElementsByTagName('rect'));
  const attr = (el: Element, name: string) => el.getAttribute(name);
  const titleAt = texts.findIndex((t) => attr(t, 'font-size') === '30');
  const subtitle: string[] = [];
  for (const t of texts.slice(titleAt + 1)) {
    if (attr(t, 'font-size') !== '17') break;
    subtitle.push(textOf(t)!);
  }
  const swatches = rects.filter((r) => attr(r, 'width') === '13' && attr(r, 'height') === '13');
  const beforeLegend = swatches[0]?.previousElementSibling;
  const sourceAt = texts.findIndex((t) => t.getElementsByTagName('tspan').length > 0);
  const axis = texts.find((t) => attr(t, 'font-size') === '14' && attr(t, 'text-anchor') === 'end');
  const empty = texts.find((t) => textOf(t) === 'Nobody matches these filters.');
  return {
    title: textOf(texts[titleAt])!,
    subtitle: subtitle.join(' '),
    legendTitle: beforeLegend?.localName === 'text' ? textOf(beforeLegend) : null,
    legend: swatches.map((r) => [textOf(r.nextElementSibling)!, rgb(attr(r, 'fill')!)]),
    ticks: texts
      .filter((t) => attr(t, 'font-size') === '14' && attr(t, 'text-anchor') === 'middle')
      .map((t) => textOf(t)!),
    axisLabel: textOf(axis),
    notes: texts
      .slice(0, sourceAt)
      .filter((t) => attr(t, 'x') === '56' && attr(t, 'font-size') === '13')
      .map((t) => textOf(t)!),
    bars: rects
      .filter((r) => attr(r, 'height') === '26')
      .map((r) => [rgb(attr(r, 'fill')!), r.hasAttribute('fill-opacity')]),
    empty: textOf(empty),
  };
}

function bothWays(filters: Partial<Filters>, loaded: LoadedDataset = loadFixture()) {
  const props = viewProps(filters, loaded);
  const { container } = render(<PeopleInvolved {...props} />);
  const onScreen = fromScreen(container);
  const exported = fromSvg(
    chartSvg('people-involved', props.index, props.data, props.filters, { title: props.title }).svg,
  );
  return { onScreen, exported };
}

/** The screen invites a click after the chart's own subtitle; the image has nothing to click. */
function expectSame({ onScreen, exported }: { onScreen: Shown; exported: Shown }) {
  expect(onScreen.subtitle).toBe(`${exported.subtitle} Click a person to filter.`);
  expect({ ...onScreen, subtitle: '' }).toEqual({ ...exported, subtitle: '' });
}

describe('People involved, on screen and exported', { timeout: 20_000 }, () => {
  beforeEach(() => resetFilterStore());
  afterEach(() => cleanup());

  it('agrees with no filters', () => {
    const both = bothWays({});
    expectSame(both);
    expect(both.exported.title).toBe('People involved');
    expect(both.exported.legendTitle).toBe('Country:');
    expect(both.exported.legend.map(([label]) => label)).toEqual([
      'Azerbaijan',
      'Serbia',
      'Bulgaria',
    ]);
    expect(both.exported.ticks).toEqual(['0', '2', '4', '6', '8']);
    expect(both.exported.bars).toHaveLength(14);
    expect(both.exported.notes).toEqual(['Roles are the most recent the sources give.']);
  });

  it('agrees on who is faded when a person is selected', () => {
    const both = bothWays({ people: ['ivica-dacic'] });
    expectSame(both);
    expect(both.onScreen.bars.filter(([, dimmed]) => !dimmed)).toHaveLength(1);
    expect(both.onScreen.notes).toContain('Selected people in full colour; the others are faded.');
  });

  it('agrees on the top 15 plus a selected person ranked lower', () => {
    const loaded = longRanking();
    const last = viewProps({}, loaded).data.people.at(-1)!;
    const both = bothWays({ people: [last.personId] }, loaded);
    expectSame(both);
    expect(both.onScreen.bars).toHaveLength(16);
    expect(both.onScreen.notes[0]).toBe(
      'Top 15 of 39 people, plus the selected person ranked lower.',
    );
  });

  it('agrees when nobody matches', () => {
    const both = bothWays({ q: 'no engagement says this' });
    expectSame(both);
    expect(both.onScreen.empty).toBe('Nobody matches these filters.');
    expect(both.onScreen.bars).toEqual([]);
  });
});
