/**
 * The filter dimensions, in one table: each entry's position gives its bit in the filter
 * mask and its place in captions, chips, file names and the URL. The URL codec, the mask,
 * the option counts, the chips, the caption and the file name all loop over this table, so
 * a new list filter (a place, a level…) is one entry here plus its control in the filter bar.
 */
import { eventTypeLabel } from '../data/labels';
import type { DatasetIndex } from './dataset-index';

/** How the events hold a dimension's values: one per event, or a list per event (CSR). */
export type EventValues =
  | { kind: 'one'; column: ArrayLike<number> }
  | { kind: 'many'; items: ArrayLike<number>; start: ArrayLike<number> };

/** A filter that keeps events having any of the ticked values. */
export interface ListDimension {
  kind: 'list';
  /** The field of `Filters` that holds the ticked values. */
  key: string;
  /** The URL parameter (`?sector=energy,defence`). */
  param: string;
  /** What a value must look like to be read from a URL. */
  pattern: RegExp;
  /** The chip's kind, and the word before the values: "Sector: Energy". */
  chip: string;
  one: string;
  /** The caption's word for several values ("Sectors: Energy, Defence"). */
  many: string;
  /** Position of each value in the index's own arrays. */
  lookup: (index: DatasetIndex) => ReadonlyMap<string, number>;
  /** How many distinct values the index has. */
  size: (index: DatasetIndex) => number;
  values: (index: DatasetIndex) => EventValues;
  /** A value as readers see it; its id when the dataset does not know it. */
  label: (index: DatasetIndex, value: string) => string;
}

/** The year range (`from`, `to`) and the free-text search: one of a kind each. */
export interface RangeDimension {
  kind: 'range';
  key: 'years';
  params: readonly ['from', 'to'];
}
export interface TextDimension {
  kind: 'text';
  key: 'text';
  param: 'q';
}

export type FilterDimension = ListDimension | RangeDimension | TextDimension;

/** "Azerbaijan → Serbia" for `AZ-RS`, "Met in a third country" for `elsewhere`. */
export function directionLabel(index: DatasetIndex, key: string): string {
  return index.directions[index.directionIndex.get(key) ?? -1]?.label ?? key;
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
const DIR_RE = /^(?:[A-Z]{2}-[A-Z]{2}|none|elsewhere)$/;

export const FILTER_DIMENSIONS = [
  {
    kind: 'list',
    key: 'sectors',
    param: 'sector',
    pattern: ID_RE,
    chip: 'sector',
    one: 'Sector',
    many: 'Sectors',
    lookup: (index) => index.sectorIndex,
    size: (index) => index.sectors.length,
    values: (index) => ({ kind: 'many', items: index.eventSectors, start: index.sectorStart }),
    label: (index, id) => index.sectorById.get(id)?.label ?? id,
  },
  { kind: 'range', key: 'years', params: ['from', 'to'] },
  {
    kind: 'list',
    key: 'directions',
    param: 'dir',
    pattern: DIR_RE,
    chip: 'direction',
    one: 'Direction',
    many: 'Direction',
    lookup: (index) => index.directionIndex,
    size: (index) => index.directions.length,
    values: (index) => ({ kind: 'one', column: index.eventDirection }),
    label: directionLabel,
  },
  {
    kind: 'list',
    key: 'types',
    param: 'type',
    pattern: ID_RE,
    chip: 'type',
    one: 'Type',
    many: 'Types',
    lookup: (index) => index.typeIndex,
    size: (index) => index.types.length,
    values: (index) => ({ kind: 'one', column: index.eventType }),
    label: (_index, type) => eventTypeLabel(type),
  },
  {
    kind: 'list',
    key: 'people',
    param: 'person',
    pattern: ID_RE,
    chip: 'person',
    one: 'Person',
    many: 'People',
    lookup: (index) => index.personIndex,
    size: (index) => index.people.length,
    values: (index) => ({ kind: 'many', items: index.eventPeople, start: index.peopleStart }),
    label: (index, id) => index.personById.get(id)?.name ?? id,
  },
  {
    kind: 'list',
    key: 'places',
    param: 'place',
    pattern: ID_RE,
    chip: 'place',
    one: 'Place',
    many: 'Places',
    lookup: (index) => index.venueIndex,
    size: (index) => index.venues.length,
    values: (index) => ({ kind: 'many', items: index.eventVenues, start: index.venueStart }),
    label: (index, key) => index.venues[index.venueIndex.get(key) ?? -1]?.label ?? key,
  },
  { kind: 'text', key: 'text', param: 'q' },
] as const satisfies readonly FilterDimension[];

type Dimensions = (typeof FILTER_DIMENSIONS)[number];
/** The fields of `Filters` that hold lists of ticked values. */
export type ListKey = Extract<Dimensions, { kind: 'list' }>['key'];
/** Every dimension's key: the list keys, `years` and `text`. */
export type DimensionKey = Dimensions['key'];

type ListEntry = Extract<Dimensions, { kind: 'list' }>;
export const LIST_DIMENSIONS: readonly ListEntry[] = FILTER_DIMENSIONS.filter(
  (d): d is ListEntry => d.kind === 'list',
);

/** The filter mask: per event, a bit per dimension it fails (16 bits: room to grow). */
export type FilterMask = Uint16Array;
export const newMask = (n: number): FilterMask => new Uint16Array(n);

/** The mask bit of a dimension: its position in the table. */
export function bitOf(key: DimensionKey): number {
  return 1 << FILTER_DIMENSIONS.findIndex((d) => d.key === key);
}

/** Every bit in use. */
export const ALL_BITS = (1 << FILTER_DIMENSIONS.length) - 1;
