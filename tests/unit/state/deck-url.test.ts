import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addSlide,
  cleanText,
  emptyDeck,
  MAX_CAPTION,
  MAX_DECK_NAME,
  MAX_TITLE,
  type Deck,
} from '../../../src/model/deck';
import { emptyFilters, type Filters } from '../../../src/model/filters';
import { emptyUrlState, formatAppUrl, parseAppUrl } from '../../../src/state/app-url';
import { decodeDeck, deckLink, encodeDeck } from '../../../src/state/deck-url';
import { deckInHash } from '../../../src/state/deck-link-hash';
import { unpackDeck } from '../../../src/state/deck-pack';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
const year = fc.option(fc.integer({ min: 1800, max: 2200 }), { nil: null });
/** Any filter state, in the form the filter codec keeps (its own property tests cover that). */
const filters: fc.Arbitrary<Filters> = fc
  .record({
    sectors: fc.uniqueArray(id, { maxLength: 4 }),
    directions: fc.uniqueArray(fc.constantFrom('AZ-RS', 'RS-AZ', 'elsewhere', 'none'), {
      maxLength: 4,
    }),
    types: fc.uniqueArray(id, { maxLength: 3 }),
    people: fc.uniqueArray(id, { maxLength: 4 }),
    places: fc.uniqueArray(id, { maxLength: 3 }),
    from: year,
    to: year,
    q: fc.string({ maxLength: 40 }),
  })
  .map((f) => parseAppUrl(formatAppUrl({ ...emptyUrlState(), filters: f })).filters);

const deck: fc.Arbitrary<Deck> = fc
  .record({
    name: fc.string({ maxLength: 140 }),
    slides: fc.array(
      fc.record({
        viewId: fc.constantFrom('visit-frequency', 'cooperation-areas', 'people-involved', 'map'),
        filters,
        title: fc.string({ maxLength: 220 }),
        caption: fc.string({ unit: 'grapheme', maxLength: 300 }),
        visitMode: fc.constantFrom('direction', 'level') as fc.Arbitrary<'direction' | 'level'>,
        showContacts: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ name, slides }) =>
    slides.reduce(
      (d, s) =>
        addSlide(d, {
          viewId: s.viewId,
          filters: s.filters,
          title: s.title,
          caption: s.caption,
          options: { visitMode: s.visitMode, showContacts: s.showContacts },
        }),
      emptyDeck('d1', name),
    ),
  );

describe('the deck link codec', () => {
  it('round-trips any deck', () => {
    fc.assert(
      fc.property(deck, (d) => {
        const decoded = decodeDeck(encodeDeck(d), d.id);
        expect(decoded).toEqual({ ok: true, deck: d });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any string, and answers a deck or a reason', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.string({ maxLength: 400 }).map((s) => `v1.${s}`),
          fc.base64String({ maxLength: 400 }).map((s) => `v1.${s.replace(/=/g, '')}`),
        ),
        (raw) => {
          const decoded = decodeDeck(raw, 'd9');
          if (decoded.ok) {
            expect(decoded.deck.id).toBe('d9');
            for (const s of decoded.deck.slides) {
              expect(s.title.length).toBeLessThanOrEqual(MAX_TITLE);
              expect(s.caption.length).toBeLessThanOrEqual(MAX_CAPTION);
            }
            expect(decoded.deck.name.length).toBeLessThanOrEqual(MAX_DECK_NAME);
          } else {
            expect(decoded.reason).toMatch(/^The deck link could not be read/);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads any JSON value as a deck or nothing, never throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const d = unpackDeck(value, 'd1');
        if (d) for (const s of d.slides) expect(cleanText(s.title, MAX_TITLE)).toBe(s.title);
      }),
      { numRuns: 500 },
    );
  });

  it('is compact and versioned, and says why a link is unreadable', () => {
    let d = emptyDeck('d1', 'Energy briefing');
    for (const viewId of ['visit-frequency', 'cooperation-areas', 'people-involved']) {
      d = addSlide(d, {
        viewId,
        filters: { ...emptyFilters(), sectors: ['energy'], from: 2020, to: 2024 },
        title: viewId,
        caption: 'Sector: Energy · 2020–2024',
      });
    }
    const value = encodeDeck(d);
    expect(value).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(value.length).toBeLessThan(300);
    expect(decodeDeck('v2.abc', 'd1')).toEqual({
      ok: false,
      reason: 'The deck link could not be read: it is not a v1 deck link.',
    });
    expect(decodeDeck('v1.$$$', 'd1')).toMatchObject({ ok: false, reason: /damaged/ });
    expect(decodeDeck('v1.AAAA', 'd1')).toMatchObject({ ok: false });
  });

  it('lives in the fragment, leaving the query string alone', () => {
    const d = addSlide(emptyDeck('d1'), {
      viewId: 'timeline',
      filters: emptyFilters(),
      title: 'T',
      caption: 'C',
    });
    const link = deckLink(d, 'https://example.org/app/?sector=energy#about-data');
    expect(link.startsWith('https://example.org/app/?sector=energy#deck=v1.')).toBe(true);
    const value = deckInHash(new URL(link).hash)!;
    expect(decodeDeck(value, 'd2')).toMatchObject({ ok: true, deck: { slides: [{ title: 'T' }] } });
    expect(deckInHash('#about-data')).toBeNull();
    expect(deckInHash('')).toBeNull();
    expect(deckInHash('#deck=%E0%A4%A')).toBe('%E0%A4%A');
  });
});
