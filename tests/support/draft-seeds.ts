import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateDataset } from '../../src/data/validate-dataset';
import type { Dataset } from '../../src/data/schema';
import { shippedJson } from './dataset';

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

/** The shipped dataset, validated (once). */
export function shippedDataset(): Dataset {
  if (!shipped) {
    const result = validateDataset(shippedJson());
    if (!result.ok) throw new Error('the shipped dataset does not validate');
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
