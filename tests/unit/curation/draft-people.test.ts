import { describe, expect, it } from 'vitest';
import { draftFromArticle } from '../../../src/curation/draft-article';
import { findPeople, titleOnlyPeople } from '../../../src/curation/draft-people';
import { tokenize } from '../../../src/curation/draft-text';
import { shippedDataset } from '../../support/draft-seeds';

const dataset = shippedDataset();

function people(text: string, date: string | null = '2022-12-21') {
  return findPeople(text, tokenize(text), dataset, date, new Set([0]));
}

describe('findPeople', () => {
  it('matches names and aliases ignoring case and diacritics', () => {
    const found = people('PRESIDENT ALEKSANDAR VUČIĆ and ilham aliyev, then Dačić.');
    expect(found.mentions.map((m) => m.personId)).toEqual([
      'aleksandar-vucic',
      'ilham-aliyev',
      'ivica-dacic',
    ]);
  });

  it('reads "?" in the text as any one letter, at medium confidence', () => {
    const found = people('Prime Minister Milo? Vu?evi? spoke.');
    expect(found.mentions).toEqual([
      expect.objectContaining({ personId: 'milos-vucevic', confidence: 'medium' }),
    ]);
  });

  it('does not take "Heydar Aliyev" for Ilham Aliyev', () => {
    const found = people('The memory of Heydar Aliyev was honoured.');
    expect(found.mentions).toEqual([]);
    expect(found.others).toEqual([expect.objectContaining({ name: 'Heydar Aliyev' })]);
  });

  it('settles a shared alias by the title beside it and the roles at the date', () => {
    const found = people('Minister of Defence Industry Guliyev received the delegation.');
    expect(found.mentions).toEqual([
      expect.objectContaining({ personId: 'madat-guliyev', confidence: 'medium' }),
    ]);
    expect(found.mentions[0]!.note).toMatch(/shared by/);
  });

  it('keeps a shared alias at low confidence, with a note, when nothing tells the people apart', () => {
    const found = people('Guliyev said so.', null);
    expect(found.mentions).toHaveLength(1);
    expect(found.mentions[0]!.confidence).toBe('low');
    expect(found.mentions[0]!.note).toMatch(
      /Madat Guliyev.*Azay Guliyev|Azay Guliyev.*Madat Guliyev/,
    );
  });
});

describe('titleOnlyPeople', () => {
  it('resolves "the Minister of Defense Industry" through the roles held at the date', () => {
    const text = 'I had a productive discussion with the Minister of Defense Industry. We agreed.';
    expect(titleOnlyPeople(text, dataset, '2022-12-21')).toEqual([
      expect.objectContaining({ personId: 'madat-guliyev', confidence: 'medium' }),
    ]);
    // Years away from any recorded role, the title names nobody.
    expect(titleOnlyPeople(text, dataset, '2005-01-01')).toEqual([]);
  });
});

describe('names that are not participants, and new ones', () => {
  it('skips the byline and a commemorated person', () => {
    const text =
      ' date 2023-11-07 By Azernews\n\nOn November 7, 2023, Jeyhun Bayramov met Ivica Dacic in Belgrade. ' +
      'Bayramov laid a wreath at the monument of National Leader Heydar Aliyev.';
    const result = draftFromArticle(text, dataset, {});
    if (!result.ok) throw new Error(result.problem);
    expect(result.skipped.map((s) => [s.name, s.reason])).toEqual([
      ['Azernews', "the article's author (byline), not a participant"],
      ['Heydar Aliyev', 'commemorated, not present'],
    ]);
    expect(result.source.publisher).toBe('Azernews');
  });

  it('proposes a person the dataset lacks from the title that introduces them', () => {
    const text =
      'BELGRADE, May 5, 2030. Azerbaijani Foreign Minister Jeyhun Bayramov met Serbian Prime Minister Petar Petrović in Belgrade.';
    const result = draftFromArticle(text, dataset, {});
    if (!result.ok) throw new Error(result.problem);
    expect(result.newPeople).toEqual([
      expect.objectContaining({
        person: {
          id: 'petar-petrovic',
          name: 'Petar Petrović',
          aliases: ['Petar Petrovic'],
          country: 'RS',
          roles: [{ title: 'Prime Minister of Serbia', asOf: '2030-05-05' }],
        },
      }),
    ]);
    const [main] = result.engagements;
    expect(main!.event.participants.map((p) => p.personId)).toEqual([
      'jeyhun-bayramov',
      'petar-petrovic',
    ]);
    // The travelling side is Azerbaijan's: its highest rank sets the level.
    expect(main!.event.level).toBe('foreign-minister');
    expect(main!.event.visitId).toBe('2030-05-bayramov-serbia');
  });
});

describe('commemorated or present', () => {
  it('keeps the guest of honour of a dinner, and skips the leader whose monument was visited', () => {
    const text =
      'On May 5, 2030, a dinner was given in honour of Ilham Aliyev in Belgrade. ' +
      'Aleksandar Vucic and Aliyev visited the monument to Heydar Aliyev and laid a wreath.';
    const result = draftFromArticle(text, { ...dataset, events: [] }, {});
    if (!result.ok) throw new Error(result.problem);
    const everyone = result.engagements.flatMap((d) => d.event.participants.map((p) => p.personId));
    expect(everyone).toEqual(expect.arrayContaining(['ilham-aliyev', 'aleksandar-vucic']));
    expect(result.skipped.map((s) => s.name)).toEqual(['Heydar Aliyev']);
  });
});
