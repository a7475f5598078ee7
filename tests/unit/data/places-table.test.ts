import { describe, expect, it } from 'vitest';
import { canonicalDataset } from '../../../src/data/fast-dataset';
import { schemaDataset, validateDataset } from '../../../src/data/validate-dataset';
import { fixtureJson, shippedJson } from '../../support/dataset';

type Json = ReturnType<typeof fixtureJson>;

function issuesAfter(mutate: (d: Json) => void): string[] {
  const d = fixtureJson();
  mutate(d);
  const result = validateDataset(d);
  if (result.ok) return [];
  return result.issues.map((i) => `${i.path}: ${i.reason}`);
}

const firstPlace = (d: Json) => d.places![0]!;

describe('the places table', () => {
  it('is read the same by the fast path and the schema', () => {
    const fast = canonicalDataset(fixtureJson());
    const schema = schemaDataset(fixtureJson());
    expect(schema.ok).toBe(true);
    expect(fast?.dataset.places).toEqual(schema.ok ? schema.dataset.places : null);
    expect(fast?.dataset.places?.map((p) => p.city)).toEqual(['Baku', 'Belgrade', 'Niš']);
  });

  it('is optional: a dataset without it has no places key', () => {
    const d = fixtureJson();
    delete d.places;
    const result = validateDataset(d);
    expect(result.ok && 'places' in result.dataset).toBe(false);
  });

  it('rejects coordinates off the globe, in both paths', () => {
    const issues = issuesAfter((d) => {
      firstPlace(d).lat = 91;
    });
    expect(issues).toEqual(['places[0].lat: must be a latitude, -90 to 90']);
    const d = fixtureJson();
    firstPlace(d).lon = '49.9' as unknown as number;
    expect(canonicalDataset(d)).toBeNull();
    expect(validateDataset(d).ok).toBe(false);
  });

  it('needs a known source, a known country, one row per venue and an event there', () => {
    expect(
      issuesAfter((d) => {
        firstPlace(d).sourceIds = ['no-such-source'];
      }),
    ).toEqual(['places[0].sourceIds[0]: unknown source "no-such-source"']);
    expect(
      issuesAfter((d) => {
        firstPlace(d).sourceIds = [];
      }),
    ).toEqual(['places[0].sourceIds: must cite at least one source']);
    expect(
      issuesAfter((d) => {
        d.places!.push({ ...firstPlace(d) });
      }),
    ).toEqual(['places[3].city: duplicate place "Baku, AZ"']);
    expect(
      issuesAfter((d) => {
        firstPlace(d).city = 'Ganja';
      }),
    ).toEqual(['places[0].city: no event takes place in "Ganja, AZ"']);
    expect(
      issuesAfter((d) => {
        firstPlace(d).country = 'FR';
      }),
    ).toContain(
      'places[0].country: unknown country "FR" (add it to meta.countries or meta.otherCountries)',
    );
  });
});

describe('the shipped record’s places', () => {
  const d = shippedJson();
  const sources = new Map(d.sources.map((s) => [s.id, s]));

  it('gives coordinates to every named venue, each from a cited page', () => {
    const rows = new Map((d.places ?? []).map((p) => [`${p.city}|${p.country}`, p]));
    const venues = new Set(
      d.events.flatMap((e) => (e.place?.city ? [`${e.place.city}|${e.place.country}`] : [])),
    );
    expect([...venues].filter((v) => !rows.has(v))).toEqual([]);
    for (const p of rows.values()) {
      expect(p.sourceIds.every((s) => sources.get(s)?.url?.startsWith('http'))).toBe(true);
      // Rounded to at most three decimals: a city, not a building.
      expect(Math.round(p.lat * 1000) / 1000).toBe(p.lat);
      expect(Math.round(p.lon * 1000) / 1000).toBe(p.lon);
    }
    expect(rows.get('Baku|AZ')).toMatchObject({ lat: 40.378, lon: 49.892 });
    expect(rows.get('Belgrade|RS')).toMatchObject({ lat: 44.787, lon: 20.449 });
  });
});
