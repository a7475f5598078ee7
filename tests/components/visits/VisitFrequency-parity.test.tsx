/**
 * The dashboard panel and the SVG export draw the same Visit frequency: for each state below,
 * both renderings are read back (not the spec) and compared, so any decision one of them
 * makes on its own (a subtitle, a legend key, a tick, a note, a faded bar) fails here.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chartSvg } from '../../../src/features/export/chart-svg';
import { VisitFrequency } from '../../../src/features/visits/VisitFrequency';
import { DIM_OPACITY } from '../../../src/model/chart-spec';
import { sourceLine } from '../../../src/model/describe';
import type { Filters } from '../../../src/model/filters';
import type { VisitMode } from '../../../src/model/visits-view';
import { resetFilterStore } from '../../../src/state/filter-store';
import { viewPropsOf } from '../../support/views';
import { wakeVisitChart } from '../../support/visit-chart';

const viewProps = viewPropsOf('visit-frequency');

interface Reading {
  title: string;
  subtitle: string;
  legend: string[];
  ticks: string[];
  axisLabel: string;
  notes: string;
  /** The milestone markers' numbers, left to right. */
  milestones: string[];
  empty: string | null;
  /** Every drawn bar as "fill|dimmed", sorted. */
  marks: string[];
  /** The counts printed on and above the bars, sorted. */
  values: string[];
  /** Each year on the axis as "year:selected|dimmed|plain". */
  years: string[];
}

const DIM = String(DIM_OPACITY);
const isYear = (t: string) => /^\d{4}$/.test(t);
const sorted = (xs: string[]) => [...xs].sort();

/** `#0072B2` and `rgb(0, 114, 178)` alike, as lower-case hex. */
function hex(color: string): string {
  const m = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(color);
  if (!m) return color.toLowerCase();
  return `#${m
    .slice(1)
    .map((c) => Number(c).toString(16).padStart(2, '0'))
    .join('')}`;
}

const paint = (fill: string | null) => (fill?.startsWith('url(#') ? 'hatch' : hex(fill ?? ''));

function readScreen(container: HTMLElement): Reading {
  const all = (sel: string) => Array.from(container.querySelectorAll(sel));
  const textOf = (e: Element) => e.textContent ?? '';
  const axisTexts = all('.recharts-cartesian-axis-tick-value').map(textOf);
  return {
    title: textOf(container.querySelector('.panel-title')!),
    subtitle: textOf(container.querySelector('.panel-subtitle')!),
    legend: all('.visits-legend li').map((li) => {
      const swatch = li.querySelector<HTMLElement>('.swatch')!;
      const color = swatch.classList.contains('visits-swatch-hatch')
        ? 'hatch'
        : hex(swatch.style.background);
      return `${textOf(li)}|${color}`;
    }),
    ticks: axisTexts.filter((t) => !isYear(t)),
    axisLabel: textOf(container.querySelector('.visits-axis-label')!),
    notes: textOf(container.querySelector('.panel-foot')!),
    milestones: all('.visits-milestone').map(textOf),
    empty: container.querySelector('.visits-empty')?.textContent ?? null,
    marks: sorted(
      all('.recharts-bar-rectangle path').map(
        (p) => `${paint(p.getAttribute('fill'))}|${p.getAttribute('fill-opacity') === DIM}`,
      ),
    ),
    values: sorted(
      all('.visits-value, .visits-segment-value')
        .map(textOf)
        .filter((t) => t !== ''),
    ),
    years: all('.visits-year-tick').map((t) => {
      const state = t.classList.contains('is-selected')
        ? 'selected'
        : t.classList.contains('is-dimmed')
          ? 'dimmed'
          : 'plain';
      return `${textOf(t)}:${state}`;
    }),
  };
}

function readSvg(svg: string, kicker: string, source: string): Reading {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const texts = Array.from(doc.getElementsByTagName('text'));
  const rects = Array.from(doc.getElementsByTagName('rect'));
  const attr = (e: Element, name: string) => e.getAttribute(name);
  const textOf = (e: Element) => e.textContent ?? '';
  const sized = (size: string) => texts.filter((t) => attr(t, 'font-size') === size);
  const muted = attr(sized('14')[0]!, 'fill');
  const allNotes = sized('13').map(textOf).join(' ');
  expect(allNotes.endsWith(` ${source}`)).toBe(true);
  // The export lists the milestones as a footnote; the screen has a key of its own.
  const keyAt = allNotes.indexOf(' Milestones: ');
  const notes = keyAt < 0 ? allNotes : `${allNotes.slice(0, keyAt)} ${source}`;
  const markers = Array.from(doc.querySelectorAll('g[data-milestone-year]'));
  const inMarker = (t: Element) => markers.some((g) => g.contains(t));
  const bars = rects.filter(
    (r) =>
      ['1', '1.5'].includes(attr(r, 'stroke-width') ?? '') &&
      !attr(r, 'rx') &&
      !r.hasAttribute('data-selected-year'),
  );
  const bold = texts.filter(
    (t) => attr(t, 'font-weight') === '700' && attr(t, 'text-anchor') === 'middle' && !inMarker(t),
  );
  return {
    title: textOf(sized('30')[0]!),
    subtitle: sized('17').map(textOf).join(' '),
    legend: rects
      .filter((r) => attr(r, 'rx') === '2' && attr(r, 'width') === '13')
      .map((r) => {
        const fill = attr(r, 'fill');
        const color = paint(fill) === 'hatch' ? 'hatch' : paint(fill);
        return `${textOf(r.nextElementSibling!)}|${color}`;
      }),
    ticks: texts.filter((t) => attr(t, 'text-anchor') === 'end').map(textOf),
    axisLabel: textOf(
      sized('14').find((t) => attr(t, 'font-weight') === '600' && textOf(t) !== kicker)!,
    ),
    notes: notes.slice(0, -source.length - 1),
    milestones: markers.map((g) => textOf(g.querySelector('text')!)),
    empty: texts.find((t) => attr(t, 'font-size') === '16')?.textContent ?? null,
    marks: sorted(
      bars.map((r) => {
        const dimmed = (attr(r, 'fill-opacity') ?? attr(r, 'opacity')) === DIM;
        return `${paint(attr(r, 'fill'))}|${dimmed}`;
      }),
    ),
    values: sorted(bold.map(textOf).filter((t) => !isYear(t))),
    years: sized('15')
      .filter((t) => isYear(textOf(t)) && attr(t, 'font-weight') !== '600')
      .map((t) => {
        const state =
          attr(t, 'font-weight') === '700'
            ? 'selected'
            : attr(t, 'fill') === muted
              ? 'dimmed'
              : 'plain';
        return `${textOf(t)}:${state}`;
      }),
  };
}

interface State {
  name: string;
  filters?: Partial<Filters>;
  mode?: VisitMode;
  showContacts?: boolean;
}

const STATES: State[] = [
  { name: 'no filters' },
  { name: 'a direction filter that fades a direction', filters: { directions: ['RS-AZ'] } },
  { name: 'one year selected', filters: { from: 2022, to: 2022 } },
  { name: 'a year range', filters: { from: 2021, to: 2023 } },
  { name: 'level mode', mode: 'level' },
  {
    name: 'level mode under a direction filter',
    mode: 'level',
    filters: { directions: ['RS-AZ'] },
  },
  { name: 'contacts hidden', showContacts: false },
  {
    name: 'level mode, contacts hidden, contacts filter',
    mode: 'level',
    showContacts: false,
    filters: { directions: ['none'] },
  },
  { name: 'no contact matches', filters: { sectors: ['energy'] } },
  { name: 'nothing matches', filters: { q: 'zzzz-no-such-thing' } },
];

describe('Visit frequency on screen and in the export', () => {
  beforeEach(() => {
    resetFilterStore();
    // jsdom lays nothing out: give the chart's container a size so Recharts draws.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 0, y: 0, width: 800, height: 320 }),
    );
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(STATES)(
    'match with $name',
    async ({ filters = {}, mode = 'direction', showContacts = true }) => {
      const user = userEvent.setup();
      const props = viewProps(filters);
      const { container } = render(<VisitFrequency {...props} />);
      await wakeVisitChart(container);
      if (mode === 'level') await user.click(screen.getByRole('button', { name: 'By level' }));
      if (!showContacts) {
        await user.click(screen.getByRole('checkbox', { name: 'Show contacts without travel' }));
      }
      const { svg } = chartSvg('visit-frequency', props.index, props.data, props.filters, {
        title: props.title,
        mode,
        showContacts,
      });
      const onScreen = readScreen(container);
      const exported = readSvg(svg, props.index.dataset.meta.title, sourceLine(props.index));
      expect(exported).toEqual(onScreen);
      // Not vacuous: each state reads something from both.
      expect(onScreen.legend.length).toBeGreaterThan(0);
      expect(onScreen.years).toHaveLength(5);
      expect(onScreen.notes).not.toBe('');
    },
  );

  it('tells the level split from the direction split in both', async () => {
    const user = userEvent.setup();
    const props = viewProps();
    const { container } = render(<VisitFrequency {...props} />);
    await wakeVisitChart(container);
    const before = readScreen(container).subtitle;
    await user.click(screen.getByRole('button', { name: 'By level' }));
    expect(readScreen(container).subtitle).not.toBe(before);
  });
});
