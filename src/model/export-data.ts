import { CSV_LIST_SEPARATOR, documentItem } from '../data/csv-cells';
import { EVENT_CSV_HEADER, type CsvColumnName } from '../data/csv-columns';
import { sourceItem } from '../data/csv-source-cells';
import type { DatasetInput, EngagementEvent, Role } from '../data/schema';
import type { PersonRank } from './dashboard';
import { countryName, eventDirectionKey, type DatasetIndex } from './dataset-index';
import { eventDocuments } from './events-view';
import { describeFilters } from './describe';
import type { Filters } from './filters';

/** Byte order mark: tells Excel the file is UTF-8, so "Vučić" stays "Vučić". */
export const CSV_BOM = '\uFEFF';
const LIST_SEPARATOR = CSV_LIST_SEPARATOR;

/**
 * Spreadsheet apps run a cell that starts with one of these as a formula ("CSV injection"):
 * such a field gets a leading apostrophe, which they show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): quoted when it holds a quote, comma, CR or LF; quotes doubled. */
export function csvField(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: BOM, header, one line per row, CRLF after every line. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** The engagements CSV header: the one column list the importer reads back. */
export const EVENT_COLUMNS = EVENT_CSV_HEADER;

type Cell = string | number | boolean | null | undefined;

/** One engagement's cells, by column; lists inside a cell are joined with "; ". */
function eventCells(
  index: DatasetIndex,
  e: EngagementEvent,
  pair: readonly string[],
): Record<CsvColumnName, Cell> {
  const participants = e.participants.map((p) => {
    const name = index.personById.get(p.personId)?.name ?? p.personId;
    const detail = [p.role.trim(), p.country].filter((x) => x !== '').join(', ');
    return `${name} (${detail})`;
  });
  const sources = e.sourceIds.map((id) => index.sourceById.get(id));
  return {
    id: e.id,
    date: e.date,
    date_precision: e.datePrecision,
    date_inferred: e.dateInferred,
    date_note: e.dateNote ?? '',
    type: e.type,
    title: e.title,
    summary: e.summary,
    place_city: e.place?.city ?? '',
    place_country: e.place?.country ?? '',
    place_inferred: e.placeInferred,
    place_note: e.placeNote ?? '',
    multilateral_event: e.multilateralEvent ?? '',
    host_country: e.hostCountry ?? '',
    guest_country: e.guestCountry ?? '',
    direction: eventDirectionKey(e, pair),
    visit_id: e.visitId ?? '',
    level: e.level,
    participants: participants.join(LIST_SEPARATOR),
    person_ids: e.participants.map((p) => p.personId).join(LIST_SEPARATOR),
    sectors: e.sectors.map((id) => index.sectorById.get(id)?.label ?? id).join(LIST_SEPARATOR),
    sector_ids: e.sectors.join(LIST_SEPARATOR),
    topics: e.topics.join(LIST_SEPARATOR),
    documents: eventDocuments(index, e).map(documentItem).join(LIST_SEPARATOR),
    notes: e.notes ?? '',
    sources: sources.map((s, i) => (s ? sourceItem(s) : e.sourceIds[i]!)).join(LIST_SEPARATOR),
    // Aligned with the sources column (one entry per source) so an import can pair them.
    source_urls: sources.some((s) => s?.url)
      ? sources.map((s) => s?.url ?? '').join(LIST_SEPARATOR)
      : '',
  };
}

/** One row per engagement, in the order given. */
export function eventsCsv(index: DatasetIndex, events: readonly EngagementEvent[]): string {
  const pair = index.dataset.meta.countries.map((c) => c.code);
  const rows = events.map((e) => {
    const cells = eventCells(index, e, pair);
    return EVENT_COLUMNS.map((column) => cells[column]);
  });
  return toCsv(EVENT_COLUMNS, rows);
}

/** "President of Serbia (as of 2020-08-07)", "Minister (2020-01-01 – 2022-10-26)", … */
export function roleText(role: Role): string {
  const dates: string[] = [];
  if (role.from && role.to) dates.push(`${role.from} – ${role.to}`);
  else if (role.from) dates.push(`from ${role.from}`);
  else if (role.to) dates.push(`until ${role.to}`);
  if (role.asOf) dates.push(`as of ${role.asOf}`);
  return dates.length === 0 ? role.title : `${role.title} (${dates.join(', ')})`;
}

export const PEOPLE_COLUMNS = [
  'person_id',
  'name',
  'country',
  'country_name',
  'aliases',
  'roles',
  'engagements',
] as const;

/** One row per ranked person; `engagements` is the count under the filters that made the ranking. */
export function peopleCsv(index: DatasetIndex, ranks: readonly PersonRank[]): string {
  const rows = ranks.map((r) => {
    const person = index.personById.get(r.personId);
    return [
      r.personId,
      person?.name ?? r.name,
      r.country,
      countryName(index, r.country),
      (person?.aliases ?? []).join(LIST_SEPARATOR),
      (person?.roles ?? []).map(roleText).join(LIST_SEPARATOR),
      r.engagements,
    ];
  });
  return toCsv(PEOPLE_COLUMNS, rows);
}

const MAX_DESCRIPTION = 2000;

/**
 * The given engagements as a dataset of their own, loadable by the app: the original meta
 * (its description notes the filters), every sector (the vocabulary), and only the people
 * and sources those engagements refer to, in the original order.
 */
export function filteredDataset(
  index: DatasetIndex,
  events: readonly EngagementEvent[],
  filters?: Filters,
): DatasetInput {
  const { dataset } = index;
  const personIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const e of events) {
    for (const p of e.participants) personIds.add(p.personId);
    for (const s of e.sourceIds) sourceIds.add(s);
  }
  const note = `Filtered: ${filters ? describeFilters(filters, index) : 'a selection of engagements'} (${events.length} of ${index.n} engagements).`;
  const base = dataset.meta.description.trim();
  let description = base === '' ? note : `${base} ${note}`;
  if (description.length > MAX_DESCRIPTION) {
    // Cut on a code point boundary: never leave half of a surrogate pair.
    description = `${description.slice(0, MAX_DESCRIPTION - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
  }
  return {
    meta: { ...dataset.meta, description },
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    sectors: dataset.sectors,
    people: dataset.people.filter((p) => personIds.has(p.id)),
    events: [...events],
  };
}

/** `filteredDataset` as JSON, indented by two spaces, with a final newline. */
export function filteredDatasetJson(
  index: DatasetIndex,
  events: readonly EngagementEvent[],
  filters?: Filters,
): string {
  return `${JSON.stringify(filteredDataset(index, events, filters), null, 2)}\n`;
}
