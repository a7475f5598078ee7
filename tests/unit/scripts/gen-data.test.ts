import { describe, expect, it } from 'vitest';
import { createGenerator, eventJson, generateDataset } from '../../../scripts/gen-data';
import { validateDataset } from '../../../src/data/validate-dataset';
import { buildIndex } from '../../../src/model/dataset-index';
import { computeDashboard } from '../../../src/model/dashboard';
import { emptyFilters } from '../../../src/model/filters';
import { shippedJson } from '../../support/dataset';

/** The dataset as the CLI writes it: head plus compact events, parsed back. */
function asWritten(events: number, seed: number): unknown {
  const g = createGenerator({ events, seed });
  const head = JSON.stringify(g.head);
  const body = [...g.events()].map(eventJson).join(',');
  return JSON.parse(`${head.slice(0, -1)},"events":[${body}]}`);
}

describe('gen-data: synthetic datasets for performance work', () => {
  const data = generateDataset({ events: 2000, seed: 1 });
  const { events } = data;

  it('produces a dataset that passes validateDataset, in memory and as written', () => {
    const inMemory = validateDataset(data);
    expect(inMemory.ok ? [] : inMemory.issues.slice(0, 5)).toEqual([]);
    const written = validateDataset(asWritten(2000, 1));
    expect(written.ok ? [] : written.issues.slice(0, 5)).toEqual([]);
    if (written.ok) expect(written.dataset).toEqual(data);
  });

  it('has exactly the number of events asked for', () => {
    expect(events).toHaveLength(2000);
    expect(generateDataset({ events: 0, seed: 1 }).events).toHaveLength(0);
    expect(generateDataset({ events: 7, seed: 3 }).events).toHaveLength(7);
  });

  it('is identical for the same seed and different for another seed', () => {
    expect(JSON.stringify(generateDataset({ events: 500, seed: 42 }))).toBe(
      JSON.stringify(generateDataset({ events: 500, seed: 42 })),
    );
    expect(JSON.stringify(generateDataset({ events: 500, seed: 43 }))).not.toBe(
      JSON.stringify(generateDataset({ events: 500, seed: 42 })),
    );
  });

  it('reuses the sectors of the shipped dataset', () => {
    const shipped = shippedJson().sectors.map((s) => [s.id, s.label]);
    expect(data.sectors.map((s) => [s.id, s.label])).toEqual(shipped);
    const used = new Set(events.flatMap((e) => e.sectors));
    expect(used.size).toBe(shipped.length);
  });

  it('has the pair, third countries, and people with diacritics and aliases', () => {
    expect(data.meta.countries.map((c) => c.code)).toEqual(['AZ', 'RS']);
    expect(data.meta.otherCountries.length).toBeGreaterThanOrEqual(3);
    expect(data.people.length).toBeGreaterThanOrEqual(200);
    expect(data.people.some((p) => /[əğışçüöđčćšž]/i.test(p.name))).toBe(true);
    expect(data.people.every((p) => p.aliases.length > 0 && p.roles.length > 0)).toBe(true);
    const third = new Set(data.meta.otherCountries.map((c) => c.code));
    expect(events.some((e) => e.place?.country !== undefined && third.has(e.place.country))).toBe(
      true,
    );
  });

  it('groups trips of 1–4 engagements under one visitId with the same guest and host', () => {
    const trips = new Map<string, typeof events>();
    for (const e of events) {
      if (e.visitId === null) continue;
      trips.set(e.visitId, [...(trips.get(e.visitId) ?? []), e]);
    }
    const sizes = new Set([...trips.values()].map((t) => t.length));
    expect([...sizes].sort()).toEqual([1, 2, 3, 4]);
    for (const trip of trips.values()) {
      expect(new Set(trip.map((e) => `${e.guestCountry}-${e.hostCountry}`)).size).toBe(1);
      expect(trip[0]!.guestCountry).not.toBeNull();
    }
  });

  it('mixes contacts without travel, date precisions and ~25 years', () => {
    expect(events.filter((e) => e.guestCountry === null).length).toBeGreaterThan(300);
    const precisions = new Set(events.map((e) => e.datePrecision));
    expect([...precisions].sort()).toEqual(['day', 'month', 'year']);
    const years = events.map((e) => Number(e.date.slice(0, 4)));
    expect(Math.max(...years) - Math.min(...years)).toBe(24);
  });

  it('gives a Zipf-like activity: the most active person far above the median', () => {
    const index = buildIndex(data);
    const people = computeDashboard(index, emptyFilters()).people;
    const median = people[Math.floor(people.length / 2)]!.engagements;
    expect(people[0]!.engagements).toBeGreaterThan(10 * median);
  });
});
