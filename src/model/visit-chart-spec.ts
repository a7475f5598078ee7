/**
 * The Visit frequency chart as data: what the dashboard panel, the slide and the SVG export
 * all draw (series, colours, faded marks, axis, value labels, legend, subtitle, notes and the
 * empty state). The renderers add only geometry, so the screen and the file cannot disagree.
 */
import { integerTicks, type ChartFrameSpec, type LegendEntry } from './chart-spec';
import { MILESTONE_COLOR, textOn } from './colors';
import type { Dashboard } from './dashboard';
import type { DatasetIndex } from './dataset-index';
import { directionLabel } from './filter-dimensions';
import { NO_TRAVEL, type Filters } from './filters';
import {
  milestonesInRange,
  milestoneYears,
  type MilestoneMark,
  type MilestoneYear,
} from './milestones';
import {
  CONTACTS_KEY,
  levelVisits,
  visitChartRows,
  visitSeries,
  visitTotals,
  yearInRange,
  type VisitChartRow,
  type VisitMode,
  type VisitSeries,
  type VisitTotals,
} from './visits-view';

export interface VisitSpecOptions {
  /** The view's title, as its registry entry names it. */
  title: string;
  mode: VisitMode;
  showContacts: boolean;
  /** Contacts stack on top of the trips instead of standing beside them (a narrow screen). */
  stackContacts?: boolean;
  /** Where the chart is drawn, which sets how many years leave room for counts on the bars. */
  surface?: VisitSurface;
  /** Mark the milestones in the year range (default: no). */
  showMilestones?: boolean;
}

/** The dashboard panel, or a slide-sized canvas (the presentation and the export). */
export type VisitSurface = 'screen' | 'slide';

/**
 * Counts are printed on the bars up to this many years; beyond, they would collide. Segment
 * counts need more room than the totals above the bars.
 */
export const VALUE_LABEL_YEARS = {
  screen: { segments: 10, values: 16 },
  slide: { segments: 12, values: 16 },
} as const satisfies Record<VisitSurface, { segments: number; values: number }>;

/** One bar or bar segment of one year. */
export interface VisitMark {
  key: string;
  value: number;
  color: string;
  /** Outside the filters: drawn faded. */
  dimmed: boolean;
  /** The count printed on or above it, or null for none. */
  label: string | null;
  /** The colour of a label printed on the mark's own fill. */
  labelColor: string;
}

export interface VisitYearSpec {
  year: number;
  /** The year on the axis: bold inside a chosen range, muted outside it, plain without one. */
  emphasis: 'selected' | 'dimmed' | null;
  /** The stacked trips, then meetings in third countries: every stack series, bottom first. */
  stack: VisitMark[];
  /** The count above the stack (a dimmed label is drawn in the muted text colour). */
  total: { value: number; dimmed: boolean; label: string | null };
  /** The contacts bar, when the chart draws one. */
  contacts: VisitMark | null;
}

/** A stacked series, with the colour of the counts printed on its segments. */
export interface VisitStackSeries extends VisitSeries {
  labelColor: string;
}

export interface VisitLegendEntry extends LegendEntry {
  /** A key a filter leaves out (the screen mutes it). */
  dimmed: boolean;
}

export interface VisitChartSpec extends ChartFrameSpec {
  legend: VisitLegendEntry[];
  mode: VisitMode;
  rows: VisitChartRow[];
  /** Every series, dimmed or not, contacts included: the table lists them all. */
  series: VisitSeries[];
  /** The series shown, with contacts unless they are hidden: the tooltip lists these. */
  shownSeries: VisitSeries[];
  /** The stacked series: trips, then meetings in third countries. */
  stackSeries: VisitStackSeries[];
  /** The contacts series when the chart draws its bar (shown, and some year has one). */
  contactSeries: VisitSeries | null;
  stackContacts: boolean;
  years: VisitYearSpec[];
  ticks: number[];
  yMax: number;
  yLabel: string;
  /** The message over an empty chart, or null when something matches. */
  empty: string | null;
  /** The note that the level split follows the direction filter (also in `notes`). */
  filterNote: string | null;
  /** The directions the level split shows, in words (empty: all of them). */
  levelDirections: string[];
  /** Sums over every year; `selected` sums what the filters select, null without any. */
  totals: VisitTotals;
  selected: VisitTotals | null;
  /** The year filter when it is one year. */
  selectedYear: number | null;
  hasRange: boolean;
  /** The milestones drawn (in the year range and on the axis), by date: the key lists them. */
  milestones: MilestoneMark[];
  /** One marker per year that has milestones; `slot` is the year's place on the axis. */
  milestoneYears: (MilestoneYear & { slot: number })[];
}

export const VISIT_EMPTY = 'No trips or contacts match the filters.';
export const NO_CONTACTS_NOTE = 'No contacts without travel match the filters.';
export const FADED_NOTE = 'Faded bars are outside the selected filters.';
export const MILESTONE_NOTE =
  'Numbered lines mark milestones of the relationship (see the key); they are not engagements and are not counted.';
export const MILESTONE_LEGEND = 'Milestone (numbered)';

/** The subtitle, by how the trips are split. */
export function visitSubtitle(mode: VisitMode, hasElsewhere: boolean): string {
  const split =
    mode === 'direction' ? 'by who travelled' : 'by the highest level of the delegation';
  const elsewhere = hasElsewhere ? ', and meetings in third countries' : '';
  return `Trips per year ${split}${elsewhere}. Engagements on one trip count once.`;
}

/** The value axis's title, short enough for the slide. */
export const visitAxisLabel = (hasElsewhere: boolean) =>
  hasElsewhere ? 'Trips & meetings' : 'Trips';

interface NoteFacts {
  hasElsewhere: boolean;
  contactsDrawn: boolean;
  contactsMissing: boolean;
  stackContacts: boolean;
  filterNote: string | null;
  anyDimmed: boolean;
}

/** The footnotes, in order: how trips count, then what this state of the chart leaves out. */
function visitNotes(f: NoteFacts): string[] {
  const notes = [
    'A trip is one journey abroad: the engagements on it count once, in the year it began, at the highest level of anyone on it.',
  ];
  if (f.hasElsewhere) {
    notes.push(
      'Meetings at a venue in neither country (a summit abroad, say) are stacked as a series of their own and never counted as one side visiting the other.',
    );
  }
  if (f.contactsDrawn) {
    notes.push(
      'The hatched grey bar counts contacts without travel (phone calls, letters, diplomatic protests); they are not trips.' +
        (f.stackContacts
          ? ' On a narrow screen it sits on top of the trips to leave each year room.'
          : ''),
    );
  }
  if (f.contactsMissing) notes.push(NO_CONTACTS_NOTE);
  if (f.filterNote) notes.push(f.filterNote);
  if (f.anyDimmed) notes.push(FADED_NOTE);
  return notes;
}

/** The level split follows the direction filter (see `levelVisits`): which directions it shows. */
function levelDirectionLabels(index: DatasetIndex, mode: VisitMode, filters: Filters): string[] {
  if (mode !== 'level') return [];
  return filters.directions.filter((d) => d !== NO_TRAVEL).map((d) => directionLabel(index, d));
}

interface YearContext {
  stackSeries: readonly VisitStackSeries[];
  contacts: VisitSeries | null;
  filters: Filters;
  hasRange: boolean;
  stackContacts: boolean;
  labels: { segments: boolean; values: boolean };
}

const countLabel = (show: boolean, value: number) => (show && value > 0 ? String(value) : null);

/** A segment's count shows only on a highlighted stack of more than one segment. */
function stackMarks(row: VisitChartRow, inRange: boolean, c: YearContext): VisitMark[] {
  const parts = c.stackSeries.filter((s) => (row[s.key] ?? 0) > 0).length;
  return c.stackSeries.map((s) => {
    const value = row[s.key] ?? 0;
    const dimmed = !(s.highlighted && inRange);
    const label = countLabel(c.labels.segments && !dimmed && parts > 1, value);
    return { key: s.key, value, color: s.color, dimmed, label, labelColor: s.labelColor };
  });
}

function yearSpec(row: VisitChartRow, c: YearContext): VisitYearSpec {
  const inRange = yearInRange(row.year, c.filters);
  const contacts = c.contacts;
  let contactMark: VisitMark | null = null;
  if (contacts) {
    const value = row[CONTACTS_KEY] ?? 0;
    contactMark = {
      key: contacts.key,
      value,
      color: contacts.color,
      dimmed: !(contacts.highlighted && inRange),
      label: countLabel(c.labels.values && !c.stackContacts, value),
      labelColor: textOn(contacts.color),
    };
  }
  return {
    year: row.year,
    emphasis: c.hasRange ? (inRange ? 'selected' : 'dimmed') : null,
    stack: stackMarks(row, inRange, c),
    total: {
      value: row.stack,
      dimmed: !(inRange && c.stackSeries.some((s) => s.highlighted)),
      label: countLabel(c.labels.values, row.stack),
    },
    contacts: contactMark,
  };
}

/** The tallest bar: the stack, or the contacts bar beside it (or on top of it). */
function tallest(rows: readonly VisitChartRow[], contacts: boolean, stacked: boolean): number {
  const contactsOf = (r: VisitChartRow) => (contacts ? (r[CONTACTS_KEY] ?? 0) : 0);
  return Math.max(
    0,
    ...rows.map((r) => (stacked ? r.stack + contactsOf(r) : Math.max(r.stack, contactsOf(r)))),
  );
}

/** True when any drawn mark is faded: a series the filters leave out, or a year outside them. */
function anyFaded(spec: Pick<VisitChartSpec, 'stackSeries' | 'contactSeries' | 'years'>) {
  const drawn = [...spec.stackSeries, ...(spec.contactSeries ? [spec.contactSeries] : [])];
  return drawn.some((s) => !s.highlighted) || spec.years.some((y) => y.emphasis === 'dimmed');
}

/** A key per drawn series; contacts as the hatch of their bar. */
function legendOf(drawn: readonly VisitSeries[]): VisitLegendEntry[] {
  return drawn.map((s) => ({
    key: s.key,
    label: s.label,
    color: s.color,
    dimmed: !s.highlighted,
    ...(s.kind === 'contacts' ? { pattern: 'hatch' as const } : {}),
  }));
}

/** The milestones of the years on the axis, when shown, and their legend key and note. */
function milestoneParts(
  index: DatasetIndex,
  filters: Filters,
  rows: readonly VisitChartRow[],
  show: boolean,
) {
  const slots = new Map(rows.map((r, i) => [r.year, i]));
  const milestones = show ? milestonesInRange(index, filters).filter((m) => slots.has(m.year)) : [];
  const years = milestoneYears(milestones).map((y) => ({ ...y, slot: slots.get(y.year) ?? 0 }));
  const legend: VisitLegendEntry[] =
    milestones.length > 0
      ? [{ key: 'milestones', label: MILESTONE_LEGEND, color: MILESTONE_COLOR, dimmed: false }]
      : [];
  return {
    milestones,
    milestoneYears: years,
    legend,
    notes: milestones.length > 0 ? [MILESTONE_NOTE] : [],
  };
}

/** The trips and contacts of the chart's years, split as `options.mode` says. */
function chartRows(index: DatasetIndex, data: Pick<Dashboard, 'mask' | 'visits'>, mode: VisitMode) {
  const levels = mode === 'level' ? levelVisits(index, data.mask) : data.visits;
  return visitChartRows(mode, data.visits, levels);
}

/** Visit frequency under these filters, split by direction or level, with contacts or not. */
export function visitChartSpec(
  index: DatasetIndex,
  data: Pick<Dashboard, 'mask' | 'visits'>,
  filters: Filters,
  options: VisitSpecOptions,
): VisitChartSpec {
  const { mode, showContacts } = options;
  const stackContacts = options.stackContacts ?? false;
  const rows = chartRows(index, data, mode);
  const series = visitSeries(index, mode, filters);
  const shownSeries = showContacts ? series : series.filter((s) => s.kind !== 'contacts');
  const stackSeries = series
    .filter((s) => s.kind === 'trips' || s.kind === 'elsewhere')
    .map((s) => ({ ...s, labelColor: textOn(s.color) }));
  const hasElsewhere = stackSeries.some((s) => s.kind === 'elsewhere');
  const contactsShown = shownSeries.find((s) => s.kind === 'contacts') ?? null;
  // No contact in any year: no empty slot beside every bar, and a note instead of a legend key.
  const contactsMissing = contactsShown !== null && rows.every((r) => !r[CONTACTS_KEY]);
  const contactSeries = contactsMissing ? null : contactsShown;
  const hasRange = filters.from !== null || filters.to !== null;
  const limits = VALUE_LABEL_YEARS[options.surface ?? 'screen'];
  const labels = { segments: rows.length <= limits.segments, values: rows.length <= limits.values };
  const context = {
    stackSeries,
    contacts: contactSeries,
    filters,
    hasRange,
    stackContacts,
    labels,
  };
  const years = rows.map((r) => yearSpec(r, context));
  const max = tallest(rows, contactSeries !== null, stackContacts);
  const ticks = integerTicks(max);
  const levelDirections = levelDirectionLabels(index, mode, filters);
  const filterNote =
    levelDirections.length > 0
      ? `Levels shown for ${levelDirections.join(' and ')} only (direction filter).`
      : null;
  const highlighting = hasRange || filters.directions.length > 0;
  const marked = milestoneParts(index, filters, rows, options.showMilestones ?? false);
  const notes = visitNotes({
    hasElsewhere,
    contactsDrawn: contactSeries !== null,
    contactsMissing,
    stackContacts,
    filterNote,
    anyDimmed: anyFaded({ stackSeries, contactSeries, years }),
  });
  return {
    view: 'visit-frequency',
    title: options.title,
    subtitle: visitSubtitle(mode, hasElsewhere),
    legend: [
      ...legendOf([...stackSeries, ...(contactSeries ? [contactSeries] : [])]),
      ...marked.legend,
    ],
    notes: [...notes, ...marked.notes],
    mode,
    rows,
    series,
    shownSeries,
    stackSeries,
    contactSeries,
    stackContacts,
    years,
    ticks,
    yMax: ticks[ticks.length - 1] ?? 1,
    yLabel: visitAxisLabel(hasElsewhere),
    empty: max === 0 ? VISIT_EMPTY : null,
    filterNote,
    levelDirections,
    totals: visitTotals(rows),
    selected: highlighting ? visitTotals(rows, filters, series) : null,
    selectedYear: filters.from !== null && filters.from === filters.to ? filters.from : null,
    hasRange,
    milestones: marked.milestones,
    milestoneYears: marked.milestoneYears,
  };
}

/** The mark of one series in one year, for renderers that draw series by series. */
export function visitMark(spec: VisitChartSpec, year: number, key: string): VisitMark | undefined {
  const y = spec.years.find((x) => x.year === year);
  if (!y) return undefined;
  return y.contacts?.key === key ? y.contacts : y.stack.find((m) => m.key === key);
}
