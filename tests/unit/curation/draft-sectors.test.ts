import { describe, expect, it } from 'vitest';
import { draftFromArticle } from '../../../src/curation/draft-article';
import { findSectors, findTopics } from '../../../src/curation/draft-sectors';
import { tokenize } from '../../../src/curation/draft-text';
import type { Dataset } from '../../../src/data/schema';
import { shippedDataset } from '../../support/draft-seeds';

const dataset = shippedDataset();
const sectorsOf = (text: string, d: Dataset = dataset) =>
  findSectors(text, tokenize(text), d).map((s) => s.sectorId);

describe('findSectors', () => {
  it('gives every one of the 14 shipped sectors a keyword list', () => {
    expect(dataset.sectors).toHaveLength(14);
    for (const s of dataset.sectors) expect(s.keywords.length, s.id).toBeGreaterThanOrEqual(8);
  });

  it('reads stems of five letters or more, and short keywords as whole words', () => {
    expect(sectorsOf('pharmaceutical plants')).toEqual(['health-pharma']);
    expect(sectorsOf('the gas flows')).toEqual(['energy']);
    // "gas" is not a stem: "Gaspar" says nothing of energy.
    expect(sectorsOf('Gaspar arrived')).toEqual([]);
    expect(sectorsOf('the visa-free regime')).toEqual(['transport-tourism']);
  });

  it('folds case and diacritics, and reads the Serbian and Azerbaijani stems', () => {
    expect(sectorsOf('saradnja u oblasti energetike')).toEqual(['energy']);
    expect(sectorsOf('TƏHSİL və elm')).toEqual(['education-science']);
  });

  it('uses the lexicon of the dataset it is given', () => {
    const own: Dataset = {
      ...dataset,
      sectors: [{ id: 'space', label: 'Space', description: '', keywords: ['satellite', 'orbit'] }],
    };
    expect(sectorsOf('a joint satellite programme and energy', own)).toEqual(['space']);
    const result = draftFromArticle('On May 5, 2030 Bayramov met Dacic about a satellite.', {
      ...own,
      events: [],
    });
    if (!result.ok) throw new Error(result.problem);
    expect(result.engagements[0]!.event.sectors).toEqual(['space']);
  });
});

describe('findTopics', () => {
  it('proposes short noun phrases the article names, not the people in it', () => {
    const { topics } = findTopics(
      'Bayramov and Ivica Dacic discussed the Southern Gas Corridor, COP29 and the Expo-2027 exhibition.',
      ['Ivica Dacic', 'Bayramov'],
    );
    expect(topics).toEqual(['Southern Gas Corridor', 'COP29', 'Expo-2027']);
  });
});
