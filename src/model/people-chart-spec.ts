/**
 * The People involved chart, decided once: which people show, their bar colours and which
 * fade, the axis, the legend, the words and the notes. The on-screen ranking and the SVG
 * export both draw this spec, so they cannot disagree.
 */
import type { ChartFrameSpec, LegendEntry } from './chart-spec';
import { countryColor, OTHER_COUNTRY_COLOR } from './colors';
import type { Dashboard, PersonRank } from './dashboard';
import { countryName, type DatasetIndex } from './dataset-index';
import type { Filters } from './filters';
import { integerTicks } from './chart-spec';
import { formatInt } from '../lib/format-number';

/** How many people the ranking shows before "Show all". */
export const PEOPLE_TOP = 15;
/** How many people a presentation slide shows: all of them fit on the 1920×1080 canvas. */
export const SLIDE_TOP = 10;

export const PEOPLE_EMPTY = 'Nobody matches these filters.';
export const PEOPLE_AXIS_LABEL = 'Engagements taken part in';
export const PEOPLE_LEGEND_TITLE = 'Country:';

export interface PeopleChartOptions {
  /** The view's title, as its registry entry names it. */
  title: string;
  /** A slide: the top 10 only, selected or not, and no invitation to click. */
  presentation?: boolean;
  /** The screen's "Show all" toggle: every person instead of the top 15. */
  showAll?: boolean;
}

export interface PeopleChartRow {
  personId: string;
  name: string;
  /** The country code, shown beside the name. */
  country: string;
  countryName: string;
  role: string;
  engagements: number;
  /** The count as written next to the bar. */
  countLabel: string;
  /** 1-based place in the whole ranking. */
  rank: number;
  color: string;
  selected: boolean;
  /** Faded: someone else is selected. */
  dimmed: boolean;
  /** The bar's length as a share of the axis (0–1). */
  ratio: number;
}

export interface PeopleTick {
  value: number;
  label: string;
}

/** A legend key of the people chart; `codes` are the country codes it stands for. */
export interface PeopleLegendEntry extends LegendEntry {
  codes: string[];
}

export interface PeopleChartSpec extends ChartFrameSpec {
  legend: PeopleLegendEntry[];
  rows: PeopleChartRow[];
  /** How many people the filters leave in the ranking. */
  total: number;
  ticks: PeopleTick[];
  /** The axis' upper end (its last tick); bars are drawn against it. */
  axisMax: number;
  axisLabel: string;
  /** Shown instead of the bars when nobody is ranked; null otherwise. */
  empty: string | null;
  /** What a reader can do with the chart on screen (not in an image or on a slide). */
  hint: string | null;
  /** Whether a "Show all" toggle has anything to add or take away. */
  expandable: boolean;
}

export const formatCount = (n: number) => formatInt(n);

/**
 * The rows the ranking shows: the top `limit`, plus any selected person ranked lower so a
 * selection never disappears from view. Rank order is kept; `rank` is 1-based.
 */
export function visibleRanking(
  people: readonly PersonRank[],
  selected: readonly string[],
  limit: number | null,
): { person: PersonRank; rank: number }[] {
  const wanted = new Set(selected);
  const out: { person: PersonRank; rank: number }[] = [];
  people.forEach((person, i) => {
    if (limit === null || i < limit || wanted.has(person.personId)) {
      out.push({ person, rank: i + 1 });
    }
  });
  return out;
}

/** A slide has no room to scroll, so it keeps to its top 10 even when someone lower is chosen. */
function shownRanking(people: readonly PersonRank[], filters: Filters, o: PeopleChartOptions) {
  if (o.presentation) return visibleRanking(people, [], SLIDE_TOP);
  return visibleRanking(people, filters.people, o.showAll ? null : PEOPLE_TOP);
}

function chartRows(
  index: DatasetIndex,
  shown: readonly { person: PersonRank; rank: number }[],
  filters: Filters,
  axisMax: number,
): PeopleChartRow[] {
  const pair = index.dataset.meta.countries;
  const selected = new Set(filters.people);
  return shown.map(({ person, rank }) => ({
    personId: person.personId,
    name: person.name,
    country: person.country,
    countryName: countryName(index, person.country),
    role: person.role,
    engagements: person.engagements,
    countLabel: formatCount(person.engagements),
    rank,
    color: countryColor(pair, person.country),
    selected: selected.has(person.personId),
    dimmed: selected.size > 0 && !selected.has(person.personId),
    ratio: axisMax > 0 ? person.engagements / axisMax : 0,
  }));
}

/**
 * One key per colour the bars use: the pair's countries in their order, then every other
 * country in one grey key that names them.
 */
export function peopleLegend(
  index: DatasetIndex,
  rows: readonly Pick<PeopleChartRow, 'country'>[],
): PeopleLegendEntry[] {
  const pair = index.dataset.meta.countries;
  const present = new Set(rows.map((r) => r.country));
  const legend: PeopleLegendEntry[] = pair
    .filter((c) => present.has(c.code))
    .map((c) => ({
      key: c.code,
      label: countryName(index, c.code),
      color: countryColor(pair, c.code),
      codes: [c.code],
    }));
  const others = [...present].filter((code) => !pair.some((c) => c.code === code)).sort();
  if (others.length > 0) {
    legend.push({
      key: 'other',
      label: others.map((code) => countryName(index, code)).join(', '),
      color: OTHER_COUNTRY_COLOR,
      codes: others,
    });
  }
  return legend;
}

/** A slide says how much of the ranking it shows in its subtitle, where the eye starts. */
function peopleSubtitle(total: number, presentation: boolean): string {
  const part =
    presentation && total > SLIDE_TOP ? `: the top ${SLIDE_TOP} of ${formatCount(total)}` : '';
  return `Ranked by the engagements they took part in${part}.`;
}

/** A slide has no notes: its top 10 fill the canvas, and its subtitle says how many show. */
function peopleNotes(
  rows: readonly PeopleChartRow[],
  total: number,
  filters: Filters,
  presentation: boolean,
): string[] {
  if (presentation) return [];
  const notes: string[] = [];
  const lower = rows.filter((r) => r.rank > PEOPLE_TOP).length;
  if (total > rows.length || lower > 0) {
    const plus =
      lower === 0 ? '.' : `, plus the selected ${lower === 1 ? 'person' : 'people'} ranked lower.`;
    notes.push(`Top ${Math.min(PEOPLE_TOP, total)} of ${formatCount(total)} people${plus}`);
  }
  if (filters.people.length > 0) {
    notes.push('Selected people in full colour; the others are faded.');
  }
  notes.push('Roles are the most recent the sources give.');
  return notes;
}

export function peopleChartSpec(
  index: DatasetIndex,
  data: Pick<Dashboard, 'people'>,
  filters: Filters,
  options: PeopleChartOptions,
): PeopleChartSpec {
  const presentation = options.presentation ?? false;
  const total = data.people.length;
  const shown = shownRanking(data.people, filters, options);
  const ticks = integerTicks(Math.max(0, ...shown.map((x) => x.person.engagements)));
  const axisMax = ticks[ticks.length - 1] ?? 1;
  const rows = chartRows(index, shown, filters, axisMax);
  return {
    view: 'people-involved',
    title: options.title,
    subtitle: peopleSubtitle(total, presentation),
    legendTitle: PEOPLE_LEGEND_TITLE,
    legend: peopleLegend(index, rows),
    notes: peopleNotes(rows, total, filters, presentation),
    rows,
    total,
    ticks: ticks.map((value) => ({ value, label: formatCount(value) })),
    axisMax,
    axisLabel: PEOPLE_AXIS_LABEL,
    empty: rows.length === 0 ? PEOPLE_EMPTY : null,
    hint: presentation ? null : 'Click a person to filter.',
    expandable: !presentation && total > PEOPLE_TOP,
  };
}
