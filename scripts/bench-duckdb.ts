/**
 * DuckDB as a peer of `computeDashboard` in `npm run bench`: the index's columns are loaded
 * into an in-memory DuckDB (through temporary tab-separated files, its fastest bulk path
 * from node), and each filter change runs the dashboard's aggregations as SQL, with the same
 * cross-filter rules (a view ignores its own dimensions): headline counts, trips per year
 * by direction and level, contacts per year, the sector × year grid and the people ranking.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetIndex } from '../src/model/dataset-index';
import type { Filters } from '../src/model/filters';
import { hotColumnsOf } from '../src/model/hot-columns';
import { queryTerms } from '../src/lib/text';

/** The answers compared with ours, to show that the peer did the same work. */
export interface PeerCheck {
  engagements: number;
  /** Trips by one side to the other, per year of the dataset (oldest first). */
  tripsByYear: number[];
}

export interface DuckPeer {
  /** Runs every view's query for one filter state. */
  apply: (f: Filters) => Promise<PeerCheck>;
  close: () => void;
}

function tsv(path: string, rows: number, row: (i: number) => string): string {
  const chunk: string[] = [];
  const parts: string[] = [];
  for (let i = 0; i < rows; i++) {
    chunk.push(row(i));
    if (chunk.length === 65536) parts.push(chunk.splice(0).join('\n'));
  }
  parts.push(chunk.join('\n'));
  writeFileSync(path, parts.join('\n') + '\n');
  return path;
}

/** Writes the index's columns as tab-separated files for `read_csv`. */
function writeColumns(index: DatasetIndex, dir: string) {
  const cols = hotColumnsOf(index);
  const text = index.searchText();
  const ranges = (start: Uint32Array, items: ArrayLike<number>, name: string) => {
    const owner = new Uint32Array(items.length);
    for (let i = 0; i < index.n; i++) owner.fill(i, start[i], start[i + 1]);
    return tsv(join(dir, name), items.length, (k) => `${owner[k]}\t${items[k]}`);
  };
  return {
    ev: tsv(
      join(dir, 'ev.tsv'),
      index.n,
      (i) =>
        `${i}\t${index.year[i]}\t${index.eventDirection[i]}\t${index.eventType[i]}\t${index.eventVisit[i]}\t${index.eventDocuments[i]}`,
    ),
    txt: tsv(join(dir, 'txt.tsv'), index.n, (i) => `${i}\t${text[i]!.replace(/[\t\n\r]/g, ' ')}`),
    sector: ranges(index.sectorStart, index.eventSectors, 'sector.tsv'),
    person: ranges(index.peopleStart, index.eventPeople, 'person.tsv'),
    trip: tsv(
      join(dir, 'trip.tsv'),
      index.visits.length,
      (v) =>
        `${v}\t${index.visits[v]!.year}\t${cols.tripDirCell[v]! % index.directions.length}\t${cols.tripGroupCell[v]!}\t${cols.tripBilateral[v]}`,
    ),
  };
}

const csv = (path: string, columns: string) =>
  `read_csv('${path}', delim='\t', quote='', escape='', header=false, columns={${columns}})`;

async function load(db: DuckDBConnection, files: ReturnType<typeof writeColumns>) {
  const i = 'INTEGER';
  await db.run(
    `CREATE TABLE ev AS SELECT * FROM ${csv(
      files.ev,
      `'id':'${i}','year':'${i}','dir':'${i}','type':'${i}','visit':'${i}','docs':'${i}'`,
    )}`,
  );
  await db.run(
    `CREATE TABLE txt AS SELECT * FROM ${csv(files.txt, `'id':'${i}','text':'VARCHAR'`)}`,
  );
  await db.run(
    `CREATE TABLE ev_sector AS SELECT * FROM ${csv(files.sector, `'id':'${i}','sector':'${i}'`)}`,
  );
  await db.run(
    `CREATE TABLE ev_person AS SELECT * FROM ${csv(files.person, `'id':'${i}','person':'${i}'`)}`,
  );
  await db.run(
    `CREATE TABLE trip AS SELECT * FROM ${csv(
      files.trip,
      `'visit':'${i}','year':'${i}','dir':'${i}','cell':'${i}','bilateral':'${i}'`,
    )}`,
  );
}

type Dim = 'sectors' | 'years' | 'directions' | 'types' | 'people' | 'text';

/** Per filter dimension, its SQL condition on `ev` (unknown ids match nothing). */
function conditions(index: DatasetIndex, f: Filters): Partial<Record<Dim, string>> {
  const ids = (list: string[], lookup: ReadonlyMap<string, number>) =>
    list.map((id) => lookup.get(id) ?? -1).join(',');
  const out: Partial<Record<Dim, string>> = {};
  if (f.sectors.length > 0)
    out.sectors = `id IN (SELECT id FROM ev_sector WHERE sector IN (${ids(f.sectors, index.sectorIndex)}))`;
  if (f.from !== null || f.to !== null)
    out.years = `year BETWEEN ${f.from ?? -1e9} AND ${f.to ?? 1e9}`;
  if (f.directions.length > 0)
    out.directions = `dir IN (${ids(f.directions, index.directionIndex)})`;
  if (f.types.length > 0) out.types = `type IN (${ids(f.types, index.typeIndex)})`;
  if (f.people.length > 0)
    out.people = `id IN (SELECT id FROM ev_person WHERE person IN (${ids(f.people, index.personIndex)}))`;
  const terms = queryTerms(f.q);
  if (terms.length > 0) {
    const has = terms.map((t) => `contains(text, '${t.replace(/'/g, "''")}')`).join(' AND ');
    out.text = `id IN (SELECT id FROM txt WHERE ${has})`;
  }
  return out;
}

function where(all: Partial<Record<Dim, string>>, ignore: readonly Dim[]): string {
  const kept = Object.entries(all).filter(([d]) => !ignore.includes(d as Dim));
  return kept.length === 0 ? 'TRUE' : kept.map(([, c]) => `(${c})`).join(' AND ');
}

/** The dashboard's views as SQL, each with its own cross-filter rule. */
function viewQueries(index: DatasetIndex, f: Filters) {
  const c = conditions(index, f);
  const head = where(c, []);
  const visits = where(c, ['years', 'directions']);
  return {
    headline: `WITH f AS (SELECT * FROM ev WHERE ${head}) SELECT
      (SELECT count(*) FROM f) AS engagements,
      (SELECT count(DISTINCT f.visit) FROM f JOIN trip USING (visit) WHERE bilateral = 1) AS trips,
      (SELECT coalesce(sum(docs), 0) FROM f) AS documents,
      (SELECT count(DISTINCT person) FROM ev_person JOIN f USING (id)) AS people,
      (SELECT count(DISTINCT sector) FROM ev_sector JOIN f USING (id)) AS sectors,
      (SELECT min(year) FROM f) AS first, (SELECT max(year) FROM f) AS last,
      (SELECT count(DISTINCT year) FROM f) AS years`,
    trips: `SELECT year, dir, cell, bilateral, count(*) AS trips FROM trip
      WHERE visit IN (SELECT visit FROM ev WHERE visit >= 0 AND ${visits}) GROUP BY ALL`,
    contacts: `SELECT year, count(*) AS contacts FROM ev WHERE visit < 0 AND ${visits} GROUP BY year`,
    sectors: `SELECT sector, year, count(*) AS n FROM ev JOIN ev_sector USING (id)
      WHERE ${where(c, ['sectors'])} GROUP BY ALL`,
    people: `SELECT person, count(*) AS n FROM ev JOIN ev_person USING (id)
      WHERE ${where(c, ['people'])} GROUP BY person ORDER BY n DESC, person`,
  };
}

/** An in-memory DuckDB holding the index's events, ready to answer filter changes. */
export async function duckPeer(index: DatasetIndex): Promise<DuckPeer> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-duckdb-'));
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    await load(db, writeColumns(index, dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const base = index.minYear ?? 0;
  const span = index.minYear === null ? 0 : index.maxYear! - base + 1;
  const apply = async (f: Filters): Promise<PeerCheck> => {
    const q = viewQueries(index, f);
    const head = (await db.runAndReadAll(q.headline)).getRowObjectsJS()[0]!;
    const trips = (await db.runAndReadAll(q.trips)).getRowObjectsJS();
    await db.runAndReadAll(q.contacts);
    await db.runAndReadAll(q.sectors);
    await db.runAndReadAll(q.people);
    const tripsByYear = new Array<number>(span).fill(0);
    for (const t of trips) {
      if (Number(t.bilateral) === 1) tripsByYear[Number(t.year) - base]! += Number(t.trips);
    }
    return { engagements: Number(head.engagements), tripsByYear };
  };
  const close = () => {
    db.closeSync();
    instance.closeSync();
  };
  return { apply, close };
}
