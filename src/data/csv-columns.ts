/**
 * The columns of the engagements CSV: the one list that the app's "Download CSV (engagements)"
 * writes (in this order) and the importer reads. One row per engagement, after a header row
 * naming the columns. Column order is free, names are case-insensitive ("Host country",
 * "host_country" and "hostCountry" are the same), unknown columns are ignored. Inside a cell,
 * lists are separated by ";".
 *
 * Required: date, title, sources.
 *   id                 Event id; blank = made from date and title.
 *   date               YYYY, YYYY-MM or YYYY-MM-DD; the precision follows from the shape.
 *   date_precision     year, month or day; blank = from the shape of the date.
 *   date_inferred      true/false (also yes/no, 1/0). Blank = false.
 *   date_note          Why the date is uncertain. Blank = none.
 *   type               visit, meeting, phone-call, press-statement, diplomatic-protest,
 *                      agreement, ceremony, conference, … (ids or labels such as "Phone call").
 *                      Blank = meeting.
 *   title              Short title of the engagement.
 *   summary            Free text. Blank = none.
 *   place_city         City where it took place (also read from `city`).
 *   place_country      ISO 3166-1 alpha-2 code of the place. Blank with a city = host_country.
 *   place_inferred     true/false: the place is inferred, not stated by a source.
 *   place_note         Why the place is uncertain. Blank = none.
 *   multilateral_event A summit or conference the engagement took place at or beside.
 *   host_country       Code of the host country.
 *   guest_country      Code of the travelling side; blank = nobody travelled (call, protest…).
 *   direction          Written by the export ("AZ-RS", "none"); never read: it follows from
 *                      guest and host.
 *   visit_id           Groups the engagements of one trip; blank = an engagement of its own.
 *   level              head-of-state, head-of-government, parliament, foreign-minister,
 *                      minister or official (ids or labels). Blank = official.
 *   participants       "Name (Role, CC); Name (Role, CC)". Role and country may be left out:
 *                      "Name (CC)", "Name (Role)" or just "Name". A participant without a
 *                      country takes the country given for the same person on another row,
 *                      else the row's host_country, else the first country of the pair.
 *   person_ids         One person id per participant, same order.
 *   sectors            Sector labels (or ids). Sectors are created as needed.
 *   sector_ids         One sector id per sector label, same order.
 *   topics             Free text items.
 *   documents          "Kind: Title" or "Kind: Title (signed by Name, Name)": kind an id or
 *                      label (agreement, memorandum, declaration, …; "Document" = other),
 *                      signatories named as participants of the engagement.
 *   notes              Where sources disagree, what each says and which was chosen.
 *   sources            "Publisher, YYYY-MM-DD, Title" (optionally followed by ", https://…")
 *                      or just a URL. At least one per row. A URL-only source takes the site
 *                      as publisher and the engagement's date, marked as inferred.
 *   source_urls        One URL per source, same order (ignored when the counts differ).
 */

interface CsvColumn {
  /** snake_case, as the export writes it. */
  readonly name: string;
  /** Other names the importer accepts for the column (normalised like the header). */
  readonly aliases?: readonly string[];
  readonly required?: true;
  /** The event field the column fills (`place.city` for a nested one): maps issues back. */
  readonly eventPath?: string;
  /** Written for readers of the export and never read back: it follows from other columns. */
  readonly derived?: true;
}

export const EVENT_CSV_COLUMNS = [
  { name: 'id', aliases: ['event_id'], eventPath: 'id' },
  { name: 'date', required: true, eventPath: 'date' },
  { name: 'date_precision', eventPath: 'datePrecision' },
  { name: 'date_inferred', eventPath: 'dateInferred' },
  { name: 'date_note', eventPath: 'dateNote' },
  { name: 'type', aliases: ['event_type'], eventPath: 'type' },
  { name: 'title', required: true, eventPath: 'title' },
  { name: 'summary', eventPath: 'summary' },
  { name: 'place_city', aliases: ['city'], eventPath: 'place.city' },
  { name: 'place_country', eventPath: 'place' },
  { name: 'place_inferred', eventPath: 'placeInferred' },
  { name: 'place_note', eventPath: 'placeNote' },
  { name: 'multilateral_event', eventPath: 'multilateralEvent' },
  { name: 'host_country', eventPath: 'hostCountry' },
  { name: 'guest_country', eventPath: 'guestCountry' },
  { name: 'direction', derived: true },
  { name: 'visit_id', eventPath: 'visitId' },
  { name: 'level', eventPath: 'level' },
  { name: 'participants', eventPath: 'participants' },
  { name: 'person_ids' },
  { name: 'sectors', aliases: ['sector'], eventPath: 'sectors' },
  { name: 'sector_ids' },
  { name: 'topics', aliases: ['topic'], eventPath: 'topics' },
  { name: 'documents', aliases: ['document'], eventPath: 'documents' },
  { name: 'notes', eventPath: 'notes' },
  { name: 'sources', aliases: ['source'], required: true, eventPath: 'sourceIds' },
  { name: 'source_urls', aliases: ['source_url', 'urls'] },
] as const satisfies readonly CsvColumn[];

export type CsvColumnName = (typeof EVENT_CSV_COLUMNS)[number]['name'];

/** The header the export writes: every column, in order. */
export const EVENT_CSV_HEADER: readonly CsvColumnName[] = EVENT_CSV_COLUMNS.map((c) => c.name);

export const REQUIRED_CSV_COLUMNS: readonly CsvColumnName[] = EVENT_CSV_COLUMNS.filter(
  (c: CsvColumn) => c.required,
).map((c) => c.name);

/** "Host country", "host-country" and "hostCountry" → "host_country". */
export function normalizeColumnName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const READ_COLUMN_BY_NAME = new Map<string, CsvColumnName>(
  EVENT_CSV_COLUMNS.filter((c: CsvColumn) => !c.derived).flatMap((c: CsvColumn) =>
    [c.name, ...(c.aliases ?? [])].map((n) => [n, c.name as CsvColumnName] as const),
  ),
);

export interface CsvHeader {
  /** Position of each column the importer reads (the first one, when a name repeats). */
  at: Map<CsvColumnName, number>;
  /** Header names as written in the file, by column. */
  written: Partial<Record<CsvColumnName, string>>;
}

/** The columns a header row names; unknown and derived columns are left out. */
export function readCsvHeader(record: readonly string[]): CsvHeader {
  const at = new Map<CsvColumnName, number>();
  const written: Partial<Record<CsvColumnName, string>> = {};
  record.forEach((raw, i) => {
    const column = READ_COLUMN_BY_NAME.get(normalizeColumnName(raw));
    if (column && !at.has(column)) {
      at.set(column, i);
      written[column] = raw.replace(/^\uFEFF/, '').trim();
    }
  });
  return { at, written };
}

const COLUMN_BY_EVENT_PATH = new Map<string, CsvColumnName>(
  EVENT_CSV_COLUMNS.flatMap((c: CsvColumn) =>
    c.eventPath === undefined ? [] : [[c.eventPath, c.name as CsvColumnName] as const],
  ),
);

/** The column of an event field (`place`, `city` → place_city); undefined when none fills it. */
export function columnOfEventField(field: string, subfield?: string): CsvColumnName | undefined {
  return (
    (subfield === undefined ? undefined : COLUMN_BY_EVENT_PATH.get(`${field}.${subfield}`)) ??
    COLUMN_BY_EVENT_PATH.get(field)
  );
}
