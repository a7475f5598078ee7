import { describe, expect, it } from 'vitest';
import { computeDashboard } from '../../../src/model/dashboard';
import { emptyFilters, type Filters } from '../../../src/model/filters';
import { loadDataset } from '../../../src/state/load-dataset';
import { fixtureJson } from '../../support/dataset';

/** The fixture with documents signed at two engagements: 2 in 2022, 1 in 2023. */
function withDocuments() {
  const json = fixtureJson();
  const doc = (title: string) => ({ title, kind: 'agreement' as const, signatories: [] });
  const at = (id: string) => json.events.find((e) => e.id === id)!;
  at('2022-11-23-aliyev-belgrade').documents = [doc('A'), doc('B')];
  at('2023-11-07-intergovernmental-agreement').documents = [doc('C')];
  return loadDataset(json, 'data/az-rs.json').index;
}

const documents = (filters: Partial<Filters>) =>
  computeDashboard(withDocuments(), { ...emptyFilters(), ...filters }).headline.documents;

describe('the headline’s documents signed follow the filters', () => {
  it('counts every document without filters', () => {
    expect(documents({})).toBe(3);
  });

  it('counts only the documents of the year range', () => {
    expect(documents({ from: 2023, to: 2023 })).toBe(1);
    expect(documents({ from: 2024, to: null })).toBe(0);
  });

  it('counts only the documents of the engagements a type or search lets through', () => {
    expect(documents({ types: ['phone-call'] })).toBe(0);
    expect(documents({ types: ['agreement'] })).toBe(3);
    expect(documents({ q: 'zzzz-no-such-thing' })).toBe(0);
  });
});
