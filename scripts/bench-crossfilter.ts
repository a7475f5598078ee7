/**
 * crossfilter2 set up to answer the same questions as `computeDashboard`, as a peer in
 * `npm run bench`: one dimension per filter, groups for engagements per year and direction,
 * per sector and year, per person, and the total.
 */
import crossfilter from 'crossfilter2';
import type { DatasetIndex } from '../src/model/dataset-index';
import type { Filters } from '../src/model/filters';
import { matchesTerms, queryTerms } from '../src/lib/text';

function rangesOf(index: DatasetIndex, start: Uint32Array, items: Uint16Array | Uint32Array) {
  const out: number[][] = new Array(index.n);
  for (let i = 0; i < index.n; i++) out[i] = Array.from(items.subarray(start[i], start[i + 1]));
  return out;
}

function dimensions(index: DatasetIndex) {
  const sectorsOf = rangesOf(index, index.sectorStart, index.eventSectors);
  const peopleOf = rangesOf(index, index.peopleStart, index.eventPeople);
  const { year, eventDirection, eventType } = index;
  const cf = crossfilter(Array.from({ length: index.n }, (_, i) => i));
  return {
    cf,
    sector: cf.dimension((i) => sectorsOf[i]!, true),
    year: cf.dimension((i) => year[i]!),
    direction: cf.dimension((i) => eventDirection[i]!),
    person: cf.dimension((i) => peopleOf[i]!, true),
    type: cf.dimension((i) => eventType[i]!),
    text: cf.dimension((i) => i),
  };
}

/** A group reducing to counts per slot (`slotOf` an engagement), kept up as filters change. */
function slotCounts(slots: number, slotOf: (i: number) => number) {
  return [
    (p: number[], i: number) => {
      p[slotOf(i)]!++;
      return p;
    },
    (p: number[], i: number) => {
      p[slotOf(i)]!--;
      return p;
    },
    () => new Array<number>(slots).fill(0),
  ] as const;
}

export function crossfilterModel(index: DatasetIndex) {
  const d = dimensions(index);
  const minYear = index.minYear ?? 0;
  const years = (index.maxYear ?? 0) - minYear + 1;
  const { year, eventDirection } = index;
  // Engagements (not trips: crossfilter cannot count distinct visitIds) per year and direction.
  const visitsByYear = d.year
    .group<number, number[]>()
    .reduce(...slotCounts(index.directions.length, (i) => eventDirection[i]!));
  const sectorYear = d.sector
    .group<number, number[]>()
    .reduce(...slotCounts(years, (i) => year[i]! - minYear));
  const people = d.person.group<number, number>().reduceCount();
  const total = d.cf.groupAll<number>().reduceCount();

  const list = <T>(
    dim: { filterAll: () => unknown; filterFunction: (f: (v: T) => boolean) => unknown },
    ids: string[],
    lookup: ReadonlyMap<string, number>,
  ) => {
    if (ids.length === 0) {
      dim.filterAll();
      return;
    }
    const wanted = new Set(ids.map((id) => lookup.get(id)));
    dim.filterFunction((v) => wanted.has(v as number));
  };
  const apply = (f: Filters) => {
    list(d.sector, f.sectors, index.sectorIndex);
    if (f.from !== null || f.to !== null)
      d.year.filterRange([f.from ?? -Infinity, (f.to ?? Infinity) + 1]);
    else d.year.filterAll();
    list(d.direction, f.directions, index.directionIndex);
    list(d.type, f.types, index.typeIndex);
    list(d.person, f.people, index.personIndex);
    const terms = queryTerms(f.q);
    if (terms.length > 0) {
      const haystack = index.searchText();
      d.text.filterFunction((i) => matchesTerms(haystack[i as number]!, terms));
    } else d.text.filterAll();
    // Read every aggregate, as a UI would.
    let sink = total.value();
    for (const g of visitsByYear.all()) sink += g.value[0]!;
    for (const g of sectorYear.all()) sink += g.value[0]!;
    for (const g of people.all()) sink += g.value;
    return sink;
  };
  return { apply };
}
