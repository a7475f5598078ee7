/**
 * `npm run bench [-- --quick] [-- --runs 30]`
 *
 * Times the model at 10^5 and 10^6 engagements (10^4 and 10^5 with --quick), on datasets
 * made in-process by scripts/gen-data.ts: building the index, then recomputing every
 * aggregate after one filter change (`computeDashboard`), side by side with crossfilter2
 * doing the equivalent work in the same process. Each run is one filter change: the
 * benchmark alternates between "no filter" and the scenario's filter, so both directions
 * (adding and removing a filter) are timed. Median and p95 over the runs, after warm-up.
 */
import crossfilter from 'crossfilter2';
import { loadavg, cpus } from 'node:os';
import { generateDataset } from './gen-data';
import { buildIndex, type DatasetIndex } from '../src/model/dataset-index';
import { computeDashboard, filteredEvents } from '../src/model/dashboard';
import { emptyFilters, type Filters } from '../src/model/filters';
import { matchesTerms, queryTerms } from '../src/lib/text';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

const quick = flag('quick');
const sizes = quick ? [10_000, 100_000] : [100_000, 1_000_000];
const RUNS = Math.max(20, option('runs', 30));
const WARMUP = option('warmup', 6);
const TARGET_MS: Record<number, number> = { 100_000: 10, 1_000_000: 100 };

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo]! + (s[hi]! - s[lo]!) * (at - lo);
}
const ms = (x: number) => (Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

/** A full collection between measurements (needs --expose-gc), so garbage left by earlier
 * steps (the generated dataset, crossfilter's setup) is not charged to the next operation. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

/** Alternates `apply(b)` / `apply(a)`; returns the timings after warm-up. */
function alternate(apply: (on: boolean) => void): number[] {
  collect();
  const out: number[] = [];
  for (let r = 0; r < WARMUP + RUNS; r++) {
    const t = time(() => apply(r % 2 === 0));
    if (r >= WARMUP) out.push(t);
  }
  // Leave the "off" state behind for the next scenario.
  apply(false);
  return out;
}

interface Scenario {
  name: string;
  filters: Filters;
}

function scenarios(index: DatasetIndex): Scenario[] {
  const base = emptyFilters();
  const maxYear = index.maxYear ?? 2024;
  const all = computeDashboard(index, base);
  // A person in the middle of the ranking: realistic selectivity (not the busiest).
  const person = all.people[Math.min(20, all.people.length - 1)]!.personId;
  return [
    { name: 'sector toggle (energy)', filters: { ...base, sectors: ['energy'] } },
    { name: 'year range (last 5 years)', filters: { ...base, from: maxYear - 4, to: maxYear } },
    { name: `person (${person})`, filters: { ...base, people: [person] } },
    { name: 'text query "djuric"', filters: { ...base, q: 'djuric' } },
    {
      name: 'combined (2 sectors + years + direction + "gas")',
      filters: {
        ...base,
        sectors: ['energy', 'trade-investment'],
        from: maxYear - 9,
        to: maxYear,
        directions: ['AZ-RS'],
        q: 'gas',
      },
    },
  ];
}

interface Row {
  events: number;
  operation: string;
  ours: number[];
  cf: number[] | null;
}

/** crossfilter2 set up to answer the same questions as `computeDashboard`. */
function crossfilterModel(index: DatasetIndex) {
  const n = index.n;
  const records = new Uint32Array(n);
  for (let i = 0; i < n; i++) records[i] = i;
  const sectorsOf: number[][] = new Array(n);
  const peopleOf: number[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    sectorsOf[i] = Array.from(
      index.eventSectors.subarray(index.sectorStart[i], index.sectorStart[i + 1]),
    );
    peopleOf[i] = Array.from(
      index.eventPeople.subarray(index.peopleStart[i], index.peopleStart[i + 1]),
    );
  }
  const { year, eventDirection, eventType } = index;
  const cf = crossfilter(Array.from(records));
  const sector = cf.dimension((i) => sectorsOf[i]!, true);
  const yearDim = cf.dimension((i) => year[i]!);
  const direction = cf.dimension((i) => eventDirection[i]!);
  const person = cf.dimension((i) => peopleOf[i]!, true);
  const type = cf.dimension((i) => eventType[i]!);
  const text = cf.dimension((i) => i);

  const dirs = index.directions.length;
  const minYear = index.minYear ?? 0;
  const years = (index.maxYear ?? 0) - minYear + 1;
  // Engagements (not trips: crossfilter cannot count distinct visitIds) per year and direction.
  const visitsByYear = yearDim.group<number, number[]>().reduce(
    (p, i) => {
      p[eventDirection[i]!]!++;
      return p;
    },
    (p, i) => {
      p[eventDirection[i]!]!--;
      return p;
    },
    () => new Array<number>(dirs).fill(0),
  );
  const sectorYear = sector.group<number, number[]>().reduce(
    (p, i) => {
      p[year[i]! - minYear]!++;
      return p;
    },
    (p, i) => {
      p[year[i]! - minYear]!--;
      return p;
    },
    () => new Array<number>(years).fill(0),
  );
  const people = person.group<number, number>().reduceCount();
  const total = cf.groupAll<number>().reduceCount();

  const apply = (f: Filters) => {
    if (f.sectors.length > 0) {
      const wanted = new Set(f.sectors.map((id) => index.sectorIndex.get(id)));
      sector.filterFunction((s) => wanted.has(s as number));
    } else sector.filterAll();
    if (f.from !== null || f.to !== null) {
      yearDim.filterRange([f.from ?? -Infinity, (f.to ?? Infinity) + 1]);
    } else yearDim.filterAll();
    if (f.directions.length > 0) {
      const wanted = new Set(f.directions.map((k) => index.directionIndex.get(k)));
      direction.filterFunction((d) => wanted.has(d as number));
    } else direction.filterAll();
    if (f.types.length > 0) {
      const wanted = new Set(f.types.map((t) => index.typeIndex.get(t)));
      type.filterFunction((t) => wanted.has(t as number));
    } else type.filterAll();
    if (f.people.length > 0) {
      const wanted = new Set(f.people.map((id) => index.personIndex.get(id)));
      person.filterFunction((p) => wanted.has(p as number));
    } else person.filterAll();
    const terms = queryTerms(f.q);
    if (terms.length > 0) {
      const haystack = index.searchText();
      text.filterFunction((i) => matchesTerms(haystack[i as number]!, terms));
    } else text.filterAll();
    // Read every aggregate, as a UI would.
    let sink = total.value();
    for (const g of visitsByYear.all()) sink += g.value[0]!;
    for (const g of sectorYear.all()) sink += g.value[0]!;
    for (const g of people.all()) sink += g.value;
    return sink;
  };
  return { apply };
}

async function main() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Bilateral model benchmark — Node ${process.version}, ${cpus().length} × ${cpu}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `${RUNS} timed runs per operation after ${WARMUP} warm-up runs; each run is one filter change.\n`,
  );

  let filterOptionCounts: ((index: DatasetIndex, mask: Uint16Array) => unknown) | null = null;
  try {
    ({ filterOptionCounts } = await import('../src/model/filter-options'));
  } catch {
    filterOptionCounts = null;
  }

  const rows: Row[] = [];
  const notes: string[] = [];
  const push = (row: Row) => {
    rows.push(row);
    process.stderr.write(
      `  ${row.events.toLocaleString('en-GB')} ${row.operation}: ${ms(median(row.ours))} ms\n`,
    );
  };
  for (const n of sizes) {
    let t = performance.now();
    const dataset = generateDataset({ events: n, seed: 1 });
    notes.push(`${n.toLocaleString('en-GB')} events generated in ${ms(performance.now() - t)} ms`);

    const builds: number[] = [];
    let index: DatasetIndex = buildIndex(dataset);
    for (let r = 0; r < (n >= 1_000_000 ? 3 : 5); r++)
      builds.push(time(() => (index = buildIndex(dataset))));
    t = performance.now();
    index.searchText();
    const searchBuild = performance.now() - t;

    t = performance.now();
    const cf = crossfilterModel(index);
    const cfBuild = performance.now() - t;
    push({
      events: n,
      operation: 'build index (crossfilter: dimensions + groups)',
      ours: builds,
      cf: [cfBuild],
    });
    push({
      events: n,
      operation: 'search text, built on first text query',
      ours: [searchBuild],
      cf: null,
    });

    const all = scenarios(index);
    for (const s of all) {
      const ours = alternate((on) => {
        computeDashboard(index, on ? s.filters : emptyFilters());
      });
      const theirs = alternate((on) => {
        cf.apply(on ? s.filters : emptyFilters());
      });
      push({ events: n, operation: `computeDashboard: ${s.name}`, ours, cf: theirs });
    }

    // What the UI also derives per change (outside computeDashboard, not in the target).
    const sectorFilters = all[0]!.filters;
    const mask = computeDashboard(index, sectorFilters).mask;
    push({
      events: n,
      operation: 'filteredEvents (events list, newest first)',
      ours: alternate(() => filteredEvents(index, mask, 'newest')),
      cf: null,
    });
    if (filterOptionCounts) {
      const count = filterOptionCounts;
      push({
        events: n,
        operation: 'filterOptionCounts (filter-bar facets)',
        ours: alternate(() => count(index, mask)),
        cf: null,
      });
    }
  }

  const header = [
    'events',
    'operation',
    'ours median ms',
    'ours p95',
    'crossfilter2 median',
    'ratio cf/ours',
  ];
  const table = rows.map((r) => {
    const om = median(r.ours);
    const cm = r.cf ? median(r.cf) : NaN;
    return [
      r.events.toLocaleString('en-GB'),
      r.operation,
      ms(om),
      r.ours.length > 1 ? ms(quantile(r.ours, 0.95)) : '—',
      ms(cm),
      r.cf ? `${(cm / om).toFixed(1)}×` : '—',
    ];
  });
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map((_, i) => (i < 2 ? '---' : '--:')).join('|')}|`);
  for (const r of table) console.log(`| ${r.join(' | ')} |`);

  console.log('\nNotes:');
  for (const note of notes) console.log(`- ${note}`);
  console.log(
    '- crossfilter2 counts engagements per year and direction: it cannot deduplicate trips (visitId) natively, so its "visits" group does less work than ours, which counts each trip once.',
  );
  console.log(
    '- crossfilter2 groups ignore only their own dimension; ours ignore year+direction for visits. Its headline is a plain count (ours also counts distinct trips, people, sectors and years).',
  );
  console.log('- ratio > 1 means ours is faster.');

  let failed = false;
  for (const n of sizes) {
    const target = TARGET_MS[n];
    if (target === undefined) continue;
    const worst = rows
      .filter((r) => r.events === n && r.operation.startsWith('computeDashboard'))
      .map((r) => [r.operation, median(r.ours)] as const)
      .sort((a, b) => b[1] - a[1])[0];
    if (!worst) continue;
    const ok = worst[1] <= target;
    if (!ok) failed = true;
    console.log(
      `${ok ? 'PASS' : 'MISS'}: recompute after one filter change at ${n.toLocaleString('en-GB')} events ≤ ${target} ms median — slowest: ${worst[0].replace('computeDashboard: ', '')} ${ms(worst[1])} ms`,
    );
  }
  if (failed) process.exitCode = 1;
}

await main();
