/**
 * One CSV row → one event, adding the people, sectors, sources and countries it names to the
 * registries shared by all rows. Problems go to `problem`, cell by cell, in column order.
 */
import { foldText, slugId } from '../lib/text';
import { countryCode } from './country-names';
import {
  cellValue,
  countMismatch,
  clip,
  findLevel,
  findType,
  firstDayOf,
  ISO_DAY_RE,
  MAX_MADE_ID,
  memoize,
  parseDocumentItem,
  readBoolean,
  readDate,
  readLevel,
  readParticipant,
  readSides,
  readType,
  splitDocuments,
  splitList,
  splitParticipants,
  type CellDate,
  type CellProblem,
  type EventInput,
} from './csv-cells';
import type { CsvColumnName } from './csv-columns';
import {
  CountryTally,
  IdPool,
  PersonRegistry,
  SectorRegistry,
  SourceRegistry,
} from './csv-entities';
import { alignUrls, parseSource, splitSources, type SourceCell } from './csv-source-cells';

/** A participant written without a country: filled in once the pair is known. */
export interface PendingParticipant {
  event: number;
  slot: number;
  person: number;
  host: string | null;
}

/** What the rows of one file share: the entities named so far and the cell caches. */
export function createRowContext(today: string) {
  return {
    today,
    people: new PersonRegistry(),
    sectors: new SectorRegistry(),
    sources: new SourceRegistry(),
    countries: new CountryTally(),
    /** Event ids: the file's own are reserved first, so made-up ids never collide with them. */
    eventIds: new IdPool(),
    pending: [] as PendingParticipant[],
    // Most names repeat from row to row: parse and fold each distinct cell value once.
    code: memoize(countryCode),
    type: memoize(findType),
    level: memoize(findLevel),
    participant: memoize(readParticipant),
  };
}

export type RowContext = ReturnType<typeof createRowContext>;

export interface RowCells {
  /** Spreadsheet row (the header is row 1). */
  row: number;
  /** The index the event gets in the dataset. */
  event: number;
  get: (column: CsvColumnName) => string;
  problem: CellProblem;
}

export function rowCells(
  row: number,
  event: number,
  values: readonly string[],
  at: ReadonlyMap<CsvColumnName, number>,
  problem: (row: number, column: CsvColumnName, reason: string) => void,
): RowCells {
  return {
    row,
    event,
    get: (column) => {
      const i = at.get(column);
      return i === undefined ? '' : cellValue(values[i]);
    },
    problem: (column, reason) => problem(row, column, reason),
  };
}

interface NamedParticipant {
  folded: string;
  personId: string;
}

function readParticipants(
  cells: RowCells,
  ctx: RowContext,
  date: CellDate,
  host: string | null,
): { participants: NonNullable<EventInput['participants']>; named: NamedParticipant[] } {
  const items = splitParticipants(cells.get('participants'));
  const ids = splitList(cells.get('person_ids'));
  if (ids.length > 0 && ids.length !== items.length) {
    cells.problem('person_ids', countMismatch(ids.length, 'participant', items.length));
  }
  const roleAsOf = date.precision === 'day' && ISO_DAY_RE.test(date.date) ? date.date : '';
  const participants: NonNullable<EventInput['participants']> = [];
  const named: NamedParticipant[] = [];
  items.forEach((item, j) => {
    const parsed = ctx.participant(item);
    if (parsed.name === '') {
      cells.problem('participants', `"${clip(item)}" has no name`);
      return;
    }
    const person = ctx.people.add(parsed, ids.length > 0 ? ids[j] : undefined, cells.row, roleAsOf);
    ctx.countries.see(parsed.country, false);
    if (parsed.country === null) {
      ctx.pending.push({ event: cells.event, slot: participants.length, person, host });
    }
    const personId = ctx.people.people[person]!.id;
    participants.push({ personId, role: parsed.role, country: parsed.country ?? '' });
    named.push({ folded: parsed.folded, personId });
  });
  return { participants, named };
}

function readSectors(cells: RowCells, ctx: RowContext): string[] {
  const labels = splitList(cells.get('sectors'));
  const ids = splitList(cells.get('sector_ids'));
  if (ids.length > 0 && labels.length > 0 && labels.length !== ids.length) {
    cells.problem('sector_ids', countMismatch(ids.length, 'sector label', labels.length));
  }
  const sectors =
    ids.length > 0
      ? ctx.sectors.fromIds(ids, labels, cells.row)
      : ctx.sectors.fromLabels(labels, cells.row);
  return [...new Set(sectors)];
}

function readSources(cells: RowCells, ctx: RowContext, date: CellDate): string[] {
  const parsed: SourceCell[] = [];
  for (const item of splitSources(cells.get('sources'))) {
    const source = parseSource(item);
    if ('problem' in source) cells.problem('sources', `"${clip(item)}" ${source.problem}`);
    else parsed.push(source);
  }
  const urls = alignUrls(parsed, cells.get('source_urls'));
  const fallbackPublished = firstDayOf(date, ctx.today);
  const ids: string[] = [];
  parsed.forEach((source, j) => {
    const url = source.url ?? urls[j];
    const id = ctx.sources.add(
      url === undefined ? source : { ...source, url },
      fallbackPublished,
      cells.row,
    );
    if (!ids.includes(id)) ids.push(id);
  });
  if (cells.get('sources') === '') {
    cells.problem('sources', 'is empty: every engagement must cite at least one source');
  }
  return ids;
}

/** Signatories are named as participants of the same row (or by their person ids). */
function readDocuments(
  cells: RowCells,
  named: readonly NamedParticipant[],
): EventInput['documents'] {
  const documents: NonNullable<EventInput['documents']> = [];
  const personOf = (name: string) =>
    named.find((p) => p.folded === foldText(name) || p.personId === name)?.personId;
  for (const item of splitDocuments(cells.get('documents'))) {
    const parsed = parseDocumentItem(item);
    if ('problem' in parsed) {
      cells.problem('documents', `"${clip(item)}" ${parsed.problem}`);
      continue;
    }
    const signatories: string[] = [];
    for (const name of parsed.signatories) {
      const id = personOf(name);
      if (id !== undefined) signatories.push(id);
      else
        cells.problem(
          'documents',
          `"${clip(name)}" signed "${clip(parsed.title)}" but is not one of the participants`,
        );
    }
    documents.push({ kind: parsed.kind, title: parsed.title, signatories });
  }
  return documents;
}

/** The text cell, left out of the event when blank. */
function optionalText<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value === '' ? {} : ({ [key]: value } as Record<K, string>);
}

/** The event of one row. */
export function readEventRow(cells: RowCells, ctx: RowContext): EventInput {
  const { get, problem } = cells;
  const date = readDate(get('date'), get('date_precision'), problem);
  const type = readType(get('type'), ctx.type, problem);
  const level = readLevel(get('level'), ctx.level, problem);
  const sides = readSides(
    {
      host: get('host_country'),
      guest: get('guest_country'),
      city: get('place_city'),
      placeCountry: get('place_country'),
    },
    ctx.code,
    problem,
  );
  ctx.countries.see(sides.host, true);
  ctx.countries.see(sides.guest, true);
  ctx.countries.see(sides.place?.country, false);
  const dateInferred = readBoolean(get('date_inferred'), 'date_inferred', problem);
  const placeInferred = readBoolean(get('place_inferred'), 'place_inferred', problem);
  const { participants, named } = readParticipants(cells, ctx, date, sides.host);
  const sectors = readSectors(cells, ctx);
  const sourceIds = readSources(cells, ctx, date);
  const documents = readDocuments(cells, named);
  const title = get('title');
  const givenId = get('id');
  return {
    id:
      givenId !== ''
        ? givenId
        : ctx.eventIds.take(slugId(`${date.date} ${title}`, MAX_MADE_ID) || 'event'),
    date: date.date,
    datePrecision: date.precision as EventInput['datePrecision'],
    dateInferred,
    ...optionalText('dateNote', get('date_note')),
    type,
    place: sides.place,
    placeInferred,
    ...optionalText('placeNote', get('place_note')),
    ...optionalText('multilateralEvent', get('multilateral_event')),
    hostCountry: sides.host,
    guestCountry: sides.guest,
    visitId: get('visit_id') === '' ? null : get('visit_id'),
    level,
    title,
    summary: get('summary'),
    participants,
    sectors,
    topics: splitList(get('topics')),
    documents,
    ...optionalText('notes', get('notes')),
    sourceIds,
  };
}
