import type { Person } from '../data/schema';
import { EVENT_TYPES } from '../data/schema';
import { FAIL_DIRECTION, FAIL_PERSON, FAIL_SECTOR, FAIL_TYPE, FAIL_YEAR } from './dashboard';
import type { DatasetIndex } from './dataset-index';
import { formatYearSpan } from './dates';
import { directionLabel } from './describe';
import type { Filters } from './filters';
import { eventTypeLabel } from '../data/labels';
import { foldText, matchesTerms, queryTerms } from '../lib/text';

/**
 * Option counts for the filter bar, faceted: the count next to a value is the number of
 * engagements that have that value and pass every *other* filter, i.e. what you would see
 * if that value were the only one ticked in its group. Arrays are aligned with the index's
 * own arrays (`index.sectors`, `index.directions`, `index.types`, `index.people`); `years`
 * is aligned with `index.minYear .. index.maxYear`.
 */
export interface OptionCounts {
  sectors: Uint32Array;
  directions: Uint32Array;
  types: Uint32Array;
  people: Uint32Array;
  years: Uint32Array;
}

export function filterOptionCounts(index: DatasetIndex, mask: Uint8Array): OptionCounts {
  const sectors = new Uint32Array(index.sectors.length);
  const directions = new Uint32Array(index.directions.length);
  const types = new Uint32Array(index.types.length);
  const people = new Uint32Array(index.people.length);
  const base = index.minYear ?? 0;
  const years = new Uint32Array(
    index.minYear === null || index.maxYear === null ? 0 : index.maxYear - index.minYear + 1,
  );
  const { eventSectors, sectorStart, eventPeople, peopleStart } = index;
  for (let i = 0; i < index.n; i++) {
    const m = mask[i] ?? 0;
    if ((m & ~FAIL_SECTOR) === 0) {
      for (let k = sectorStart[i]!, end = sectorStart[i + 1]!; k < end; k++) {
        sectors[eventSectors[k]!]!++;
      }
    }
    if ((m & ~FAIL_DIRECTION) === 0) directions[index.eventDirection[i]!]!++;
    if ((m & ~FAIL_TYPE) === 0) types[index.eventType[i]!]!++;
    if ((m & ~FAIL_PERSON) === 0) {
      for (let k = peopleStart[i]!, end = peopleStart[i + 1]!; k < end; k++) {
        people[eventPeople[k]!]!++;
      }
    }
    if ((m & ~FAIL_YEAR) === 0) {
      const at = index.year[i]! - base;
      if (at >= 0 && at < years.length) years[at]!++;
    }
  }
  return { sectors, directions, types, people, years };
}

/** The years a range can start or end on, oldest first. */
export function yearOptions(index: DatasetIndex): number[] {
  if (index.minYear === null || index.maxYear === null) return [];
  const out: number[] = [];
  for (let y = index.minYear; y <= index.maxYear; y++) out.push(y);
  return out;
}

/** The dataset's event types in the schema's order (visit, meeting, phone call, …). */
export function orderedTypes(index: DatasetIndex): string[] {
  const rank = (t: string) => {
    const at = (EVENT_TYPES as readonly string[]).indexOf(t);
    return at === -1 ? EVENT_TYPES.length : at;
  };
  return [...index.types].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
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
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    const sorted = [...index.people].sort(
      (a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id),
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

export type ChipKind = 'sector' | 'years' | 'direction' | 'type' | 'person' | 'query';

export interface ActiveChip {
  /** Unique among the chips, stable while the value stays selected. */
  key: string;
  kind: ChipKind;
  /** The id, key or type to toggle off; empty for years and the query. */
  value: string;
  /** "Sector: Energy", "2022–2024", "Search: “gas”". */
  label: string;
  /** The label in two parts, so a view can isolate the data-supplied text (RTL, long strings). */
  prefix: string | null;
  text: string;
}

function parts(prefix: string, text: string) {
  return { label: `${prefix}: ${text}`, prefix, text };
}

/** One chip per active filter value, in the order `describeFilters` uses (search last). */
export function activeFilterChips(index: DatasetIndex, filters: Filters): ActiveChip[] {
  const chips: ActiveChip[] = [];
  for (const id of filters.sectors) {
    chips.push({
      key: `sector:${id}`,
      kind: 'sector',
      value: id,
      ...parts('Sector', index.sectorById.get(id)?.label ?? id),
    });
  }
  if (filters.from !== null || filters.to !== null) {
    const label =
      filters.from !== null && filters.to !== null
        ? formatYearSpan(filters.from, filters.to)
        : filters.from !== null
          ? `From ${filters.from}`
          : `Up to ${filters.to}`;
    chips.push({ key: 'years', kind: 'years', value: '', label, prefix: null, text: label });
  }
  for (const key of filters.directions) {
    chips.push({
      key: `direction:${key}`,
      kind: 'direction',
      value: key,
      ...parts('Direction', directionLabel(index, key)),
    });
  }
  for (const type of filters.types) {
    chips.push({
      key: `type:${type}`,
      kind: 'type',
      value: type,
      ...parts('Type', eventTypeLabel(type)),
    });
  }
  for (const id of filters.people) {
    chips.push({
      key: `person:${id}`,
      kind: 'person',
      value: id,
      ...parts('Person', index.personById.get(id)?.name ?? id),
    });
  }
  const q = filters.q.trim();
  if (q !== '') {
    chips.push({
      key: 'q',
      kind: 'query',
      value: '',
      label: `Search: “${q}”`,
      prefix: 'Search',
      text: q,
    });
  }
  return chips;
}
