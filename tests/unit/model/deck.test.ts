import { describe, expect, it } from 'vitest';
import {
  addSlide,
  defaultSlideText,
  deleteSlide,
  duplicateSlide,
  editSlide,
  emptyDeck,
  MAX_SLIDES,
  moveSlide,
  moveSlideTo,
  renameDeck,
  type Deck,
} from '../../../src/model/deck';
import { droppedNotice, validateDeck } from '../../../src/model/deck-validate';
import { emptyFilters } from '../../../src/model/filters';
import { loadFixture } from '../../support/dataset';

const { index } = loadFixture();
const VIEWS = new Set(['visit-frequency', 'cooperation-areas', 'people-involved', 'timeline']);

function threeSlides(): Deck {
  let deck = emptyDeck('d1', 'Briefing');
  for (const [viewId, title] of [
    ['visit-frequency', 'Visits'],
    ['cooperation-areas', 'Sectors'],
    ['people-involved', 'People'],
  ] as const) {
    deck = addSlide(deck, { viewId, filters: emptyFilters(), title, caption: `${title} caption` });
  }
  return deck;
}
const titles = (d: Deck) => d.slides.map((s) => s.title);

describe('deck operations', () => {
  it('adds slides at the end with fresh ids and default options', () => {
    const deck = threeSlides();
    expect(titles(deck)).toEqual(['Visits', 'Sectors', 'People']);
    expect(new Set(deck.slides.map((s) => s.id)).size).toBe(3);
    expect(deck.slides[0]!.options).toEqual({ visitMode: 'direction', showContacts: true });
  });

  it('keeps the captured options', () => {
    const deck = addSlide(emptyDeck('d'), {
      viewId: 'visit-frequency',
      options: { visitMode: 'level', showContacts: false },
      filters: { ...emptyFilters(), sectors: ['energy'] },
      title: 't',
      caption: 'c',
    });
    expect(deck.slides[0]!.options).toEqual({ visitMode: 'level', showContacts: false });
    expect(deck.slides[0]!.filters.sectors).toEqual(['energy']);
  });

  it('moves a slide up, down and to an index, clamped, without touching the original', () => {
    const deck = threeSlides();
    const [a, b, c] = deck.slides.map((s) => s.id);
    expect(titles(moveSlide(deck, c!, -1))).toEqual(['Visits', 'People', 'Sectors']);
    expect(titles(moveSlide(deck, a!, 1))).toEqual(['Sectors', 'Visits', 'People']);
    expect(moveSlide(deck, a!, -1)).toBe(deck);
    expect(moveSlide(deck, c!, 1)).toBe(deck);
    expect(titles(moveSlideTo(deck, 0, 2))).toEqual(['Sectors', 'People', 'Visits']);
    expect(titles(moveSlideTo(deck, 2, -5))).toEqual(['People', 'Visits', 'Sectors']);
    expect(titles(deck)).toEqual(['Visits', 'Sectors', 'People']);
    expect(moveSlide(deck, b!, 1).slides[2]!.id).toBe(b);
  });

  it('duplicates right after the original with a new id, and deletes', () => {
    const deck = threeSlides();
    const sectors = deck.slides[1]!;
    const copied = duplicateSlide(deck, sectors.id);
    expect(titles(copied)).toEqual(['Visits', 'Sectors', 'Sectors', 'People']);
    expect(copied.slides[2]!.id).not.toBe(sectors.id);
    expect(copied.slides[2]!.filters).not.toBe(sectors.filters);
    expect(titles(deleteSlide(copied, sectors.id))).toEqual(['Visits', 'Sectors', 'People']);
    expect(deleteSlide(deck, 'nope')).toBe(deck);
  });

  it('edits title and caption as typed, on one line', () => {
    const deck = threeSlides();
    const id = deck.slides[0]!.id;
    const edited = editSlide(deck, id, { caption: 'Gas \n and oil ' });
    expect(edited.slides[0]!.caption).toBe('Gas   and oil ');
    expect(edited.slides[0]!.title).toBe('Visits');
    expect(editSlide(edited, id, { title: 'New' }).slides[0]!.title).toBe('New');
  });

  it('renames, falling back to a default name when blank', () => {
    expect(renameDeck(threeSlides(), ' Q3 review ').name).toBe('Q3 review');
    expect(renameDeck(threeSlides(), '   ').name).toBe('My deck');
  });

  it('stops at the slide limit', () => {
    let deck = emptyDeck('d');
    for (let i = 0; i < MAX_SLIDES + 3; i++)
      deck = addSlide(deck, {
        viewId: 'timeline',
        filters: emptyFilters(),
        title: 't',
        caption: '',
      });
    expect(deck.slides).toHaveLength(MAX_SLIDES);
  });

  it('defaults a slide to the view title and the filters in words', () => {
    const f = { ...emptyFilters(), sectors: ['energy'], from: 2020, to: 2024 };
    expect(defaultSlideText('Visit frequency', f, index)).toEqual({
      title: 'Visit frequency',
      caption: 'Sector: Energy · 2020–2024',
    });
    expect(defaultSlideText('People', emptyFilters(), index).caption).toBe('All engagements');
  });
});

describe('validating a deck against the dataset', () => {
  it('keeps a deck that names only what the dataset has, as the same object', () => {
    const deck = threeSlides();
    const checked = validateDeck(deck, index, VIEWS);
    expect(checked.dropped).toEqual([]);
    expect(checked.deck).toBe(deck);
    expect(droppedNotice(deck.name, checked.dropped)).toBeNull();
  });

  it('drops slides of unknown views and ids the dataset lacks, and says which', () => {
    let deck = threeSlides();
    deck = addSlide(deck, { viewId: 'map', filters: emptyFilters(), title: 'Map', caption: '' });
    deck = addSlide(deck, {
      viewId: 'people-involved',
      filters: { ...emptyFilters(), sectors: ['energy', 'mining-on-mars'], people: ['nobody'] },
      title: 'Energy people',
      caption: '',
    });
    const checked = validateDeck(deck, index, VIEWS);
    expect(titles(checked.deck)).toEqual(['Visits', 'Sectors', 'People', 'Energy people']);
    expect(checked.deck.slides[3]!.filters.sectors).toEqual(['energy']);
    expect(checked.deck.slides[3]!.filters.people).toEqual([]);
    expect(checked.dropped).toEqual([
      'the slide “Map” (unknown view “map”)',
      'sector “mining-on-mars”',
      'person “nobody”',
    ]);
    expect(droppedNotice('Briefing', checked.dropped)).toContain('sector “mining-on-mars”');
  });
});
