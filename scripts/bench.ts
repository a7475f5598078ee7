/**
 * `npm run bench [-- --quick] [-- --runs 30] [-- --no-duckdb]`
 *
 * Times the model at 10^5 and 10^6 engagements (10^4 and 10^5 with --quick), on datasets
 * made in-process by scripts/gen-data.ts: building the index, then recomputing every
 * aggregate after one filter change (`computeDashboard`), side by side with two peers doing
 * the equivalent work in the same process: crossfilter2 (scripts/bench-crossfilter.ts) and
 * DuckDB (scripts/bench-duckdb.ts, SQL over the same events). Each run is one filter change:
 * the benchmark alternates between "no filter" and the scenario's filter, so both directions
 * (adding and removing a filter) are timed. Median and p95 over the runs, after warm-up.
 */
import { loadavg, cpus } from 'node:os';
import { generateDataset } from './gen-data';
import { crossfilterModel } from './bench-crossfilter';
import { duckPeer, type DuckPeer, type PeerCheck } from './bench-duckdb';
import { markdownTable, median, ms, quantile, ratio } from './bench-stats';
import { buildIndex, type DatasetIndex } from '../src/model/dataset-index';
import { computeDashboard, filteredEvents } from '../src/model/dashboard';
import { emptyFilters, type Filters } from '../src/model/filters';
import { filterOptionCounts } from '../src/model/filter-options';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

const quick = flag('quick');
const withDuck = !flag('no-duckdb');
const sizes = quick ? [10_000, 100_000] : [100_000, 1_000_000];
const RUNS = Math.max(20, option('runs', 30));
const WARMUP = option('warmup', 6);
/** DuckDB takes tens to hundreds of ms per change: fewer runs keep the bench short. */
const DUCK_RUNS = Math.min(RUNS, option('duck-runs', 10));
const TARGET_MS: Record<number, number> = { 100_000: 3, 1_000_000: 30 };

const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

/** A full collection between measurements (needs --expose-gc), so garbage left by earlier
 * steps (the generated dataset, a peer's setup) is not charged to the next operation. */
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

async function alternateAsync(apply: (on: boolean) => Promise<unknown>): Promise<number[]> {
  collect();
  const out: number[] = [];
  for (let r = 0; r < 2 + DUCK_RUNS; r++) {
    const t = performance.now();
    await apply(r % 2 === 0);
    if (r >= 2) out.push(performance.now() - t);
  }
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
  duck: number[] | null;
  /** ✓ when DuckDB's headline count and trips per year equal ours. */
  same?: boolean;
}

/** Does the peer's answer equal ours for this filter state? */
function agrees(index: DatasetIndex, f: Filters, peer: PeerCheck): boolean {
  const ours = computeDashboard(index, f);
  return (
    peer.engagements === ours.headline.engagements &&
    peer.tripsByYear.join() === ours.visits.map((v) => v.trips).join()
  );
}

const rows: Row[] = [];
const notes: string[] = [];
const push = (row: Row) => {
  rows.push(row);
  process.stderr.write(
    `  ${row.events.toLocaleString('en-GB')} ${row.operation}: ${ms(median(row.ours))} ms\n`,
  );
};

/** Builds the index and both peers, and times those builds. */
async function setup(n: number) {
  let t = performance.now();
  const dataset = generateDataset({ events: n, seed: 1 });
  notes.push(`${n.toLocaleString('en-GB')} events generated in ${ms(performance.now() - t)} ms`);
  const builds: number[] = [];
  let index: DatasetIndex = buildIndex(dataset);
  for (let r = 0; r < (n >= 1_000_000 ? 3 : 5); r++)
    builds.push(time(() => (index = buildIndex(dataset))));
  const first = time(() => computeDashboard(index, emptyFilters()));
  const searchBuild = time(() => index.searchText());
  t = performance.now();
  const cf = crossfilterModel(index);
  const cfBuild = performance.now() - t;
  t = performance.now();
  const duck = withDuck ? await duckPeer(index) : null;
  const duckBuild = performance.now() - t;
  const op = 'build index (crossfilter: dimensions + groups; DuckDB: load tables)';
  push({ events: n, operation: op, ours: builds, cf: [cfBuild], duck: duck ? [duckBuild] : null });
  push({
    events: n,
    operation: 'first recompute (derives the hot-path columns and whole-dataset counts)',
    ...{ ours: [first], cf: null, duck: null },
  });
  push({
    events: n,
    operation: 'search text, built on first text query',
    ...{ ours: [searchBuild], cf: null, duck: null },
  });
  return { index, cf, duck };
}

async function timeScenario(
  n: number,
  {
    index,
    cf,
    duck,
  }: { index: DatasetIndex; cf: ReturnType<typeof crossfilterModel>; duck: DuckPeer | null },
  s: Scenario,
) {
  const pick = (on: boolean) => (on ? s.filters : emptyFilters());
  const ours = alternate((on) => computeDashboard(index, pick(on)));
  const theirs = alternate((on) => cf.apply(pick(on)));
  let duckTimes: number[] | null = null;
  let same: boolean | undefined;
  if (duck) {
    duckTimes = await alternateAsync((on) => duck.apply(pick(on)));
    same = agrees(index, s.filters, await duck.apply(s.filters));
    computeDashboard(index, emptyFilters());
  }
  push({
    events: n,
    operation: `computeDashboard: ${s.name}`,
    ours,
    cf: theirs,
    duck: duckTimes,
    same,
  });
}

async function measure(n: number) {
  const models = await setup(n);
  const { index } = models;
  const all = scenarios(index);
  for (const s of all) await timeScenario(n, models, s);
  models.duck?.close();

  // What the UI also derives per change (outside computeDashboard, not in the target).
  const mask = computeDashboard(index, all[0]!.filters).mask;
  const extra = (operation: string, fn: () => unknown) =>
    push({ events: n, operation, ours: alternate(fn), cf: null, duck: null });
  extra('filteredEvents (events list, newest first)', () => filteredEvents(index, mask, 'newest'));
  extra('filterOptionCounts (filter-bar facets)', () => filterOptionCounts(index, mask));
  computeDashboard(index, emptyFilters());
}

function printTable() {
  const header = [
    'events',
    'operation',
    'ours median ms',
    'ours p95',
    'crossfilter2 median',
    'cf / ours',
    'DuckDB median',
    'DuckDB / ours',
    'same result',
  ];
  const table = rows.map((r) => {
    const om = median(r.ours);
    const cm = r.cf ? median(r.cf) : NaN;
    const dm = r.duck ? median(r.duck) : NaN;
    return [
      r.events.toLocaleString('en-GB'),
      r.operation,
      ms(om),
      r.ours.length > 1 ? ms(quantile(r.ours, 0.95)) : '—',
      ms(cm),
      ratio(cm, om),
      ms(dm),
      ratio(dm, om),
      r.same === undefined ? '' : r.same ? '✓' : '✗',
    ];
  });
  console.log(markdownTable(header, table));
}

function printNotes() {
  console.log('\nNotes:');
  for (const note of notes) console.log(`- ${note}`);
  console.log(
    '- crossfilter2 counts engagements per year and direction: it cannot deduplicate trips (visitId) natively, so its "visits" group does less work than ours, which counts each trip once. Its groups ignore only their own dimension; ours ignore year+direction for visits. Its headline is a plain count (ours also counts distinct trips, people, sectors and years).',
  );
  console.log(
    `- DuckDB runs the same views as SQL (headline with distinct trips, people, sectors and years; trips per year × direction × level; contacts per year; sector × year; people ranking), with the same cross-filter rules, in an in-memory database; ${DUCK_RUNS} timed runs after 2 warm-up. "same result" (✓/✗): its engagement count and trips per year equal ours for the scenario's filter.`,
  );
  console.log('- A ratio above 1× means ours is faster.');
}

/** PASS/MISS per size against the goal; returns false on any miss. */
function printVerdicts(): boolean {
  let ok = true;
  for (const n of sizes) {
    const target = TARGET_MS[n];
    if (target === undefined) continue;
    const worst = rows
      .filter((r) => r.events === n && r.operation.startsWith('computeDashboard'))
      .map((r) => [r.operation, median(r.ours)] as const)
      .sort((a, b) => b[1] - a[1])[0];
    if (!worst) continue;
    const pass = worst[1] <= target;
    ok &&= pass;
    console.log(
      `${pass ? 'PASS' : 'MISS'}: recompute after one filter change at ${n.toLocaleString('en-GB')} events ≤ ${target} ms median — slowest: ${worst[0].replace('computeDashboard: ', '')} ${ms(worst[1])} ms`,
    );
  }
  return ok;
}

async function main() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  console.log(
    `Bilateral model benchmark — Node ${process.version}, ${cpus().length} × ${cpu}, load average ${load()}`,
  );
  console.log(
    `${RUNS} timed runs per operation after ${WARMUP} warm-up runs; each run is one filter change.\n`,
  );
  for (const n of sizes) await measure(n);
  printTable();
  printNotes();
  console.log(`- Load average at the end: ${load()}.`);
  if (!printVerdicts()) process.exitCode = 1;
}

await main();
