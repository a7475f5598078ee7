import { DIM_OPACITY } from '../../model/chart-spec';
import { viewTitle } from '../../model/views';
import { countryColor, OTHER_COUNTRY_COLOR } from '../../model/colors';
import type { Dashboard } from '../../model/dashboard';
import { countryName, type DatasetIndex } from '../../model/dataset-index';
import type { Filters } from '../../model/filters';
import { PEOPLE_TOP, visibleRanking } from '../../model/people-view';
import { integerTicks } from '../../model/visits-view';
import { el, INNER, PAD_X, paletteOf, renderFrame, text, type SvgOptions } from './svg-frame';
import { ellipsize, textWidth } from './svg-text';
import type { LegendEntry } from '../../model/chart-spec';

/** The top people by engagements as horizontal bars, with name, role and country colour. */
export function peopleInvolvedSvg(
  index: DatasetIndex,
  data: Pick<Dashboard, 'people'>,
  filters: Filters,
  options: SvgOptions = {},
): string {
  const p = paletteOf(options);
  const pair = index.dataset.meta.countries;
  const shown = visibleRanking(data.people, filters.people, PEOPLE_TOP);
  const selected = new Set(filters.people);
  const highlight = selected.size > 0;

  const rowH = 50;
  const axisH = 56;
  const bodyHeight = shown.length === 0 ? 60 : shown.length * rowH + axisH;
  const maxCount = Math.max(0, ...shown.map((x) => x.person.engagements));
  const ticks = integerTicks(maxCount);
  const xMax = ticks[ticks.length - 1] ?? 1;

  const body = (top: number) => {
    const out: string[] = [];
    if (shown.length === 0) {
      out.push(
        text(PAD_X, top + 30, 'Nobody matches these filters.', { fill: p.muted, 'font-size': 17 }),
      );
      return out.join('');
    }
    const rankW = textWidth(`${shown[shown.length - 1]!.rank}.`, 15) + 10;
    const labelW = 470;
    const plotLeft = PAD_X + labelW + 16;
    const plotRight = PAD_X + INNER - 48;
    const xOf = (v: number) => plotLeft + (v / xMax) * (plotRight - plotLeft);
    const plotBottom = top + shown.length * rowH;

    for (const t of ticks) {
      const x = xOf(t);
      out.push(
        el('line', {
          x1: x,
          x2: x,
          y1: top,
          y2: plotBottom,
          stroke: t === 0 ? p.axis : p.grid,
          'stroke-width': t === 0 ? 1.5 : 1,
          'stroke-dasharray': t === 0 ? undefined : '4 4',
        }),
      );
      out.push(
        text(x, plotBottom + 22, String(t), {
          fill: p.muted,
          'font-size': 14,
          'text-anchor': 'middle',
        }),
      );
    }
    out.push(
      text(plotRight, plotBottom + 46, 'Engagements taken part in', {
        fill: p.muted,
        'font-size': 14,
        'font-weight': 600,
        'text-anchor': 'end',
      }),
    );

    shown.forEach(({ person, rank }, i) => {
      const y = top + i * rowH;
      const on = !highlight || selected.has(person.personId);
      const color = countryColor(pair, person.country);
      const nameX = PAD_X + rankW;
      const textW = labelW - rankW;
      out.push(
        text(nameX - 8, y + 21, `${rank}.`, {
          fill: p.muted,
          'font-size': 15,
          'text-anchor': 'end',
        }),
      );
      const name = ellipsize(person.name, textW - 44, 15, true);
      out.push(
        text(nameX, y + 21, name, {
          fill: on ? p.text : p.muted,
          'font-size': 15,
          'font-weight': 700,
        }),
      );
      out.push(
        text(plotLeft - 12, y + 30, person.country, {
          fill: p.muted,
          'font-size': 13,
          'font-weight': 600,
          'text-anchor': 'end',
        }),
      );
      out.push(
        text(nameX, y + 40, ellipsize(person.role, textW - 44, 13), {
          fill: p.muted,
          'font-size': 13,
        }),
      );
      const x1 = xOf(person.engagements);
      out.push(
        el('rect', {
          x: plotLeft,
          y: y + 12,
          width: Math.max(2, x1 - plotLeft),
          height: 26,
          rx: 2,
          fill: color,
          'fill-opacity': on ? undefined : DIM_OPACITY,
        }),
      );
      out.push(
        text(x1 + 8, y + 30, String(person.engagements), {
          fill: on ? p.text : p.muted,
          'font-size': 15,
          'font-weight': 700,
        }),
      );
    });
    return out.join('');
  };

  const codes = [...new Set(shown.map((x) => x.person.country))];
  const order = (code: string) => {
    const at = pair.findIndex((c) => c.code === code);
    return at < 0 ? pair.length : at;
  };
  codes.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const others = codes.filter((c) => order(c) === pair.length);
  const legend: LegendEntry[] = codes
    .filter((c) => order(c) < pair.length)
    .map((c) => ({ key: c, label: countryName(index, c), color: countryColor(pair, c) }));
  if (others.length > 0) {
    legend.push({
      key: 'other',
      label: others.map((c) => countryName(index, c)).join(', '),
      color: OTHER_COUNTRY_COLOR,
    });
  }

  const notes: string[] = [];
  if (data.people.length > shown.length || shown.some((x) => x.rank > PEOPLE_TOP)) {
    notes.push(
      `Top ${Math.min(PEOPLE_TOP, data.people.length)} of ${data.people.length} people` +
        (shown.length > PEOPLE_TOP ? ', plus the selected people ranked lower.' : '.'),
    );
  }
  if (highlight) notes.push('Selected people in full colour; the others are faded.');
  notes.push('Roles are the most recent the sources give.');

  return renderFrame({
    index,
    filters,
    palette: p,
    view: 'people-involved',
    title: viewTitle('people-involved'),
    subtitle: 'People ranked by the engagements they took part in.',
    legendTitle: 'Country:',
    legend,
    notes,
    bodyHeight,
    body,
  });
}
