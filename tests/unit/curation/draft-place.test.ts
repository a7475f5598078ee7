import { describe, expect, it } from 'vitest';
import { draftFromArticle } from '../../../src/curation/draft-article';
import type { DraftResult } from '../../../src/curation/draft-types';
import type { Dataset } from '../../../src/data/schema';
import { shippedDataset } from '../../support/draft-seeds';

const shipped = shippedDataset();
/** No trips to reuse: the place must come from the text alone. */
const noEvents: Dataset = { ...shipped, events: [] };
const withVenues: Dataset = {
  ...shipped,
  events: shipped.events.filter((e) => e.date < '2009-01-01' || !e.visitId),
};

function main(result: DraftResult) {
  if (!result.ok) throw new Error(result.problem);
  return result.engagements[0]!;
}

describe('place and direction', () => {
  it('takes a city named as the venue, with Azerbaijan as the guest in Belgrade', () => {
    const d = main(
      draftFromArticle(
        'On May 5, 2030, Jeyhun Bayramov arrived in Belgrade and met Ivica Dacic.',
        noEvents,
      ),
    );
    expect(d.event.place).toEqual({ city: 'Belgrade', country: 'RS' });
    expect(d.event.hostCountry).toBe('RS');
    expect(d.event.guestCountry).toBe('AZ');
    expect(d.fields.place.evidence[0]!.confidence).toBe('high');
    expect(d.fields.place.evidence[0]!.quote).toContain('arrived in Belgrade');
  });

  it('uses the dateline only as weak evidence, saying it is the agency’s bureau', () => {
    const d = main(
      draftFromArticle('BAKU, Azerbaijan, May 5. Jeyhun Bayramov met Ivica Dacic.', noEvents, {
        published: '2030-05-05',
      }),
    );
    expect(d.event.place).toEqual({ city: 'Baku', country: 'AZ' });
    expect(d.event.placeInferred).toBe(true);
    expect(d.fields.place.evidence[0]!.confidence).toBe('low');
    expect(d.event.placeNote).toMatch(/bureau/);
  });

  it('does not take a planned visit ("will visit Belgrade") for the venue', () => {
    const d = main(
      draftFromArticle(
        'BAKU, Azerbaijan, May 5. Bayramov met Dacic. A delegation will visit Belgrade in a few days.',
        noEvents,
        { published: '2030-05-05' },
      ),
    );
    expect(d.event.place?.city).toBe('Baku');
  });

  it('gives a visited country without a city its most frequent venue, marked inferred', () => {
    const d = main(
      draftFromArticle(
        'On May 5, 2030, Bayramov met Dacic during his working visit to the Republic of Serbia.',
        shipped,
      ),
    );
    expect(d.event.place).toEqual({ city: 'Belgrade', country: 'RS' });
    expect(d.event.placeNote).toMatch(/most frequent venue there/);
  });

  it('leaves the place empty, for the curator, when nothing names one', () => {
    const d = main(draftFromArticle('On May 5, 2030, Bayramov met Dacic.', withVenues));
    expect(d.event.place).toBeNull();
    expect(d.fields.place.needsReview).toBe(true);
    expect(d.fields.hostCountry.needsReview).toBe(true);
  });

  it('gives a venue in a third country neither host nor guest, and names the summit', () => {
    const d = main(
      draftFromArticle(
        'On February 6, 2015, Aleksandar Vucic met Ilham Aliyev in Munich on the sidelines of the Munich Security Conference.',
        noEvents,
      ),
    );
    expect(d.event.place).toEqual({ city: 'Munich', country: 'DE' });
    expect(d.event.hostCountry).toBeNull();
    expect(d.event.guestCountry).toBeNull();
    expect(d.event.multilateralEvent).toBe('Munich Security Conference');
    expect(d.event.level).toBe('head-of-state');
  });

  it('reuses an existing trip, with its id and place', () => {
    const d = main(
      draftFromArticle('On December 23, 2024 Bayramov spoke at a press conference.', shipped),
    );
    expect(d.event.visitId).toBe('2024-12-bayramov-serbia');
    expect(d.event.place).toEqual({ city: 'Belgrade', country: 'RS' });
    expect(d.fields.visitId.evidence[0]!.note).toMatch(/existing trip/);
  });
});
