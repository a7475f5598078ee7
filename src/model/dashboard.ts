/**
 * The dashboard's aggregates for a filter state: the headline, trips per year, the sector
 * grid and the people ranking (counted in one pass by `aggregate.ts`, over the mask of
 * `filter-mask.ts`), plus the event lists behind a view's marks.
 */
import type { EngagementEvent } from '../data/schema';
import type { LevelGroup } from '../data/labels';
import { aggregate, WANT_HEADLINE, WANT_PEOPLE, WANT_SECTORS, WANT_VISITS } from './aggregate';
import type { DatasetIndex } from './dataset-index';
import { FILTER_DIMENSIONS, type DimensionKey, type FilterMask } from './filter-dimensions';
import { activeBits, bitsOf, FAIL_PERSON, FAIL_SECTOR, maskAndKeys, passes } from './filter-mask';
import type { Filters } from './filters';
import { cacheOf, type DimensionKeys } from './index-cache';
import type { SkippedYears } from './year-axis';

export interface Headline {
  engagements: number;
  /** Trips by one side to the other (meetings at third-country venues are not visits). */
  visits: number;
  /** Documents signed at the engagements (agreements, memoranda, declarations…). */
  documents: number;
  people: number;
  sectors: number;
  firstYear: number | null;
  lastYear: number | null;
  /** Distinct calendar years with at least one engagement. */
  activeYears: number;
}

/** The headline numbers of the events a mask lets through (all bits clear). */
export function headlineStats(index: DatasetIndex, mask: FilterMask): Headline {
  return aggregate(index, mask, null, WANT_HEADLINE).headline!;
}

export interface VisitYear {
  year: number;
  /** Trips per direction key (`AZ-RS` …), each trip counted once. */
  byDirection: Record<string, number>;
  byLevel: Record<LevelGroup, number>;
  /** Meetings at a venue in neither country, each trip (visitId) counted once. */
  elsewhere: number;
  /** Engagements without travel: calls, summonses. */
  contacts: number;
  /** Trips by one side to the other (meetings elsewhere are not visits). */
  trips: number;
}

/**
 * Trips per year. Engagements that share a visitId are one trip, counted in the year of
 * its first engagement, at the highest level of anyone on it. Every year of the dataset is
 * present, including years with none; the year and direction filters are ignored here so
 * the chart can highlight them.
 */
export function visitsByYear(
  index: DatasetIndex,
  mask: FilterMask,
  ignore: number = bitsOf(VIEW_IGNORES.visits),
): VisitYear[] {
  return aggregate(index, mask, null, WANT_VISITS, ignore).visits!;
}

export interface SectorRow {
  sectorId: string;
  label: string;
  total: number;
  /** Engagements per year, aligned with `SectorMatrix.years`. */
  counts: number[];
}

export interface SectorMatrix {
  years: number[];
  /** Runs of years with no engagement in the dataset, left off `years`. */
  skipped: SkippedYears[];
  rows: SectorRow[];
  max: number;
}

/**
 * Engagements per sector and year (an engagement counts in every sector it covers). Rows
 * are sorted by total, largest first; sectors with no engagement stay, at the bottom, so
 * the grid does not jump when filters change. Ignores the sector filter.
 */
export function sectorMatrix(
  index: DatasetIndex,
  mask: FilterMask,
  filters: Filters,
): SectorMatrix {
  return aggregate(index, mask, filters, WANT_SECTORS).sectors!;
}

export interface PersonRank {
  personId: string;
  name: string;
  country: string;
  /** The most recent role the sources give. */
  role: string;
  engagements: number;
}

/** People ranked by the engagements they took part in; ignores the person filter. */
export function peopleRanking(index: DatasetIndex, mask: FilterMask): PersonRank[] {
  return aggregate(index, mask, null, WANT_PEOPLE).people!;
}

export type SortOrder = 'newest' | 'oldest';

/** Engagements that pass every filter, newest first unless asked otherwise. */
export function filteredEvents(
  index: DatasetIndex,
  mask: FilterMask,
  order: SortOrder = 'newest',
): EngagementEvent[] {
  const out: EngagementEvent[] = [];
  if (order === 'oldest') {
    for (let i = 0; i < index.n; i++) if (mask[i] === 0) out.push(index.events[i]!);
  } else {
    for (let i = index.n - 1; i >= 0; i--) if (mask[i] === 0) out.push(index.events[i]!);
  }
  return out;
}

/** The engagements behind one cell of the sector grid. */
export function sectorYearEvents(
  index: DatasetIndex,
  mask: FilterMask,
  sectorId: string,
  year: number,
): EngagementEvent[] {
  const s = index.sectorIndex.get(sectorId);
  if (s === undefined) return [];
  const out: EngagementEvent[] = [];
  for (let i = index.n - 1; i >= 0; i--) {
    if (index.year[i] !== year || !passes(mask, i, FAIL_SECTOR)) continue;
    for (let k = index.sectorStart[i]!, end = index.sectorStart[i + 1]!; k < end; k++) {
      if (index.eventSectors[k] === s) {
        out.push(index.events[i]!);
        break;
      }
    }
  }
  return out;
}

/** A person's engagements under every filter but the person filter, newest first. */
export function personEvents(
  index: DatasetIndex,
  mask: FilterMask,
  personId: string,
): EngagementEvent[] {
  const p = index.personIndex.get(personId);
  if (p === undefined) return [];
  const out: EngagementEvent[] = [];
  for (let i = index.n - 1; i >= 0; i--) {
    if (!passes(mask, i, FAIL_PERSON)) continue;
    for (let k = index.peopleStart[i]!, end = index.peopleStart[i + 1]!; k < end; k++) {
      if (index.eventPeople[k] === p) {
        out.push(index.events[i]!);
        break;
      }
    }
  }
  return out;
}

export interface Dashboard {
  mask: FilterMask;
  headline: Headline;
  visits: VisitYear[];
  sectors: SectorMatrix;
  people: PersonRank[];
}

/**
 * The dimensions each view ignores so that it can highlight a selection in them rather than
 * collapse to it. It depends on every other dimension, a new one included.
 */
const VIEW_IGNORES = {
  visits: ['years', 'directions'],
  sectors: ['sectors'],
  people: ['people'],
} as const satisfies Record<string, readonly DimensionKey[]>;

function unchangedFor(
  last: DimensionKeys | undefined,
  keys: DimensionKeys,
  ignored: readonly DimensionKey[],
): boolean {
  if (!last) return false;
  return FILTER_DIMENSIONS.every((d) => ignored.includes(d.key) || last[d.key] === keys[d.key]);
}

/**
 * Every view's aggregates for one filter state. The events list is derived lazily.
 *
 * A view that ignores the dimension that changed keeps its previous result, the very same
 * object (a sector toggle leaves the sector grid as it was, a person toggle the people
 * ranking, a year or direction change the visit counts), which saves the work and lets
 * memoised views skip rendering. Treat the results as read-only.
 */
export function computeDashboard(index: DatasetIndex, filters: Filters): Dashboard {
  const { mask, keys } = maskAndKeys(index, filters);
  const cache = cacheOf(index);
  const last = cache.lastDashboard;
  const keepVisits = unchangedFor(last?.keys, keys, VIEW_IGNORES.visits);
  const keepSectors = unchangedFor(last?.keys, keys, VIEW_IGNORES.sectors);
  const keepPeople = unchangedFor(last?.keys, keys, VIEW_IGNORES.people);
  const want =
    WANT_HEADLINE |
    (keepVisits ? 0 : WANT_VISITS) |
    (keepSectors ? 0 : WANT_SECTORS) |
    (keepPeople ? 0 : WANT_PEOPLE);
  const all = aggregate(index, mask, filters, want, undefined, activeBits(keys));
  const dashboard: Dashboard = {
    mask,
    headline: all.headline!,
    visits: keepVisits ? last!.dashboard.visits : all.visits!,
    sectors: keepSectors ? last!.dashboard.sectors : all.sectors!,
    people: keepPeople ? last!.dashboard.people : all.people!,
  };
  cache.lastDashboard = { keys, dashboard };
  return dashboard;
}
