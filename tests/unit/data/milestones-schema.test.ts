import { describe, expect, it } from 'vitest';
import { canonicalDataset } from '../../../src/data/fast-dataset';
import { validateDataset } from '../../../src/data/validate-dataset';
import { fixtureJson, shippedJson } from '../../support/dataset';

type Json = ReturnType<typeof fixtureJson>;

function issuesAfter(mutate: (d: Json) => void): string[] {
  const d = fixtureJson();
  mutate(d);
  const result = validateDataset(d);
  if (result.ok) throw new Error('expected the dataset to be invalid');
  return result.issues.map((i) => `${i.path}: ${i.reason}`);
}

const first = (d: Json) => d.milestones![0]!;

describe('milestones in the dataset format', () => {
  it('validates the fixture’s three milestones, defaults filled in', () => {
    const result = validateDataset(fixtureJson());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.milestones?.map((m) => m.id)).toEqual([
      'spc-founded',
      'interconnector-opens',
      'first-gas',
    ]);
  });

  it('is optional: a dataset without milestones stays valid and gets none', () => {
    const d = fixtureJson();
    delete d.milestones;
    const result = validateDataset(d);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset).not.toHaveProperty('milestones');
    expect(canonicalDataset(d)?.dataset).not.toHaveProperty('milestones');
  });

  it('reports an unknown source id by path', () => {
    expect(
      issuesAfter((d) => {
        first(d).sourceIds = ['president-az-2022-11-23-belgrade-visit', 'no-such-source'];
      }),
    ).toContain('milestones[0].sourceIds[1]: unknown source "no-such-source"');
  });

  it('reports an empty source list', () => {
    expect(
      issuesAfter((d) => {
        first(d).sourceIds = [];
      }),
    ).toEqual(['milestones[0].sourceIds: must cite at least one source']);
  });

  it('reports a date that does not exist or does not match its precision', () => {
    expect(
      issuesAfter((d) => {
        first(d).date = '2023-02-29';
      }),
    ).toEqual(['milestones[0].date: day 29 does not exist in 2023-02']);
    expect(
      issuesAfter((d) => {
        first(d).datePrecision = 'month';
      }),
    ).toEqual([
      'milestones[0].date: "2022-11-23" does not match datePrecision "month" (expected YYYY-MM)',
    ]);
  });

  it('reports an unknown engagement and a duplicate id', () => {
    expect(
      issuesAfter((d) => {
        first(d).eventId = 'no-such-event';
      }),
    ).toEqual(['milestones[0].eventId: unknown event "no-such-event"']);
    expect(
      issuesAfter((d) => {
        d.milestones![1]!.id = 'spc-founded';
      }),
    ).toEqual(['milestones[1].id: duplicate id "spc-founded"']);
  });

  it('reports an unknown kind and a blank label', () => {
    const issues = issuesAfter((d) => {
      (first(d) as { kind: string }).kind = 'party';
      first(d).label = '  ';
    });
    expect(issues.some((i) => i.startsWith('milestones[0].kind:'))).toBe(true);
    expect(issues).toContain('milestones[0].label: must not be empty');
  });

  it('the shipped record lists the milestones the issue asks for, each cited', () => {
    const d = shippedJson();
    const ids = (d.milestones ?? []).map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'az-embassy-belgrade',
        'rs-embassy-baku',
        'strategic-partnership-declaration',
        'visa-waiver-agreement',
        'strategic-partnership-council-founded',
        'strategic-partnership-council-first-session',
        'first-gas-deliveries',
      ]),
    );
    const urls = new Map(d.sources.map((s) => [s.id, s.url]));
    for (const m of d.milestones ?? []) {
      for (const s of m.sourceIds) expect(urls.get(s), `${m.id} cites ${s}`).toMatch(/^https?:/);
      if (m.dateInferred) expect(m.dateNote, m.id).toBeTruthy();
    }
  });
});
