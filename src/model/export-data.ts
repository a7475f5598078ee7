import type { DatasetInput, EngagementEvent, Role } from '../data/schema';
import type { PersonRank } from './dashboard';
import { countryName, eventDirectionKey, type DatasetIndex } from './dataset-index';
import { eventDocuments } from './events-view';
import { describeFilters } from './describe';
import type { Filters } from './filters';

/** Byte order mark: tells Excel the file is UTF-8, so "Vučić" stays "Vučić". */
export const CSV_BOM = '\uFEFF';
const LIST_SEPARATOR = '; ';

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

export const EVENT_COLUMNS = [
  'id',
  'date',
  'date_precision',
  'date_inferred',
  'date_note',
  'type',
  'title',
  'summary',
  'place_city',
  'place_country',
  'place_inferred',
  'place_note',
  'multilateral_event',
  'host_country',
  'guest_country',
  'direction',
  'visit_id',
  'level',
  'participants',
  'person_ids',
  'sectors',
  'sector_ids',
  'topics',
  'documents',
  'notes',
  'sources',
  'source_urls',
] as const;

/** One row per engagement, in the order given; lists inside a cell are joined with "; ". */
export function eventsCsv(index: DatasetIndex, events: readonly EngagementEvent[]): string {
  const pair = index.dataset.meta.countries.map((c) => c.code);
  const rows = events.map((e) => {
    const participants = e.participants.map((p) => {
      const name = index.personById.get(p.personId)?.name ?? p.personId;
      const detail = [p.role.trim(), p.country].filter((x) => x !== '').join(', ');
      return `${name} (${detail})`;
    });
    const sources = e.sourceIds.map((id) => index.sourceById.get(id));
    return [
      e.id,
      e.date,
      e.datePrecision,
      e.dateInferred,
      e.dateNote ?? '',
      e.type,
      e.title,
      e.summary,
      e.place?.city ?? '',
      e.place?.country ?? '',
      e.placeInferred,
      e.placeNote ?? '',
      e.multilateralEvent ?? '',
      e.hostCountry ?? '',
      e.guestCountry ?? '',
      eventDirectionKey(e, pair),
      e.visitId ?? '',
      e.level,
      participants.join(LIST_SEPARATOR),
      e.participants.map((p) => p.personId).join(LIST_SEPARATOR),
      e.sectors.map((id) => index.sectorById.get(id)?.label ?? id).join(LIST_SEPARATOR),
      e.sectors.join(LIST_SEPARATOR),
      e.topics.join(LIST_SEPARATOR),
      eventDocuments(index, e)
        .map(
          (d) =>
            `${d.kind}: ${d.title}${d.signatories.length > 0 ? ` (signed by ${d.signatories.join(', ')})` : ''}`,
        )
        .join(LIST_SEPARATOR),
      e.notes ?? '',
      sources
        .map((s, i) =>
          s ? `${s.publisher}, ${s.published ?? 'date unknown'}, ${s.title}` : e.sourceIds[i]!,
        )
        .join(LIST_SEPARATOR),
      // Aligned with the sources column (one entry per source) so an import can pair them.
      sources.some((s) => s?.url) ? sources.map((s) => s?.url ?? '').join(LIST_SEPARATOR) : '',
    ];
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
