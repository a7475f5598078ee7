/**
 * The columnar fast path of the Parquet import: the columns' cell texts → the same CsvImport
 * the CSV importer's path (tableToDataset) makes of them, without a table of rows. It uses the
 * same cell readers and the same registries of people, sectors, sources and countries, but
 * reads each distinct cell value once: dates, types, levels, places, lists and sources repeat
 * from row to row. The registries still see every row, in file order, wherever first sight
 * or order decides the outcome (ids, aliases, first rows, country counts, role dates).
 *
 * It vouches only for files the CSV path reads without a single problem: at the first cell the
 * CSV path would report, it gives up (returns null), and the caller runs the CSV path, which
 * names every problem precisely. Validation of the result is the caller's, as for the CSV.
 */
import { slugId } from '../lib/text';
import {
  cellValue,
  firstDayOf,
  ISO_DAY_RE,
  MAX_MADE_ID,
  memoize,
  readBoolean,
  readDate,
  readLevel,
  readSides,
  readType,
  splitList,
  type CellDate,
  type CellProblem,
  type EventInput,
} from './csv-cells';
import type { CsvColumnName, CsvHeader } from './csv-columns';
import { createRowContext, type RowContext } from './csv-event-row';
import type { CsvImport, CsvImportOptions } from './csv-import';
import { parseSource } from './csv-source-cells';
import { nonBlankRows, type ColumnTexts } from './parquet-columns';
import {
  importedMeta,
  memoize2,
  readDocumentsCell,
  readSectorsCell,
  readSourcesCell,
  settleCountries,
  splitParticipantItems,
  type Named,
} from './parquet-fast-cells';

/** Thrown (one shared object) where the CSV path would report a problem. */
const GIVE_UP = new Error('the Parquet fast path cannot vouch for this file');

const giveUp: CellProblem = () => {
  throw GIVE_UP;
};

/** A date with what the rest of its row derives from it. */
interface RowDate {
  date: CellDate;
  /** The day a participant's role is dated by ("" when the date is not a full day). */
  roleAsOf: string;
  /** The publication date of a source given without one. */
  firstDay: string;
}

/** The place with its keys in the order validation gives them: city (when known), country. */
function canonicalPlace(sides: ReturnType<typeof readSides>): ReturnType<typeof readSides> {
  const { place } = sides;
  if (place === null || place === undefined) return sides;
  const { city, country } = place;
  return { ...sides, place: city === undefined ? { country } : { city, country } };
}

/** `read` on the first call, its answer on every call after. */
function once<A, T>(read: (arg: A) => T): (arg: A) => T {
  let done = false;
  let out: T;
  return (arg) => {
    if (!done) {
      out = read(arg);
      done = true;
    }
    return out;
  };
}

/** The readers of one file, each remembering its answers per distinct cell value. */
function createReaders(ctx: RowContext) {
  // Sources repeat item by item more than cell by cell.
  const parseSourceItem = memoize(parseSource);
  const participantEntries: ParticipantEntry[] = [];
  return {
    date: memoize2((date, precision): RowDate => {
      const read = readDate(date, precision, giveUp);
      const roleAsOf = read.precision === 'day' && ISO_DAY_RE.test(read.date) ? read.date : '';
      return { date: read, roleAsOf, firstDay: firstDayOf(read, ctx.today) };
    }),
    type: memoize((raw) => readType(raw, ctx.type, giveUp)),
    level: memoize((raw) => readLevel(raw, ctx.level, giveUp)),
    boolean: memoize((raw) => readBoolean(raw, 'date_inferred', giveUp)),
    sides: memoize2((host, guest) =>
      memoize2((city, placeCountry) =>
        canonicalPlace(readSides({ host, guest, city, placeCountry }, ctx.code, giveUp)),
      ),
    ),
    list: memoize(splitList),
    // By item and person id: the same item may name two people when the file gives ids.
    // By person id and item when the file gives ids (the same item may then name two
    // people), else by item: the shorter string first, as it is the one hashed.
    participant: memoize2((a, b): ParticipantEntry => {
      const [item, givenId] = b === '' ? [a, undefined] : [b, a];
      const made = { parsed: ctx.participant(item), givenId, person: -1, shared: null };
      const entry: ParticipantEntry = { ...made, firstAsOf: '', latestAsOf: '' };
      participantEntries.push(entry);
      return entry;
    }),
    participantEntries,
    // The first row of a pair of cells is the first sight of each sector or source in it.
    sectors: memoize2((labels, ids) =>
      once((row: number) => readSectorsCell(ctx, labels, ids, row, giveUp)),
    ),
    sources: memoize2((sources, urls) =>
      once((first: { day: string; row: number }) =>
        readSourcesCell(ctx, { sources, urls }, first, parseSourceItem, giveUp),
      ),
    ),
  };
}

type Readers = ReturnType<typeof createReaders>;

/** One row's cells: the trimmed text of a column, "" when the file has no such column. */
function rowCell(texts: ColumnTexts) {
  const empty: readonly string[] = [];
  const col = (c: CsvColumnName): readonly string[] => texts[c] ?? empty;
  const at = (column: readonly string[], r: number): string => {
    const v = column[r];
    if (v === undefined || v === '') return '';
    const t = v.trim();
    // Only a cell starting with an apostrophe can hold a defused formula.
    return t.charCodeAt(0) === 0x27 ? cellValue(t) : t;
  };
  return { col, at };
}

type Participant = NonNullable<EventInput['participants']>[number];

/**
 * A participant item with the person id given for it: its reading, its person, and the
 * participant it makes when it names a country (the same person, role and country every
 * time, so events share it: 10^5 events name a few thousand participants).
 */
interface ParticipantEntry {
  parsed: ReturnType<RowContext['participant']>;
  givenId: string | undefined;
  /** Registered on the first row that names it: -1 until then. */
  person: number;
  /** The role's date on that row, and the latest on any row. */
  firstAsOf: string;
  latestAsOf: string;
  shared: Participant | null;
}

/**
 * The person of a participant item, registered on its first row only: registering the same
 * item again changes nothing but the date of its role, which takes the latest row's date, so
 * that date is kept here and registered once all rows are read (`registerLatestRoles`).
 */
function personOf(ctx: RowContext, entry: ParticipantEntry, row: number, roleAsOf: string) {
  if (entry.person === -1) {
    entry.person = ctx.people.add(entry.parsed, entry.givenId, row, roleAsOf);
    entry.firstAsOf = roleAsOf;
    entry.latestAsOf = roleAsOf;
  } else if (roleAsOf > entry.latestAsOf) entry.latestAsOf = roleAsOf;
  return entry.person;
}

/** The roles of participant items named again later, with the date of their latest row. */
function registerLatestRoles(ctx: RowContext, entries: Iterable<ParticipantEntry>) {
  for (const e of entries) {
    if (e.parsed.role !== '' && e.latestAsOf > e.firstAsOf) {
      ctx.people.add(e.parsed, e.givenId, 0, e.latestAsOf);
    }
  }
}

/** The participants of one row, registered in order as the CSV path registers them. */
function readParticipantsCell(
  ctx: RowContext,
  entries: (idOrItem: string, itemOrBlank: string) => ParticipantEntry,
  cells: { participants: string; personIds: string },
  at: { row: number; event: number; roleAsOf: string; host: string | null },
  named: Named[] | null,
): Participant[] {
  const items = splitParticipantItems(cells.participants);
  const ids = splitList(cells.personIds);
  if (ids.length > 0 && ids.length !== items.length) giveUp('person_ids', '');
  const participants: Participant[] = [];
  for (let j = 0; j < items.length; j++) {
    // Items are never blank: an item with "" after it is an item without an id.
    const entry = ids.length > 0 ? entries(ids[j]!, items[j]!) : entries(items[j]!, '');
    const { parsed } = entry;
    if (parsed.name === '') giveUp('participants', '');
    const person = personOf(ctx, entry, at.row, at.roleAsOf);
    ctx.countries.see(parsed.country, false);
    const personId = ctx.people.people[person]!.id;
    if (parsed.country === null) {
      // Its country is settled once the pair is known: an object of its own.
      ctx.pending.push({ event: at.event, slot: participants.length, person, host: at.host });
      participants.push({ personId, role: parsed.role, country: '' });
    } else {
      entry.shared ??= { personId, role: parsed.role, country: parsed.country };
      participants.push(entry.shared);
    }
    named?.push({ folded: parsed.folded, personId });
  }
  return participants;
}

/** Reserves the file's own event ids, so that made-up ids never collide with them. */
function reserveEventIds(ctx: RowContext, ids: readonly string[] | undefined, rows: number[]) {
  if (ids === undefined) return;
  for (const r of rows) {
    const id = (ids[r] ?? '').trim();
    if (id !== '') ctx.eventIds.reserve(id);
  }
}

/** Reads every non-blank row into an event, as readEventRow does; throws GIVE_UP. */
function readEvents(ctx: RowContext, texts: ColumnTexts, rows: readonly number[]): EventInput[] {
  const readers = createReaders(ctx);
  const { col, at } = rowCell(texts);
  const [date, precision, type, level, host, guest, city, placeCountry] = (
    [
      'date',
      'date_precision',
      'type',
      'level',
      'host_country',
      'guest_country',
      'place_city',
      'place_country',
    ] as const
  ).map(col);
  const events: EventInput[] = [];
  for (const r of rows) {
    const row = r + 1;
    const d = readers.date(at(date!, r), at(precision!, r));
    const sides = readers.sides(at(host!, r), at(guest!, r))(at(city!, r), at(placeCountry!, r));
    ctx.countries.see(sides.host, true);
    ctx.countries.see(sides.guest, true);
    ctx.countries.see(sides.place?.country, false);
    const documentsCell = at(col('documents'), r);
    const named: Named[] | null = documentsCell === '' ? null : [];
    const participants = readParticipantsCell(
      ctx,
      readers.participant,
      { participants: at(col('participants'), r), personIds: at(col('person_ids'), r) },
      { row, event: events.length, roleAsOf: d.roleAsOf, host: sides.host },
      named,
    );
    const event = {
      type: readers.type(at(type!, r)),
      level: readers.level(at(level!, r)),
      dateInferred: readers.boolean(at(col('date_inferred'), r)),
      placeInferred: readers.boolean(at(col('place_inferred'), r)),
      participants,
      sectors: readers.sectors(at(col('sectors'), r), at(col('sector_ids'), r))(row),
      sourceIds: readers.sources(
        at(col('sources'), r),
        at(col('source_urls'), r),
      )({ day: d.firstDay, row }),
      documents: named === null ? [] : readDocumentsCell(documentsCell, named, giveUp),
    };
    events.push(eventOf(ctx, readers, { col, at }, r, d.date, sides, event));
  }
  registerLatestRoles(ctx, readers.participantEntries);
  return events;
}

/** An id for an event without one, from its date and title, as the CSV path makes it. */
function madeEventId(ctx: RowContext, date: string, title: string): string {
  return ctx.eventIds.take(slugId(`${date} ${title}`, MAX_MADE_ID) || 'event');
}

/** The event of row `r`, in the key order of readEventRow's. */
function eventOf(
  ctx: RowContext,
  readers: Readers,
  { col, at }: ReturnType<typeof rowCell>,
  r: number,
  date: CellDate,
  sides: ReturnType<typeof readSides>,
  read: Pick<
    EventInput,
    | 'type'
    | 'level'
    | 'dateInferred'
    | 'placeInferred'
    | 'participants'
    | 'sectors'
    | 'sourceIds'
    | 'documents'
  >,
): EventInput {
  const text = (column: CsvColumnName) => at(col(column), r);
  const title = text('title');
  const givenId = text('id');
  const visitId = text('visit_id');
  // Keys in the order validation gives them (fast-dataset.ts), blank notes left out as the
  // CSV path leaves them out: a vouched-for event is already the one validation would make.
  const event: Record<string, unknown> = {
    id: givenId !== '' ? givenId : madeEventId(ctx, date.date, title),
    date: date.date,
    datePrecision: date.precision,
    dateInferred: read.dateInferred,
  };
  putText(event, 'dateNote', text('date_note'));
  event.type = read.type;
  event.place = sides.place;
  event.placeInferred = read.placeInferred;
  putText(event, 'placeNote', text('place_note'));
  putText(event, 'multilateralEvent', text('multilateral_event'));
  event.hostCountry = sides.host;
  event.guestCountry = sides.guest;
  event.visitId = visitId === '' ? null : visitId;
  event.level = read.level;
  event.title = title;
  event.summary = text('summary');
  event.participants = read.participants;
  event.sectors = read.sectors;
  event.topics = readers.list(text('topics'));
  event.documents = read.documents;
  putText(event, 'notes', text('notes'));
  event.sourceIds = read.sourceIds;
  return event as EventInput;
}

function putText(target: Record<string, unknown>, key: string, value: string): void {
  if (value !== '') target[key] = value;
}

/**
 * The import the CSV path would make of these columns, or null when it would report a
 * problem (or the file has no rows): then only the CSV path can say what is wrong.
 */
export function fastTableImport(
  texts: ColumnTexts,
  header: CsvHeader,
  rows: number,
  options: CsvImportOptions,
): CsvImport | null {
  const eventRows = nonBlankRows(texts, rows);
  if (eventRows.length === 0) return null;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const ctx = createRowContext(today);
  reserveEventIds(ctx, texts.id, eventRows);
  let events: EventInput[];
  try {
    events = readEvents(ctx, texts, eventRows);
  } catch (error) {
    if (error === GIVE_UP) return null;
    throw error;
  }
  const pair = ctx.countries.pair();
  if (pair.length < 2 || ctx.sectors.sectors.length === 0) return null;
  settleCountries(ctx, events, pair);
  ctx.people.finishRoles();
  return {
    dataset: {
      meta: importedMeta(header, { ...options, today }, pair, ctx.countries.others(pair)),
      sources: ctx.sources.sources,
      sectors: ctx.sectors.sectors,
      people: ctx.people.people,
      events,
    },
    issues: [],
    eventRows: eventRows.map((r) => r + 1),
    personRows: ctx.people.rows,
    sectorRows: ctx.sectors.rows,
    sourceRows: ctx.sources.rows,
    columns: header.written,
  };
}
