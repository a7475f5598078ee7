import { skippedYearsLabel } from '../../model/year-axis';
import { viewTitle } from '../../model/views';
import { heatLegend } from '../../model/sectors-view';
import { heatColor, heatTextColor, sectorColor } from '../../model/colors';
import type { Dashboard } from '../../model/dashboard';
import { type DatasetIndex } from '../../model/dataset-index';
import type { Filters } from '../../model/filters';
import { yearInRange } from '../../model/visits-view';
import {
  el,
  INNER,
  PAD_X,
  paletteOf,
  renderFrame,
  text,
  yearLabelStep,
  type SvgOptions,
} from './svg-frame';
import { ellipsize, textWidth } from './svg-text';
import type { LegendEntry } from '../../model/chart-spec';

/** Sectors × years, counts in the cells, rows sorted by total, with a Total column. */
export function cooperationAreasSvg(
  index: DatasetIndex,
  data: Pick<Dashboard, 'sectors'>,
  filters: Filters,
  options: SvgOptions = {},
): string {
  const p = paletteOf(options);
  const { years, rows, max, skipped } = data.sectors;
  const selected = new Set(filters.sectors);
  const highlight = selected.size > 0;
  const position = new Map(index.sectors.map((s, i) => [s.id, i]));

  const longest = Math.max(0, ...rows.map((r) => textWidth(r.label, 15, true)));
  const labelW = Math.min(360, Math.max(180, longest + 32));
  const totalW = 84;
  const cellW = Math.min(150, (INNER - labelW - totalW - 12) / Math.max(1, years.length));
  // Many years (a long dataset): fewer year labels, and no counts in cells too narrow.
  const showCounts = cellW >= 30;
  const yearStep = yearLabelStep(cellW);
  const headH = 34;
  const rowH = 40;
  const cellGap = Math.min(3, cellW * 0.2);
  const bodyHeight = years.length === 0 ? 60 : headH + rows.length * rowH;

  const body = (top: number) => {
    const out: string[] = [];
    if (years.length === 0) {
      out.push(
        text(PAD_X, top + 30, 'No engagements match these filters.', {
          fill: p.muted,
          'font-size': 17,
        }),
      );
      return out.join('');
    }
    const gridLeft = PAD_X + labelW;
    const totalLeft = gridLeft + cellW * years.length + 12;

    years.forEach((year, c) => {
      if (year % yearStep !== 0) return;
      const yearOn = yearInRange(year, filters);
      out.push(
        text(gridLeft + cellW * (c + 0.5), top + 20, String(year), {
          fill: yearOn ? p.text : p.muted,
          'font-size': 15,
          'font-weight': 700,
          'text-anchor': 'middle',
        }),
      );
    });
    out.push(
      text(totalLeft + totalW / 2, top + 20, 'Total', {
        fill: p.text,
        'font-size': 15,
        'font-weight': 700,
        'text-anchor': 'middle',
      }),
    );

    rows.forEach((row, r) => {
      const y = top + headH + r * rowH;
      const on = !highlight || selected.has(row.sectorId);
      const rowOpacity = on ? undefined : 0.35;
      const color = sectorColor(position.get(row.sectorId) ?? 0);
      out.push(
        el('rect', {
          x: PAD_X,
          y: y + rowH / 2 - 7,
          width: 14,
          height: 14,
          rx: 3,
          fill: color,
          opacity: rowOpacity,
        }),
      );
      out.push(
        text(PAD_X + 24, y + rowH / 2 + 5, ellipsize(row.label, labelW - 36, 15, on && highlight), {
          fill: on ? p.text : p.muted,
          'font-size': 15,
          'font-weight': on && highlight ? 700 : undefined,
        }),
      );
      row.counts.forEach((count, c) => {
        const fill = heatColor(count, max);
        const x = gridLeft + c * cellW;
        out.push(
          el('rect', {
            x: x + cellGap / 2,
            y: y + cellGap / 2,
            width: cellW - cellGap,
            height: rowH - cellGap,
            rx: 3,
            fill: fill ?? p.empty,
            opacity: rowOpacity,
          }),
        );
        if (fill !== null && showCounts) {
          out.push(
            text(x + cellW / 2, y + rowH / 2 + 5, String(count), {
              // Faded rows keep readable numbers: grey text on the pale cell.
              fill: on ? heatTextColor(fill) : p.muted,
              'font-size': 15,
              'font-weight': on ? 700 : 400,
              'text-anchor': 'middle',
            }),
          );
        }
      });
      out.push(
        el('rect', {
          x: totalLeft + cellGap / 2,
          y: y + cellGap / 2,
          width: totalW - cellGap,
          height: rowH - cellGap,
          rx: 3,
          fill: p.totalBg,
          opacity: rowOpacity,
        }),
      );
      out.push(
        text(totalLeft + totalW / 2, y + rowH / 2 + 5, String(row.total), {
          fill: row.total === 0 || !on ? p.muted : p.text,
          'font-size': 15,
          'font-weight': on ? 700 : 400,
          'text-anchor': 'middle',
        }),
      );
    });
    return out.join('');
  };

  const legend: LegendEntry[] = [
    { key: 'none', label: 'None', color: '', pattern: 'empty' },
    ...heatLegend(max).map((s) => ({ key: s.label, label: s.label, color: s.color })),
  ];
  const notes = [
    'An engagement that covers several sectors counts once in each, so columns do not add up to the number of engagements.',
  ];
  if (highlight) notes.push('Selected sectors in bold; the others are faded.');
  if (skipped.length > 0) {
    notes.push(`Years with no recorded engagement are left out: ${skippedYearsLabel(skipped)}.`);
  }
  if (years.length > 0 && max === 0) notes.unshift('No engagements match these filters.');
  if (!showCounts && max > 0)
    notes.push(
      'Cells are too narrow for their counts; the Total column and the CSV export have them.',
    );

  return renderFrame({
    index,
    filters,
    palette: p,
    view: 'cooperation-areas',
    title: viewTitle('cooperation-areas'),
    subtitle: 'Engagements per sector and year, sectors with the most engagements first.',
    legendTitle: 'Engagements per cell:',
    legend: years.length === 0 ? [] : legend,
    notes,
    bodyHeight,
    body,
  });
}
