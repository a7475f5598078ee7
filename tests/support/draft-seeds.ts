import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateDataset } from '../../src/data/validate-dataset';
import type { Dataset } from '../../src/data/schema';

/** A shipped engagement as tests/fixtures/seed-engagements.json freezes it. */
export interface ExpectedEvent {
  id: string;
  date: string;
  type: string;
  level: string;
  place: { city?: string; country: string } | null;
  hostCountry: string | null;
  guestCountry: string | null;
  visitId: string | null;
  participants: string[];
  sectors: string[];
}

export interface SeedExpectation {
  seedFile: string;
  sourceId: string;
  published: string;
  events: ExpectedEvent[];
}

export const SEEDS: SeedExpectation[] = (
  JSON.parse(readFileSync(resolve(__dirname, '../fixtures/seed-engagements.json'), 'utf8')) as {
    seeds: SeedExpectation[];
  }
).seeds;

export function seedText(seedFile: string): string {
  return readFileSync(resolve(__dirname, '../fixtures/seeds', seedFile), 'utf8');
}

let shipped: Dataset | undefined;

/**
 * The record the drafts are made against: a frozen copy of the shipped dataset's people,
 * sectors (with their keywords) and sources, and its engagements within 45 days of a seed,
 * so trips the drafts reuse stay put while the record grows.
 */
export function shippedDataset(): Dataset {
  if (!shipped) {
    const path = resolve(__dirname, '../fixtures/frozen-curation-context.json');
    const result = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
    if (!result.ok) throw new Error('the frozen curation context does not validate');
    shipped = result.dataset;
  }
  return shipped;
}

/** The shipped dataset without the engagements a seed's source backs, so no test is circular. */
export function datasetWithout(sourceId: string, frozenIds: readonly string[]): Dataset {
  const d = shippedDataset();
  return {
    ...d,
    events: d.events.filter((e) => !e.sourceIds.includes(sourceId) && !frozenIds.includes(e.id)),
  };
}
