/** JSON as scripts write it: `null` wherever a value is unknown. */

/** Optional fields of the format, by where they sit: each is set to null. */
const OPTIONAL_FIELDS: Record<string, readonly string[]> = {
  meta: ['id', 'description', 'attribution', 'coverage'],
  sources: [
    'published',
    'publishedInferred',
    'publishedNote',
    'seedFile',
    'url',
    'language',
    'note',
  ],
  sectors: ['description', 'keywords'],
  people: ['aliases', 'roles'],
  events: [
    'dateInferred',
    'dateNote',
    'place',
    'placeInferred',
    'placeNote',
    'multilateralEvent',
    'hostCountry',
    'guestCountry',
    'visitId',
    'summary',
    'participants',
    'sectors',
    'topics',
    'documents',
    'notes',
  ],
};

/** `data` with null in every optional field that leaves the dataset valid (what Python or R write). */
export function nullFilled<T extends object>(data: T): T {
  const d = data as unknown as Record<string, unknown>;
  const meta = d.meta as Record<string, unknown>;
  for (const key of OPTIONAL_FIELDS.meta!) meta[key] = null;
  for (const part of ['sources', 'sectors', 'people', 'events'] as const) {
    for (const item of d[part] as Record<string, unknown>[]) {
      for (const key of OPTIONAL_FIELDS[part]!) item[key] = null;
    }
  }
  d.milestones = null;
  d.places = null;
  return data;
}
