import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../scripts/gen-data';
import { computeDashboard } from '../../../src/model/dashboard';
import { buildIndex, type DatasetIndex } from '../../../src/model/dataset-index';
import { emptyFilters, type Filters } from '../../../src/model/filters';
import { allIds, narrowIds, postingLists, splitIds } from '../../../src/model/posting-lists';
import { hotColumnsOf } from '../../../src/model/hot-columns';
import { loadFixture } from '../../support/dataset';

const { index } = loadFixture();

/** The events of each value, found the slow way. */
function naivePostings(items: ArrayLike<number>, start: ArrayLike<number>, size: number) {
  const out: number[][] = Array.from({ length: size }, () => []);
  for (let i = 0; i + 1 < start.length; i++) {
    const values = new Set(Array.from(items).slice(start[i], start[i + 1]));
    for (const v of values) if (v < size) out[v]!.push(i);
  }
  return out;
}

describe('postingLists', () => {
  it("lists each fixture person's engagements, ascending", () => {
    const size = index.people.length;
    const lists = postingLists(index.eventPeople, index.peopleStart, size);
    const naive = naivePostings(index.eventPeople, index.peopleStart, size);
    for (let p = 0; p < size; p++) {
      expect(Array.from(lists.ids.subarray(lists.start[p], lists.start[p + 1]))).toEqual(naive[p]);
    }
    expect(lists.ids.length).toBe(naive.flat().length);
  });

  it('lists the sectors of the fixture the same way', () => {
    const size = index.sectors.length;
    const lists = postingLists(index.eventSectors, index.sectorStart, size);
    const energy = index.sectorIndex.get('energy')!;
    const ids = Array.from(lists.ids.subarray(lists.start[energy], lists.start[energy + 1]));
    expect(ids).toEqual(naivePostings(index.eventSectors, index.sectorStart, size)[energy]);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('lists an event once for a value it repeats, and leaves out values past the size', () => {
    // Event 0: values 1, 1, 5; event 1: none; event 2: values 0, 1.
    const lists = postingLists([1, 1, 5, 0, 1], [0, 3, 3, 5], 2);
    expect(Array.from(lists.start)).toEqual([0, 1, 3]);
    expect(Array.from(lists.ids)).toEqual([2, 0, 2]);
  });
});

describe('narrowIds', () => {
  const mask = Uint16Array.from([0, 1, 2, 3, 0, 4, 1]);

  it('keeps the ids whose mask has none of the rule bits', () => {
    const out = new Uint32Array(7);
    expect(narrowIds(mask, 1, allIds(7), 7, out)).toBe(4);
    expect(Array.from(out.subarray(0, 4))).toEqual([0, 2, 4, 5]);
    expect(narrowIds(mask, 0, allIds(7), 7, out)).toBe(7);
    expect(narrowIds(mask, 7, allIds(7), 7, out)).toBe(2);
  });

  it('narrows a list in place', () => {
    const ids = allIds(7);
    const len = narrowIds(mask, 2, ids, 7, ids);
    expect(Array.from(ids.subarray(0, len))).toEqual([0, 1, 4, 5, 6]);
    expect(Array.from(ids.subarray(0, narrowIds(mask, 1, ids, len, ids)))).toEqual([0, 4, 5]);
  });
});

describe('splitIds', () => {
  it('puts the passing ids in front, ascending, and the failing ones behind', () => {
    const out = new Uint32Array(7);
    const pass = splitIds(Uint16Array.from([0, 1, 2, 3, 0, 4, 1]), 1, out);
    expect(pass).toBe(4);
    expect(Array.from(out.subarray(0, pass))).toEqual([0, 2, 4, 5]);
    expect(Array.from(out.subarray(pass))).toEqual([6, 3, 1]);
  });

  it('splits the fixture by a real mask like narrowIds does', () => {
    const mask = computeDashboard(index, { ...emptyFilters(), sectors: ['energy'] }).mask;
    const out = new Uint32Array(index.n);
    const pass = splitIds(mask, 0xffff, out);
    const narrowed = new Uint32Array(index.n);
    const len = narrowIds(mask, 0xffff, allIds(index.n), index.n, narrowed);
    expect(Array.from(out.subarray(0, pass))).toEqual(Array.from(narrowed.subarray(0, len)));
    expect(new Set(out).size).toBe(index.n);
  });
});

describe('hotColumnsOf', () => {
  it('puts each sector membership in its year row of the sector grid', () => {
    const cols = hotColumnsOf(index);
    const sectors = index.sectors.length;
    for (let i = 0; i < index.n; i++) {
      for (let k = index.sectorStart[i]!; k < index.sectorStart[i + 1]!; k++) {
        expect(cols.sectorCell[k]).toBe(
          (index.year[i]! - index.minYear!) * sectors + index.eventSectors[k]!,
        );
      }
    }
    expect(Array.from(cols.all)).toEqual(index.events.map((_, i) => i));
  });
});

describe('computeDashboard after a run of filter changes', () => {
  const generated = buildIndex(generateDataset({ events: 600, seed: 5 }));

  /** Filter states drawn from the values an index has, plus an id it does not know. */
  function filtersOf(ix: DatasetIndex) {
    const some = (values: string[]) => fc.subarray([...values, 'unknown'], { maxLength: 3 });
    const year = fc.option(
      fc.integer({ min: (ix.minYear ?? 2000) - 1, max: (ix.maxYear ?? 2000) + 1 }),
    );
    return fc.record({
      sectors: some(ix.sectors.map((s) => s.id)),
      directions: some(ix.directions.map((d) => d.key)),
      types: some(ix.types),
      people: some(ix.people.slice(0, 12).map((p) => p.id)),
      places: some(ix.venues.map((v) => v.key)),
      from: year,
      to: year,
      q: fc.constantFrom('', 'gas', 'minister', 'aliyev', 'dj'),
    }) as fc.Arbitrary<Filters>;
  }

  it.each([
    ['the fixture', index, () => loadFixture().index],
    ['a generated dataset', generated, () => buildIndex(generated.dataset)],
  ] as const)('on %s equals the same state on a fresh index', (_name, ix, fresh) => {
    fc.assert(
      fc.property(fc.array(filtersOf(ix), { minLength: 1, maxLength: 6 }), (states) => {
        for (const f of states) computeDashboard(ix, f);
        const last = states[states.length - 1]!;
        const expected = computeDashboard(fresh(), last);
        const got = computeDashboard(ix, last);
        expect(got.headline).toEqual(expected.headline);
        expect(got.visits).toEqual(expected.visits);
        expect(got.sectors).toEqual(expected.sectors);
        expect(got.people).toEqual(expected.people);
        expect(Array.from(got.mask)).toEqual(Array.from(expected.mask));
        computeDashboard(ix, emptyFilters());
      }),
      { numRuns: 40 },
    );
  });
});
