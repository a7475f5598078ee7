// The shipped record's other spellings as readers see them ("Also written: …"), while the
// search keeps every alias as recorded.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/state/load-dataset';
import { isGarbledSpelling, readableAliases } from '../../../src/model/people-view';
import { computeDashboard } from '../../../src/model/dashboard';
import { emptyFilters } from '../../../src/model/filters';
import { shippedJson } from '../../support/dataset';

const { index } = loadDataset(shippedJson(), 'data/az-rs.json');

describe('readable aliases of the shipped record', () => {
  it('shows Vučić without the garbled "Vu?i?" spellings or ASCII copies of his name', () => {
    const vucic = index.personById.get('aleksandar-vucic')!;
    expect(vucic.aliases).toEqual(expect.arrayContaining(['Alexandar Vu?i?', 'Vu?i?']));
    const shown = readableAliases(vucic);
    expect(shown).toContain('Vučić');
    expect(shown).toContain('Александар Вучић');
    expect(shown).toContain('Vuçiç');
    for (const hidden of ['Alexandar Vu?i?', 'Vu?i?', 'Aleksandar Vucic', 'Vucic']) {
      expect(shown).not.toContain(hidden);
    }
    expect(shown.join(', ')).not.toMatch(/[?\uFFFD]/);
  });

  it('shows no one a garbled spelling, and no spelling twice', () => {
    for (const person of index.dataset.people) {
      const shown = readableAliases(person);
      expect(shown.filter(isGarbledSpelling), person.id).toEqual([]);
      expect(new Set(shown).size, person.id).toBe(shown.length);
      expect(shown, person.id).not.toContain(person.name);
    }
  });

  it('still finds Vučić by a garbled spelling, as the search reads every alias', () => {
    const garbled = computeDashboard(index, { ...emptyFilters(), q: 'Alexandar Vu?i?' });
    const byName = computeDashboard(index, { ...emptyFilters(), q: 'Aleksandar Vučić' });
    expect(garbled.headline.engagements).toBeGreaterThan(0);
    expect(garbled.headline.engagements).toBe(byName.headline.engagements);
  });
});
