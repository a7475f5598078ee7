import type { Person } from '../data/schema';
import { EVENT_TYPES } from '../data/schema';
import type { DatasetIndex } from './dataset-index';
import { yearRange, yearRangeLabel } from './dates';
import {
  bitOf,
  FILTER_DIMENSIONS,
  LIST_DIMENSIONS,
  type FilterMask,
  type ListKey,
} from './filter-dimensions';
import { FAIL_YEAR } from './filter-mask';
import type { Filters } from './filters';
import { foldText, matchesTerms, queryTerms } from '../lib/text';
import { compareText } from '../lib/compare-text';

/**
 * Option counts for the filter bar, faceted: the count next to a value is the number of
 * engagements that have that value and pass every *other* filter, i.e. what you would see
 * if that value were the only one ticked in its group. Each list dimension's array is aligned
 * with the index's own array of its values (`index.sectors`, `index.directions`…); `years` is
 * aligned with `index.minYear .. index.maxYear`.
 */
export type OptionCounts = Record<ListKey, Uint32Array> & { years: Uint32Array };

function countList(
  index: DatasetIndex,
  mask: FilterMask,
  dim: (typeof LIST_DIMENSIONS)[number],
): Uint32Array {
  const counts = new Uint32Array(dim.size(index));
  const ignore = ~bitOf(dim.key);
  const values = dim.values(index);
  for (let i = 0; i < index.n; i++) {
    if (((mask[i] ?? 0) & ignore) !== 0) continue;
    if (values.kind === 'one') counts[values.column[i]!]!++;
    else
      for (let k = values.start[i]!, end = values.start[i + 1]!; k < end; k++)
        counts[values.items[k]!]!++;
  }
  return counts;
}

export function filterOptionCounts(index: DatasetIndex, mask: FilterMask): OptionCounts {
  const out = {} as OptionCounts;
  for (const dim of LIST_DIMENSIONS) out[dim.key] = countList(index, mask, dim);
  const base = index.minYear ?? 0;
  const years = new Uint32Array(yearOptions(index).length);
  const ignore = ~FAIL_YEAR;
  for (let i = 0; i < index.n; i++) {
    if (((mask[i] ?? 0) & ignore) !== 0) continue;
    const at = index.year[i]! - base;
    if (at >= 0 && at < years.length) years[at]!++;
  }
  out.years = years;
  return out;
}

/** The years a range can start or end on, oldest first. */
export function yearOptions(index: DatasetIndex): number[] {
  return yearRange(index.minYear, index.maxYear);
}

/** The dataset's event types in the schema's order (visit, meeting, phone call, …). */
export function orderedTypes(index: DatasetIndex): string[] {
  const rank = (t: string) => {
    const at = (EVENT_TYPES as readonly string[]).indexOf(t);
    return at === -1 ? EVENT_TYPES.length : at;
  };
  return [...index.types].sort((a, b) => rank(a) - rank(b) || compareText(a, b));
}

interface PeopleLookup {
  /** People sorted by name. */
  sorted: Person[];
  /** Folded name and aliases, aligned with `sorted`. */
  haystack: string[];
}

const lookups = new WeakMap<DatasetIndex, PeopleLookup>();

function peopleLookup(index: DatasetIndex): PeopleLookup {
  let lookup = lookups.get(index);
  if (!lookup) {
    const sorted = [...index.people].sort(
      (a, b) => compareText(a.name, b.name) || compareText(a.id, b.id),
    );
    const haystack = sorted.map((p) => foldText([p.name, ...p.aliases].join(' \u0001 ')));
    lookup = { sorted, haystack };
    lookups.set(index, lookup);
  }
  return lookup;
}

export interface PersonOptions {
  /** Selected people first (always listed, whatever the query), then matches by name. */
  rows: Person[];
  /** How many of `rows` are selected people. */
  selected: number;
  /** People matching the query, selected or not. */
  matches: number;
  /** Matches left out of `rows` because of the limit. */
  hidden: number;
}

/**
 * The people the "Find a person" list shows: matched on name and aliases, ignoring case
 * and diacritics ("djuric" finds Marko Đurić), capped at `limit` unselected rows so a
 * dataset with thousands of people stays fast.
 */
export function personOptions(
  index: DatasetIndex,
  query: string,
  selectedIds: readonly string[],
  limit = 50,
): PersonOptions {
  const { sorted, haystack } = peopleLookup(index);
  const terms = queryTerms(query);
  const selectedSet = new Set(selectedIds);
  const selected: Person[] = [];
  const rest: Person[] = [];
  let matches = 0;
  let hidden = 0;
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!;
    const isSelected = selectedSet.has(p.id);
    const hit = terms.length === 0 || matchesTerms(haystack[i]!, terms);
    if (hit) matches++;
    if (isSelected) selected.push(p);
    else if (hit) {
      if (rest.length < limit) rest.push(p);
      else hidden++;
    }
  }
  return { rows: [...selected, ...rest], selected: selected.length, matches, hidden };
}

export type ChipKind = (typeof LIST_DIMENSIONS)[number]['chip'] | 'years' | 'query';

export interface ActiveChip {
  /** Unique among the chips, stable while the value stays selected. */
  key: string;
  kind: ChipKind;
  /** The filter the chip removes a value from; null for years and the query. */
  dimension: ListKey | null;
  /** The id, key or type to toggle off; empty for years and the query. */
  value: string;
  /** "Sector: Energy", "2022–2024", "Search: “gas”". */
  label: string;
  /** The label in two parts, so a view can isolate the data-supplied text (RTL, long strings). */
  prefix: string | null;
  text: string;
}

/** One chip per active filter value, in the table's order (search last). */
export function activeFilterChips(index: DatasetIndex, filters: Filters): ActiveChip[] {
  const chips: ActiveChip[] = [];
  for (const d of FILTER_DIMENSIONS) {
    if (d.kind === 'list') {
      for (const value of filters[d.key]) {
        const text = d.label(index, value);
        chips.push({
          key: `${d.chip}:${value}`,
          kind: d.chip,
          dimension: d.key,
          value,
          label: `${d.one}: ${text}`,
          prefix: d.one,
          text,
        });
      }
    } else if (d.kind === 'range') {
      const label = yearRangeLabel(filters);
      if (label !== null) {
        chips.push({
          key: 'years',
          kind: 'years',
          dimension: null,
          value: '',
          label,
          prefix: null,
          text: label,
        });
      }
    } else {
      const q = filters.q.trim();
      if (q !== '') {
        chips.push({
          key: 'q',
          kind: 'query',
          dimension: null,
          value: '',
          label: `Search: “${q}”`,
          prefix: 'Search',
          text: q,
        });
      }
    }
  }
  return chips;
}
