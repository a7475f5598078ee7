import { describe, expect, it } from 'vitest';
import { draftFromArticle } from '../../../src/curation/draft-article';
import { quotedRanges, typeHits } from '../../../src/curation/draft-type';
import { shippedDataset } from '../../support/draft-seeds';

const kinds = (text: string) =>
  typeHits(text, 0, text.length, quotedRanges(text)).map((h) => h.type);

describe('typeHits', () => {
  it.each([
    ['Bayramov met with Dačić.', 'meeting'],
    ['The President received the minister.', 'meeting'],
    ['They held a phone conversation.', 'phone-call'],
    ['Stefanovic told reporters that', 'press-statement'],
    ['The presser followed', 'press-statement'],
    ['at a joint press conference', 'press-statement'],
    ["The Foreign Ministry summoned Serbia's chargé d'affaires", 'diplomatic-protest'],
    ['The ministers signed an intergovernmental agreement on visas.', 'agreement'],
    ['an agreement-signing ceremony was held', 'agreement'],
    ['sycamore trees were planted', 'ceremony'],
    ['they laid a wreath', 'ceremony'],
  ])('%j reads as %s', (text, type) => {
    expect(kinds(text)).toEqual([type]);
  });

  it('does not read a signing or a ceremony a speaker recalls inside a quotation', () => {
    expect(kinds('"The agreements signed during these visits, the ceremony," he said.')).toEqual(
      [],
    );
    expect(kinds('“We are meeting for the second time,” he said.')).toEqual(['meeting']);
  });

  it('reads "regular meetings" as no engagement', () => {
    expect(kinds('through regular meetings of the Commission')).toEqual([]);
  });
});

describe('engagements and level', () => {
  it('drafts a call and a meeting reported in one article as two engagements', () => {
    const result = draftFromArticle(
      'On May 6, 2030, Bayramov met Dacic in Belgrade. On May 1, Aliyev and Vucic held a phone conversation.',
      { ...shippedDataset(), events: [] },
      { published: '2030-05-06' },
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.engagements.map((d) => [d.event.type, d.event.date, d.event.level])).toEqual([
      ['meeting', '2030-05-06', 'foreign-minister'],
      ['phone-call', '2030-05-01', 'head-of-state'],
    ]);
    expect(result.engagements[1]!.event.dateInferred).toBe(true);
    expect(result.engagements[1]!.event.title).toBe('Aliyev–Vučić phone call');
  });

  it('leaves the kind empty, for the curator, when no word names one', () => {
    const result = draftFromArticle(
      'On May 6, 2030, Bayramov spoke about Dacic.',
      shippedDataset(),
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.engagements[0]!.event.type).toBeNull();
    expect(result.engagements[0]!.fields.type.needsReview).toBe(true);
  });
});
