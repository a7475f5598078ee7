import type { EngagementEvent, Person } from '../data/schema';
import type { DatasetIndex } from './dataset-index';
import type { Filters } from './filters';
import { LEVEL_GROUPS, levelGroupOf, type LevelGroup } from './labels';
import { LEVELS } from '../data/schema';
import { matchesTerms, queryTerms } from './text';

/**
 * Cross-filtering. Each event gets a bit per filter it fails. A view ignores its own
 * dimension (the sector grid ignores the sector filter, and so on) so that it can
 * highlight the selection instead of collapsing to it; everything else uses mask === 0.
 */
export const FAIL_SECTOR = 1;
export const FAIL_YEAR = 2;
export const FAIL_DIRECTION = 4;
export const FAIL_TYPE = 8;
export const FAIL_PERSON = 16;
export const FAIL_TEXT = 32;

export function filterMasks(index: DatasetIndex, filters: Filters): Uint8Array {
  const { n } = index;
  const mask = new Uint8Array(n);

  if (filters.sectors.length > 0) {
    const wanted = new Uint8Array(index.sectors.length);
    for (const id of filters.sectors) {
      const at = index.sectorIndex.get(id);
      if (at !== undefined) wanted[at] = 1;
    }
    const { eventSectors, sectorStart } = index;
    for (let i = 0; i < n; i++) {
      let hit = 0;
      for (let k = sectorStart[i]!, end = sectorStart[i + 1]!; k < end; k++) {
        if (wanted[eventSectors[k]!]) {
          hit = 1;
          break;
        }
      }
      if (!hit) mask[i]! |= FAIL_SECTOR;
    }
  }

  if (filters.from !== null || filters.to !== null) {
    const from = filters.from ?? -Infinity;
    const to = filters.to ?? Infinity;
    const { year } = index;
    for (let i = 0; i < n; i++) {
      const y = year[i]!;
      if (y < from || y > to) mask[i]! |= FAIL_YEAR;
    }
  }

  if (filters.directions.length > 0) {
    const wanted = new Uint8Array(index.directions.length);
    for (const key of filters.directions) {
      const at = index.directionIndex.get(key);
      if (at !== undefined) wanted[at] = 1;
    }
    const { eventDirection } = index;
    for (let i = 0; i < n; i++) if (!wanted[eventDirection[i]!]) mask[i]! |= FAIL_DIRECTION;
  }

  if (filters.types.length > 0) {
    const wanted = new Uint8Array(index.types.length);
    for (const t of filters.types) {
      const at = index.typeIndex.get(t);
      if (at !== undefined) wanted[at] = 1;
    }
    const { eventType } = index;
    for (let i = 0; i < n; i++) if (!wanted[eventType[i]!]) mask[i]! |= FAIL_TYPE;
  }

  if (filters.people.length > 0) {
    const wanted = new Uint8Array(index.people.length);
    for (const id of filters.people) {
      const at = index.personIndex.get(id);
      if (at !== undefined) wanted[at] = 1;
    }
    const { eventPeople, peopleStart } = index;
    for (let i = 0; i < n; i++) {
      let hit = 0;
      for (let k = peopleStart[i]!, end = peopleStart[i + 1]!; k < end; k++) {
        if (wanted[eventPeople[k]!]) {
          hit = 1;
          break;
        }
      }
      if (!hit) mask[i]! |= FAIL_PERSON;
    }
  }

  const terms = queryTerms(filters.q);
  if (terms.length > 0) {
    const text = index.searchText();
    for (let i = 0; i < n; i++) if (!matchesTerms(text[i]!, terms)) mask[i]! |= FAIL_TEXT;
  }
  return mask;
}

/** Bits a view ignores: its own dimension. */
const passes = (mask: Uint8Array, i: number, ignore: number) => (mask[i]! & ~ignore) === 0;

export interface Headline {
  engagements: number;
  visits: number;
  people: number;
  sectors: number;
  firstYear: number | null;
  lastYear: number | null;
  /** Distinct calendar years with at least one engagement. */
  activeYears: number;
}

export function headlineStats(index: DatasetIndex, mask: Uint8Array): Headline {
  const visitSeen = new Uint8Array(index.visits.length);
  const personSeen = new Uint8Array(index.people.length);
  const sectorSeen = new Uint8Array(index.sectors.length);
  const yearsSeen = new Set<number>();
  let engagements = 0;
  let visits = 0;
  let people = 0;
  let sectors = 0;
  let firstYear: number | null = null;
  let lastYear: number | null = null;
  for (let i = 0; i < index.n; i++) {
    if (mask[i] !== 0) continue;
    engagements++;
    const y = index.year[i]!;
    yearsSeen.add(y);
    if (firstYear === null || y < firstYear) firstYear = y;
    if (lastYear === null || y > lastYear) lastYear = y;
    const v = index.eventVisit[i]!;
    if (v >= 0 && !visitSeen[v]) {
      visitSeen[v] = 1;
      visits++;
    }
    for (let k = index.peopleStart[i]!, end = index.peopleStart[i + 1]!; k < end; k++) {
      const p = index.eventPeople[k]!;
      if (!personSeen[p]) {
        personSeen[p] = 1;
        people++;
      }
    }
    for (let k = index.sectorStart[i]!, end = index.sectorStart[i + 1]!; k < end; k++) {
      const s = index.eventSectors[k]!;
      if (!sectorSeen[s]) {
        sectorSeen[s] = 1;
        sectors++;
      }
    }
  }
  return { engagements, visits, people, sectors, firstYear, lastYear, activeYears: yearsSeen.size };
}

export function yearRange(first: number | null, last: number | null): number[] {
  if (first === null || last === null || last < first) return [];
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}

export interface VisitYear {
  year: number;
  /** Trips per direction key (`AZ-RS` …), each trip counted once. */
  byDirection: Record<string, number>;
  byLevel: Record<LevelGroup, number>;
  /** Engagements without travel: calls, summonses. */
  contacts: number;
  visits: number;
}

/**
 * Trips per year. Engagements that share a visitId are one trip, counted in the year of
 * its first engagement, at the highest level of anyone on it. Every year of the dataset is
 * present, including years with none; the year and direction filters are ignored here so
 * the chart can highlight them.
 */
export function visitsByYear(index: DatasetIndex, mask: Uint8Array): VisitYear[] {
  const years = yearRange(index.minYear, index.maxYear);
  const rows: VisitYear[] = years.map((year) => {
    const byDirection: Record<string, number> = {};
    for (const d of index.directions) if (d.guest !== null) byDirection[d.key] = 0;
    const byLevel = Object.fromEntries(LEVEL_GROUPS.map((g) => [g, 0])) as Record<
      LevelGroup,
      number
    >;
    return { year, byDirection, byLevel, contacts: 0, visits: 0 };
  });
  if (index.minYear === null) return rows;
  const base = index.minYear;
  const seen = new Uint8Array(index.visits.length);
  const ignore = FAIL_YEAR | FAIL_DIRECTION;
  for (let i = 0; i < index.n; i++) {
    if (!passes(mask, i, ignore)) continue;
    const v = index.eventVisit[i]!;
    if (v < 0) {
      rows[index.year[i]! - base]!.contacts++;
      continue;
    }
    if (seen[v]) continue;
    seen[v] = 1;
    const visit = index.visits[v]!;
    const row = rows[visit.year - base]!;
    row.visits++;
    row.byDirection[visit.direction] = (row.byDirection[visit.direction] ?? 0) + 1;
    row.byLevel[levelGroupOf(LEVELS[visit.levelRank]!)]++;
  }
  return rows;
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
  mask: Uint8Array,
  filters: Filters,
): SectorMatrix {
  const first =
    filters.from !== null && index.minYear !== null
      ? Math.max(filters.from, index.minYear)
      : index.minYear;
  const last =
    filters.to !== null && index.maxYear !== null
      ? Math.min(filters.to, index.maxYear)
      : index.maxYear;
  const years = yearRange(first, last);
  const base = years[0] ?? 0;
  const counts = index.sectors.map(() => new Array<number>(years.length).fill(0));
  for (let i = 0; i < index.n; i++) {
    if (!passes(mask, i, FAIL_SECTOR)) continue;
    const col = index.year[i]! - base;
    if (col < 0 || col >= years.length) continue;
    for (let k = index.sectorStart[i]!, end = index.sectorStart[i + 1]!; k < end; k++) {
      counts[index.eventSectors[k]!]![col]!++;
    }
  }
  let max = 0;
  const rows = index.sectors.map((s, i) => {
    const row = counts[i]!;
    let total = 0;
    for (const c of row) {
      total += c;
      if (c > max) max = c;
    }
    return { sectorId: s.id, label: s.label, total, counts: row };
  });
  rows.sort((x, y) => y.total - x.total || x.label.localeCompare(y.label));
  return { years, rows, max };
}

export interface PersonRank {
  personId: string;
  name: string;
  country: string;
  /** The most recent role the sources give. */
  role: string;
  engagements: number;
}

export function latestRole(person: Person): string {
  let best = '';
  let bestKey = '';
  for (const r of person.roles) {
    const key = r.to ?? r.asOf ?? r.from ?? '';
    if (best === '' || key >= bestKey) {
      best = r.title;
      bestKey = key;
    }
  }
  return best;
}

/** People ranked by the engagements they took part in; ignores the person filter. */
export function peopleRanking(index: DatasetIndex, mask: Uint8Array): PersonRank[] {
  const counts = new Uint32Array(index.people.length);
  for (let i = 0; i < index.n; i++) {
    if (!passes(mask, i, FAIL_PERSON)) continue;
    for (let k = index.peopleStart[i]!, end = index.peopleStart[i + 1]!; k < end; k++) {
      counts[index.eventPeople[k]!]!++;
    }
  }
  const out: PersonRank[] = [];
  index.people.forEach((p, i) => {
    const c = counts[i]!;
    if (c > 0) {
      out.push({
        personId: p.id,
        name: p.name,
        country: p.country,
        role: latestRole(p),
        engagements: c,
      });
    }
  });
  out.sort((a, b) => b.engagements - a.engagements || a.name.localeCompare(b.name));
  return out;
}

export type SortOrder = 'newest' | 'oldest';

/** Engagements that pass every filter, newest first unless asked otherwise. */
export function filteredEvents(
  index: DatasetIndex,
  mask: Uint8Array,
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
  mask: Uint8Array,
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
  mask: Uint8Array,
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
  mask: Uint8Array;
  headline: Headline;
  visits: VisitYear[];
  sectors: SectorMatrix;
  people: PersonRank[];
}

/** Every view's aggregates for one filter state. The events list is derived lazily. */
export function computeDashboard(index: DatasetIndex, filters: Filters): Dashboard {
  const mask = filterMasks(index, filters);
  return {
    mask,
    headline: headlineStats(index, mask),
    visits: visitsByYear(index, mask),
    sectors: sectorMatrix(index, mask, filters),
    people: peopleRanking(index, mask),
  };
}
