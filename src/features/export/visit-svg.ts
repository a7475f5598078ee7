import { viewTitle } from '../../model/views';
import { NO_TRAVEL_COLOR } from '../../model/colors';
import type { Dashboard } from '../../model/dashboard';
import { type DatasetIndex } from '../../model/dataset-index';
import type { Filters } from '../../model/filters';
import {
  CONTACTS_KEY,
  integerTicks,
  levelVisits,
  visitChartRows,
  visitSeries,
  yearInRange,
  type VisitMode,
} from '../../model/visits-view';
import {
  el,
  hatchDefs,
  HATCH_ID,
  INNER,
  PAD_X,
  paletteOf,
  renderFrame,
  text,
  yearLabelStep,
  type SvgOptions,
} from './svg-frame';
import { textWidth } from './svg-text';
import type { LegendEntry } from '../../model/chart-spec';
import { textOn } from '../../model/colors';
import { DIM_OPACITY } from '../../model/chart-spec';

export interface VisitSvgOptions extends SvgOptions {
  mode: VisitMode;
  showContacts: boolean;
}

/**
 * Trips per year as stacked bars (by direction or by level), with contacts without travel
 * as a separate hatched bar. Bars the filters leave out are faded, as on screen.
 */
export function visitFrequencySvg(
  index: DatasetIndex,
  data: Pick<Dashboard, 'mask' | 'visits'>,
  filters: Filters,
  options: VisitSvgOptions = { mode: 'direction', showContacts: true },
): string {
  const p = paletteOf(options);
  const { mode, showContacts } = options;
  const levels = mode === 'level' ? levelVisits(index, data.mask) : data.visits;
  const rows = visitChartRows(mode, data.visits, levels);
  const all = visitSeries(index, mode, filters);
  // Meetings in third countries stack on the trips as a series of their own, as on screen.
  const trips = all.filter((s) => s.kind === 'trips' || s.kind === 'elsewhere');
  const hasElsewhere = all.some((s) => s.kind === 'elsewhere');
  const contactSeries = showContacts ? all.find((s) => s.kind === 'contacts') : undefined;
  // No contact in any year: no empty slot beside every bar, and a note instead of a legend key.
  const noContacts = rows.every((r) => (r[CONTACTS_KEY] ?? 0) === 0);
  const contacts = noContacts ? undefined : contactSeries;

  const maxValue = Math.max(
    0,
    ...rows.map((r) => Math.max(r.stack, contacts ? (r[CONTACTS_KEY] ?? 0) : 0)),
  );
  const ticks = integerTicks(maxValue);
  const yMax = ticks[ticks.length - 1] ?? 1;
  const hasRange = filters.from !== null || filters.to !== null;
  const anyDimmed =
    all.some((s) => !s.highlighted && (s.kind !== 'contacts' || contacts !== undefined)) ||
    (hasRange && rows.some((r) => !yearInRange(r.year, filters)));

  const axisTitleSpace = 30;
  const plotH = 360;
  const xAxisSpace = 40;
  const bodyHeight = axisTitleSpace + plotH + xAxisSpace;

  const body = (top: number) => {
    const out: string[] = [];
    const plotTop = top + axisTitleSpace;
    const baseline = plotTop + plotH;
    const tickW = Math.max(...ticks.map((t) => textWidth(String(t), 14)));
    const plotLeft = PAD_X + tickW + 12;
    const plotRight = PAD_X + INNER;
    const yOf = (v: number) => baseline - (v / yMax) * plotH;

    out.push(
      text(PAD_X, top + 14, hasElsewhere ? 'Trips and meetings' : 'Trips', {
        fill: p.muted,
        'font-size': 14,
        'font-weight': 600,
      }),
    );
    for (const t of ticks) {
      const y = yOf(t);
      out.push(
        el('line', {
          x1: plotLeft,
          x2: plotRight,
          y1: y,
          y2: y,
          stroke: t === 0 ? p.axis : p.grid,
          'stroke-width': t === 0 ? 1.5 : 1,
          'stroke-dasharray': t === 0 ? undefined : '4 4',
        }),
      );
      out.push(
        text(PAD_X + tickW, y + 5, String(t), {
          fill: p.muted,
          'font-size': 14,
          'text-anchor': 'end',
        }),
      );
    }

    const n = Math.max(1, rows.length);
    const groupW = (plotRight - plotLeft) / n;
    const barW = contacts
      ? Math.max(6, Math.min(64, groupW * 0.32))
      : Math.max(8, Math.min(96, groupW * 0.5));
    const gap = Math.min(6, groupW * 0.04);
    // Many years (a long dataset): fewer year labels, and no value labels on slim bars.
    const showValues = (contacts ? groupW / 2 : groupW) >= 28;
    const yearStep = yearLabelStep(groupW);

    rows.forEach((row, i) => {
      const cx = plotLeft + groupW * (i + 0.5);
      const inRange = yearInRange(row.year, filters);
      const tripX = contacts ? cx - gap / 2 - barW : cx - barW / 2;

      // The trips stack, bottom first.
      const segments = trips.map((s) => ({ s, v: row[s.key] ?? 0 })).filter((x) => x.v > 0);
      let acc = 0;
      for (const { s, v } of segments) {
        const y0 = yOf(acc);
        const y1 = yOf(acc + v);
        acc += v;
        const on = s.highlighted && inRange;
        out.push(
          el('rect', {
            x: tripX,
            y: y1,
            width: barW,
            height: y0 - y1,
            fill: s.color,
            'fill-opacity': on ? undefined : DIM_OPACITY,
            stroke: p.bg,
            'stroke-width': 1,
          }),
        );
        if (showValues && segments.length > 1 && y0 - y1 >= 20 && barW >= 18) {
          out.push(
            text(tripX + barW / 2, (y0 + y1) / 2 + 5, String(v), {
              fill: on ? textOn(s.color) : p.text,
              'font-size': 14,
              'font-weight': 700,
              'text-anchor': 'middle',
              'fill-opacity': on ? undefined : 0.6,
            }),
          );
        }
      }
      const tripsOn = inRange && trips.some((s) => s.highlighted);
      if (showValues) {
        out.push(
          text(tripX + barW / 2, yOf(row.stack) - 8, String(row.stack), {
            fill: row.stack === 0 ? p.muted : p.text,
            'font-size': 15,
            'font-weight': 700,
            'text-anchor': 'middle',
            'fill-opacity': tripsOn ? undefined : 0.55,
          }),
        );
      }

      if (contacts) {
        const v = row[CONTACTS_KEY] ?? 0;
        const x = cx + gap / 2;
        const on = contacts.highlighted && inRange;
        if (v > 0) {
          out.push(
            el('rect', {
              x: x + 0.75,
              y: yOf(v) + 0.75,
              width: barW - 1.5,
              height: yOf(0) - yOf(v) - 1.5,
              fill: `url(#${HATCH_ID})`,
              stroke: NO_TRAVEL_COLOR,
              'stroke-width': 1.5,
              opacity: on ? undefined : DIM_OPACITY,
            }),
          );
          if (showValues) {
            out.push(
              text(x + barW / 2, yOf(v) - 8, String(v), {
                fill: p.muted,
                'font-size': 14,
                'font-weight': 700,
                'text-anchor': 'middle',
                'fill-opacity': on ? undefined : 0.55,
              }),
            );
          }
        }
      }

      if (row.year % yearStep === 0) {
        out.push(
          text(cx, baseline + 26, String(row.year), {
            fill: hasRange && !inRange ? p.muted : p.text,
            'font-size': 15,
            'font-weight': hasRange && inRange ? 700 : undefined,
            'text-anchor': 'middle',
          }),
        );
      }
    });
    return out.join('');
  };

  const legend: LegendEntry[] = trips.map((s) => ({ key: s.key, label: s.label, color: s.color }));
  if (contacts) {
    legend.push({
      key: contacts.key,
      label: contacts.label,
      color: NO_TRAVEL_COLOR,
      pattern: 'hatch',
    });
  }
  const notes = [
    'Engagements on one trip count as one trip, in the year of its first engagement' +
      (mode === 'level' ? ', at the highest level of anyone on it.' : '.') +
      (hasElsewhere
        ? ' Meetings in third countries are a series of their own, not a visit by either side.'
        : '') +
      (contacts ? ' Calls, letters and diplomatic protests without travel are shown apart.' : ''),
  ];
  if (contactSeries && noContacts) notes.push('No contacts without travel match these filters.');
  if (anyDimmed) notes.push('Faded bars are outside the selected filters.');
  if (maxValue === 0) notes.unshift('No trips or contacts match these filters.');

  return renderFrame({
    index,
    filters,
    palette: p,
    view: 'visit-frequency',
    title: viewTitle('visit-frequency'),
    subtitle:
      mode === 'direction'
        ? 'Trips per year by who travelled.'
        : 'Trips per year by the highest level of the delegation.',
    legend,
    notes,
    defs: hatchDefs(p),
    bodyHeight,
    body,
  });
}
