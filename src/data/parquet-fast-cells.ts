/**
 * The cell readers of the Parquet fast path (parquet-fast-import.ts) that span several
 * columns: sectors with their ids, sources with their URLs, documents with the row's
 * participants, and what the CSV importer does once all rows are read (participants'
 * countries, meta). Each does what the CSV importer's reader of the same cells does
 * (csv-event-row.ts, csv-import.ts), reporting through `problem`, which for the fast path
 * means giving up.
 */
import { foldText } from '../lib/text';
import { COUNTRY_NAMES } from './country-names';
import {
  clip,
  parseDocumentItem,
  splitDocuments,
  splitList,
  type CellProblem,
  type EventInput,
} from './csv-cells';
import type { CsvHeader } from './csv-columns';
import type { RowContext } from './csv-event-row';
import { tableToDataset, type CsvImportOptions } from './csv-import';
import type { DatasetInput } from './schema';
import { alignUrls, splitSources, type ParsedSource, type SourceCell } from './csv-source-cells';

/** The answers for one first string, by second string: a short list, a map once it grows. */
interface Answers<T> {
  keys: string[];
  outs: T[];
  map: Map<string, T> | null;
}

/**
 * A function of two strings, remembering its answers. Meant for a second string that the
 * first mostly decides (a cell and the ids that go with it): it is compared, not hashed, while
 * the first has few of them. Hashing a new string costs a pass over it, and here every cell
 * of a plain-encoded column is a new string.
 */
export function memoize2<T>(read: (a: string, b: string) => T): (a: string, b: string) => T {
  const seen = new Map<string, Answers<T>>();
  return (a, b) => {
    let answers = seen.get(a);
    if (answers === undefined) {
      answers = { keys: [], outs: [], map: null };
      seen.set(a, answers);
    }
    if (answers.map !== null) {
      if (answers.map.has(b)) return answers.map.get(b) as T;
    } else {
      const at = answers.keys.indexOf(b);
      if (at !== -1) return answers.outs[at]!;
    }
    const out = read(a, b);
    if (answers.map === null && answers.keys.length < 8) {
      answers.keys.push(b);
      answers.outs.push(out);
    } else {
      answers.map ??= new Map(answers.keys.map((k, i) => [k, answers.outs[i]!]));
      answers.map.set(b, out);
    }
    return out;
  };
}

/**
 * `splitParticipants` in one pass over the characters: a ";" outside parentheses ends an
 * item. The same items (tests/unit/data/parquet-fast-import.test.ts checks it), at a fraction
 * of the cost on a column of 10^5 cells.
 */
export function splitParticipantItems(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  const n = value.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? value.charCodeAt(i) : 0x3b;
    if (c === 0x28) depth += 1;
    else if (c === 0x29) depth = depth > 0 ? depth - 1 : 0;
    else if (c === 0x3b && (depth === 0 || i === n)) {
      const item = value.slice(start, i).trim();
      if (item !== '') out.push(item);
      start = i + 1;
    }
  }
  return out;
}

/**
 * The sector ids of a `sectors` cell and its `sector_ids` cell, registering the sectors
 * first named at `row`. The same pair of cells always gives the same ids, and every sector
 * is first named (and first labelled) on the first row of some pair: read each pair once.
 */
export function readSectorsCell(
  ctx: RowContext,
  labelsCell: string,
  idsCell: string,
  row: number,
  problem: CellProblem,
): string[] {
  const labels = splitList(labelsCell);
  const ids = splitList(idsCell);
  if (ids.length > 0 && labels.length > 0 && labels.length !== ids.length) {
    problem('sector_ids', 'the counts differ');
  }
  const sectors =
    ids.length > 0 ? ctx.sectors.fromIds(ids, labels, row) : ctx.sectors.fromLabels(labels, row);
  return [...new Set(sectors)];
}

/**
 * The source ids of a `sources` cell and its `source_urls` cell, registering the sources
 * first named at `row`. Only a source given as a bare URL takes `firstDay` (the row's date),
 * and such a source is known by its URL: the same pair of cells always gives the same ids,
 * so each pair is read once, on its first row.
 */
export function readSourcesCell(
  ctx: RowContext,
  cells: { sources: string; urls: string },
  first: { day: string; row: number },
  parse: (item: string) => ParsedSource,
  problem: CellProblem,
): string[] {
  if (cells.sources === '') problem('sources', 'is empty');
  const parsed: SourceCell[] = [];
  for (const item of splitSources(cells.sources)) {
    const source = parse(item);
    if ('problem' in source) problem('sources', source.problem);
    else parsed.push(source);
  }
  const urls = alignUrls(parsed, cells.urls);
  const ids: string[] = [];
  parsed.forEach((source, j) => {
    const url = source.url ?? urls[j];
    const cell = url === undefined ? source : { ...source, url };
    const id = ctx.sources.add(cell, first.day, first.row);
    if (!ids.includes(id)) ids.push(id);
  });
  return ids;
}

/** A participant of the row, as a signatory of its documents may name them. */
export interface Named {
  folded: string;
  personId: string;
}

/** The `documents` cell: signatories are named as participants of the same row (or by id). */
export function readDocumentsCell(
  cell: string,
  named: readonly Named[],
  problem: CellProblem,
): EventInput['documents'] {
  const documents: NonNullable<EventInput['documents']> = [];
  const personOf = (name: string) =>
    named.find((p) => p.folded === foldText(name) || p.personId === name)?.personId;
  for (const item of splitDocuments(cell)) {
    const parsed = parseDocumentItem(item);
    if ('problem' in parsed) problem('documents', parsed.problem);
    else {
      const signatories = parsed.signatories.map((name) => {
        const id = personOf(name);
        if (id === undefined) problem('documents', `"${clip(name)}" is not a participant`);
        return id!;
      });
      documents.push({ title: parsed.title, kind: parsed.kind, signatories });
    }
  }
  return documents;
}

/** Fills in the countries of participants written without one, now that the pair is known. */
export function settleCountries(ctx: RowContext, events: EventInput[], pair: readonly string[]) {
  for (const p of ctx.pending) {
    const country = ctx.people.countryOf(p.person, p.host ?? pair[0] ?? '');
    events[p.event]!.participants![p.slot]!.country = country;
  }
}

/**
 * The meta the CSV path gives an imported file (its name for a title, today for a version),
 * with the pair of countries and the others, which the CSV path finds while reading rows.
 */
export function importedMeta(
  header: CsvHeader,
  options: CsvImportOptions,
  pair: readonly string[],
  others: readonly string[],
): DatasetInput['meta'] {
  const meta = tableToDataset({ header, rows: [] }, options).dataset!.meta;
  const country = (code: string) => ({ code, name: COUNTRY_NAMES[code] ?? code });
  return { ...meta, countries: pair.map(country), otherCountries: others.map(country) };
}
