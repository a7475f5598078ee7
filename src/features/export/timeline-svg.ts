/**
 * The events timeline as a standalone SVG, for deck slides and their exports: every year of
 * the dataset on a horizontal axis, each engagement a block stacked in its year's column,
 * coloured by direction as on the timeline slide, and the latest engagements listed under it
 * by date and title. A simpler picture than the interactive slide (no lanes or labels on the
 * marks), from the same filtered events.
 */
import { directionColor } from '../../model/colors';
import { filteredEvents, type Dashboard } from '../../model/dashboard';
import type { DatasetIndex } from '../../model/dataset-index';
import { formatEventDate } from '../../model/dates';
import type { Filters } from '../../model/filters';
import type { LegendEntry } from '../../model/chart-spec';
import { formatInt } from '../../lib/format-number';
import * as svg from './svg-frame';
import { ellipsize } from './svg-text';

const PLOT_H = 300;
const AXIS_H = 34;
const LIST_ROWS = 6;
const ROW_H = 24;
const LIST_TOP = 26;

interface Column {
  year: number;
  /** Direction indexes of its engagements, in legend order. */
  blocks: number[];
}

function columnsOf(index: DatasetIndex, data: Pick<Dashboard, 'mask'>): Column[] {
  const columns: Column[] = [];
  const { minYear, maxYear } = index;
  if (minYear === null || maxYear === null) return columns;
  for (let y = minYear; y <= maxYear; y++) columns.push({ year: y, blocks: [] });
  for (let i = 0; i < index.n; i++) {
    if (data.mask[i] !== 0) continue;
    columns[index.year[i]! - minYear]?.blocks.push(index.eventDirection[i]!);
  }
  for (const c of columns) c.blocks.sort((a, b) => a - b);
  return columns;
}

function drawColumns(index: DatasetIndex, columns: Column[], top: number, p: svg.Palette): string {
  const pair = index.dataset.meta.countries;
  const colors = index.directions.map((d) => directionColor(pair, d.kind, d.guest));
  const slot = svg.INNER / Math.max(1, columns.length);
  const most = Math.max(1, ...columns.map((c) => c.blocks.length));
  const block = Math.min(18, PLOT_H / most);
  const width = Math.max(2, Math.min(40, slot * 0.7));
  const baseline = top + PLOT_H;
  const step = svg.yearLabelStep(slot);
  const parts: string[] = [
    svg.el('line', {
      x1: svg.PAD_X,
      x2: svg.PAD_X + svg.INNER,
      y1: baseline + 0.5,
      y2: baseline + 0.5,
      stroke: p.axis,
    }),
  ];
  columns.forEach((c, i) => {
    const x = svg.PAD_X + i * slot + (slot - width) / 2;
    c.blocks.forEach((d, k) => {
      const gap = block > 4 ? 1 : 0;
      parts.push(
        svg.el('rect', {
          x,
          y: baseline - (k + 1) * block + gap,
          width,
          height: block - gap,
          fill: colors[d] ?? p.muted,
        }),
      );
    });
    if (c.year % step === 0 || columns.length === 1) {
      parts.push(
        svg.text(x + width / 2, baseline + 22, String(c.year), {
          fill: p.text,
          'font-size': 15,
          'text-anchor': 'middle',
        }),
      );
    }
  });
  return parts.join('');
}

function drawLatest(
  index: DatasetIndex,
  data: Pick<Dashboard, 'mask'>,
  top: number,
  p: svg.Palette,
) {
  const latest = filteredEvents(index, data.mask, 'newest').slice(0, LIST_ROWS);
  const parts = [
    svg.text(svg.PAD_X, top + 16, 'Latest engagements', {
      fill: p.muted,
      'font-size': 15,
      'font-weight': 700,
    }),
  ];
  latest.forEach((e, i) => {
    const y = top + LIST_TOP + 16 + i * ROW_H;
    parts.push(
      svg.text(svg.PAD_X, y, formatEventDate(e.date, e.datePrecision), {
        fill: p.muted,
        'font-size': 15,
      }),
      svg.text(svg.PAD_X + 130, y, ellipsize(e.title, svg.INNER - 130, 15), {
        fill: p.text,
        'font-size': 15,
      }),
    );
  });
  return parts.join('');
}

export function eventsTimelineSvg(
  index: DatasetIndex,
  data: Pick<Dashboard, 'mask' | 'headline'>,
  filters: Filters,
  options: svg.SvgOptions,
): string {
  const p = svg.paletteOf(options);
  const pair = index.dataset.meta.countries;
  const columns = columnsOf(index, data);
  const shown = new Set(columns.flatMap((c) => c.blocks));
  const legend: LegendEntry[] = index.directions
    .map((d, i) => ({ d, i }))
    .filter(({ i }) => shown.has(i))
    .map(({ d }) => ({ key: d.key, label: d.label, color: directionColor(pair, d.kind, d.guest) }));
  const n = data.headline.engagements;
  const listed = Math.min(LIST_ROWS, n);
  return svg.renderFrame({
    title: options.title,
    subtitle: `${formatInt(n)} engagement${n === 1 ? '' : 's'} by year, coloured by who travelled`,
    legend,
    notes: ['Each block is one engagement, in the year it took place.'],
    index,
    filters,
    palette: p,
    bare: options.bare,
    bodyHeight: PLOT_H + AXIS_H + (listed > 0 ? LIST_TOP + listed * ROW_H : 0),
    body: (top) =>
      drawColumns(index, columns, top, p) +
      (listed > 0 ? drawLatest(index, data, top + PLOT_H + AXIS_H, p) : ''),
  });
}
