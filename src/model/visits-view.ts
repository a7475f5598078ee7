import { countryColor, ELSEWHERE_COLOR, LEVEL_COLORS, NO_TRAVEL_COLOR } from './colors';
import { visitsByYear, type VisitYear } from './dashboard';
import type { FilterMask } from './filter-dimensions';
import { FAIL_YEAR } from './filter-mask';
import { ELSEWHERE_LABEL, type DatasetIndex } from './dataset-index';
import { ELSEWHERE, NO_TRAVEL, type Filters } from './filters';
import { LEVEL_GROUP_LABELS, LEVEL_GROUPS, type LevelGroup } from '../data/labels';
import { plural } from '../lib/plural';

/** How the trips stack is split. */
export type VisitMode = 'direction' | 'level';

/** The key of the contacts-without-travel series in `VisitChartRow`. */
export const CONTACTS_KEY = 'contacts';
export const CONTACTS_LABEL = 'Contacts without travel (calls, letters, protests)';
/**
 * The key of the meetings-at-a-third-country-venue series. It stacks on the trips but is
 * never counted as one side visiting the other (`trips` excludes it; see `visitTotals`).
 */
export const ELSEWHERE_KEY = 'dir:elsewhere';

export interface VisitSeries {
  /** Key of the value in `VisitChartRow`. */
  key: string;
  label: string;
  color: string;
  /**
   * Trip series are stacked; meetings in third countries stack on top of them as a series of
   * their own; the contacts series stands next to the stack.
   */
  kind: 'trips' | 'elsewhere' | 'contacts';
  /** False when a direction filter leaves this series out (the chart dims it). */
  highlighted: boolean;
}

/**
 * One year of the chart: a count per series key, plus `year`, `trips` (visits by one side to
 * the other) and `stack` (the height of the stacked bar: trips plus meetings elsewhere).
 */
export type VisitChartRow = { year: number; trips: number; stack: number } & Record<string, number>;

export const directionSeriesKey = (direction: string) => `dir:${direction}`;
export const levelSeriesKey = (level: LevelGroup) => `lvl:${level}`;

/**
 * The series of the visit chart, in stacking order (bottom first), then the contacts series.
 * A direction filter highlights its own directions and dims the rest; in level mode the trip
 * counts already follow the direction filter (see `levelVisits`), so only contacts can dim.
 */
export function visitSeries(
  index: DatasetIndex,
  mode: VisitMode,
  filters: Pick<Filters, 'directions'>,
): VisitSeries[] {
  const picked = filters.directions;
  const isPicked = (key: string) => picked.length === 0 || picked.includes(key);
  const out: VisitSeries[] = [];
  if (mode === 'direction') {
    for (const d of index.directions) {
      if (d.kind !== 'visit') continue;
      out.push({
        key: directionSeriesKey(d.key),
        label: d.label,
        color: countryColor(index.dataset.meta.countries, d.guest),
        kind: 'trips',
        highlighted: isPicked(d.key),
      });
    }
  } else {
    const anyTrip = picked.length === 0 || picked.some((k) => k !== NO_TRAVEL);
    for (const g of LEVEL_GROUPS) {
      out.push({
        key: levelSeriesKey(g),
        label: LEVEL_GROUP_LABELS[g],
        color: LEVEL_COLORS[g],
        kind: 'trips',
        highlighted: anyTrip,
      });
    }
  }
  if (index.directionIndex.has(ELSEWHERE)) {
    out.push({
      key: ELSEWHERE_KEY,
      label: ELSEWHERE_LABEL,
      color: ELSEWHERE_COLOR,
      kind: 'elsewhere',
      highlighted: mode === 'direction' ? isPicked(ELSEWHERE) : true,
    });
  }
  out.push({
    key: CONTACTS_KEY,
    label: CONTACTS_LABEL,
    color: NO_TRAVEL_COLOR,
    kind: 'contacts',
    highlighted: isPicked(NO_TRAVEL),
  });
  return out;
}

/**
 * Trips per year and level, counted like `visitsByYear` (one trip once, in the year of its
 * first engagement, at its highest level) but only for trips that pass the direction filter
 * as well: the level split has no direction series to dim, so it shows the selected
 * directions' trips. The year filter is still ignored so the chart can highlight it. Callers
 * take contacts from the default `visitsByYear`, which ignores the direction filter too.
 * With no direction filter the result equals `visitsByYear`'s `byLevel`.
 */
export function levelVisits(index: DatasetIndex, mask: FilterMask): VisitYear[] {
  return visitsByYear(index, mask, FAIL_YEAR);
}

/**
 * Flattens the per-year counts into chart rows keyed by series key. `trips` is the sum of
 * the trip series; contacts come from `contacts` (the model's `visitsByYear`).
 */
export function visitChartRows(
  mode: VisitMode,
  visits: readonly VisitYear[],
  levels: readonly VisitYear[] = visits,
): VisitChartRow[] {
  return visits.map((v, i) => {
    const row = { year: v.year, trips: 0, stack: 0, [CONTACTS_KEY]: v.contacts } as VisitChartRow;
    if (mode === 'direction') {
      for (const [key, count] of Object.entries(v.byDirection)) {
        row[directionSeriesKey(key)] = count;
        row.trips += count;
      }
      row[ELSEWHERE_KEY] = v.elsewhere;
    } else {
      const l = levels.find((x) => x.year === v.year) ?? levels[i];
      for (const g of LEVEL_GROUPS) {
        const count = l?.byLevel[g] ?? 0;
        row[levelSeriesKey(g)] = count;
        row.trips += count;
      }
      row[ELSEWHERE_KEY] = l?.elsewhere ?? 0;
    }
    row.stack = row.trips + row[ELSEWHERE_KEY]!;
    return row;
  });
}

/** True when a year lies inside the active year range (no range: every year). */
export function yearInRange(year: number, filters: Pick<Filters, 'from' | 'to'>): boolean {
  if (filters.from === null && filters.to === null) return true;
  return (
    (filters.from === null || year >= filters.from) && (filters.to === null || year <= filters.to)
  );
}

export interface VisitTotals {
  trips: number;
  /** Meetings at third-country venues. */
  elsewhere: number;
  contacts: number;
}

/**
 * Trips and contacts summed over the chart's years. With a year range, only its years; with
 * series, only the highlighted ones (what a direction filter selects).
 */
export function visitTotals(
  rows: readonly VisitChartRow[],
  range?: Pick<Filters, 'from' | 'to'>,
  series?: readonly VisitSeries[],
): VisitTotals {
  const tripKeys = series?.filter((s) => s.kind === 'trips' && s.highlighted).map((s) => s.key);
  const countContacts = !series || series.some((s) => s.kind === 'contacts' && s.highlighted);
  const countElsewhere = !series || series.some((s) => s.kind === 'elsewhere' && s.highlighted);
  let trips = 0;
  let elsewhere = 0;
  let contacts = 0;
  for (const r of rows) {
    if (range && !yearInRange(r.year, range)) continue;
    if (tripKeys) for (const k of tripKeys) trips += r[k] ?? 0;
    else trips += r.trips;
    if (countElsewhere) elsewhere += r[ELSEWHERE_KEY] ?? 0;
    if (countContacts) contacts += r[CONTACTS_KEY] ?? 0;
  }
  return { trips, elsewhere, contacts };
}

/** How a summary names each count: in full for the whole chart, short for what is selected. */
const COUNT_WORDS = {
  total: {
    elsewhere: ['meeting in a third country', 'meetings in third countries'],
    contacts: ['contact without travel', 'contacts without travel'],
  },
  selected: {
    elsewhere: ['meeting abroad', 'meetings abroad'],
    contacts: ['contact', 'contacts'],
  },
} as const;

const counted = (n: number, [one, many]: readonly [string, string]) => plural(n, one, many);

/**
 * The counts of a summary in words, trips first ("no trips" for none). The other counts come
 * only when shown and not zero: "4 trips", never "4 trips and 0 contacts without travel".
 */
export function visitCountWords(
  totals: VisitTotals,
  words: keyof typeof COUNT_WORDS,
  shown: { elsewhere: boolean; contacts: boolean },
): string[] {
  const w = COUNT_WORDS[words];
  const parts = [totals.trips === 0 ? 'no trips' : counted(totals.trips, ['trip', 'trips'])];
  if (shown.elsewhere && totals.elsewhere > 0) parts.push(counted(totals.elsewhere, w.elsewhere));
  if (shown.contacts && totals.contacts > 0) parts.push(counted(totals.contacts, w.contacts));
  return parts;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
