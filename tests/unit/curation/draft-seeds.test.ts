// Each seed article drafted against the shipped data with that seed's own engagements removed:
// the draft must agree with the frozen shipped engagements (tests/fixtures/seed-engagements.json)
// on date, kind, place, direction and people, one draft each, and find most of their sectors.
// People: a draft names only the engagement's shipped participants, and every one of them the
// article names (a person named only by title, or from another source, may be missing).
import { describe, expect, it } from 'vitest';
import { draftFromArticle } from '../../../src/curation/draft-article';
import type { DraftEngagement, DraftResult } from '../../../src/curation/draft-types';
import { searchableText } from '../../../src/lib/text';
import {
  SEEDS,
  datasetWithout,
  seedText,
  shippedDataset,
  type ExpectedEvent,
  type SeedExpectation,
} from '../../support/draft-seeds';

type Drafted = Extract<DraftResult, { ok: true }>;

function draftSeed(seed: SeedExpectation): Drafted {
  const dataset = datasetWithout(
    seed.sourceId,
    seed.events.map((e) => e.id),
  );
  const result = draftFromArticle(seedText(seed.seedFile), dataset, { published: seed.published });
  if (!result.ok) throw new Error(result.problem);
  return result;
}

const sameEvent = (d: DraftEngagement, e: ExpectedEvent) =>
  d.event.date === e.date &&
  d.event.type === e.type &&
  (d.event.place?.city ?? null) === (e.place?.city ?? null) &&
  (d.event.place?.country ?? null) === (e.place?.country ?? null) &&
  d.event.hostCountry === e.hostCountry &&
  d.event.guestCountry === e.guestCountry;

/** People of the dataset whose name or an alias (4 letters or more) the article contains. */
function namedInArticle(text: string, personIds: readonly string[]): string[] {
  const haystack = `${searchableText(text)} `;
  const people = shippedDataset().people;
  return personIds.filter((id) => {
    const person = people.find((p) => p.id === id)!;
    return [person.name, ...person.aliases].some((alias) => {
      const needle = searchableText(alias);
      return needle.length > 4 && haystack.includes(`${needle} `);
    });
  });
}

/** The drafts that could stand for a shipped engagement: same facts, and the same people. */
function candidatesFor(result: Drafted, seed: SeedExpectation, expected: ExpectedEvent) {
  const named = namedInArticle(seedText(seed.seedFile), expected.participants);
  return result.engagements.filter((d) => {
    const ids = d.event.participants.map((p) => p.personId);
    return (
      sameEvent(d, expected) &&
      ids.every((id) => expected.participants.includes(id)) &&
      named.every((id) => ids.includes(id))
    );
  });
}

/** One draft per shipped engagement, none used twice (a small search: a seed has few). */
function assignDrafts(
  result: Drafted,
  seed: SeedExpectation,
): Map<string, DraftEngagement> | undefined {
  const options = seed.events.map((e) => candidatesFor(result, seed, e));
  const chosen: DraftEngagement[] = [];
  const pick = (i: number): boolean => {
    if (i === options.length) return true;
    for (const d of options[i]!) {
      if (chosen.includes(d)) continue;
      chosen.push(d);
      if (pick(i + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  return pick(0) ? new Map(seed.events.map((e, i) => [e.id, chosen[i]!])) : undefined;
}

const described = (result: Drafted) =>
  result.engagements
    .map(
      (d) =>
        `${d.event.date} ${d.event.type} ${d.event.place?.city} ${d.event.participants.map((p) => p.personId)}`,
    )
    .join(' | ');

describe.each(SEEDS.map((s) => [s.seedFile, s] as const))('seed %s', (_file, seed) => {
  const result = draftSeed(seed);

  it.each(seed.events.map((e) => [e.id, e] as const))(
    'has a draft for %s with the same date, kind, place, host, guest and people',
    (_id, expected) => {
      expect(candidatesFor(result, seed, expected), `drafts: ${described(result)}`).not.toEqual([]);
    },
  );

  it('gives each shipped engagement a draft of its own', () => {
    expect(assignDrafts(result, seed), `drafts: ${described(result)}`).toBeDefined();
  });

  it('finds at least 80% of the shipped sectors', () => {
    const shipped = [...new Set(seed.events.flatMap((e) => e.sectors))];
    const drafted = new Set(result.engagements.flatMap((d) => d.event.sectors));
    const found = shipped.filter((s) => drafted.has(s));
    expect(
      found.length / shipped.length,
      `missing: ${shipped.filter((s) => !drafted.has(s))}`,
    ).toBeGreaterThanOrEqual(0.8);
  });

  it('ticks few sectors the record does not: at least 60% of those it ticks are shipped', () => {
    const shipped = new Set(seed.events.flatMap((e) => e.sectors));
    const drafted = [...new Set(result.engagements.flatMap((d) => d.event.sectors))];
    const extra = drafted.filter((s) => !shipped.has(s));
    expect(drafted.length).toBeGreaterThan(0);
    expect(1 - extra.length / drafted.length, `extra: ${extra}`).toBeGreaterThanOrEqual(0.6);
  });

  it('copies no sentence: summaries are empty and titles are short labels', () => {
    for (const d of result.engagements) {
      expect(d.event.summary).toBe('');
      expect(d.fields.summary.needsReview).toBe(true);
      expect(d.event.title.length).toBeLessThan(70);
      expect(seedText(seed.seedFile)).not.toContain(d.event.title);
    }
  });
});

const bySeed = (prefix: string) => SEEDS.find((s) => s.seedFile.startsWith(prefix))!;

describe('the traps of the seeds', () => {
  it('seed 000 has no date header: the year comes from the publication date, marked inferred', () => {
    const [main] = draftSeed(bySeed('000')).engagements;
    expect(main!.event.date).toBe('2022-12-21');
    expect(main!.event.dateInferred).toBe(true);
    expect(main!.fields.date.evidence[0]!.inferred).toMatch(/without a year/);
  });

  it('seed 000 resolves "the Minister of Defense Industry" to Madat Guliyev by his role at the date', () => {
    const meeting = draftSeed(bySeed('000')).engagements.find(
      (d) => d.event.type === 'meeting' && d.fields.type.evidence.some((e) => !e.inferred),
    )!;
    expect(meeting.event.participants.map((p) => p.personId)).toEqual([
      'aleksandar-vucic',
      'madat-guliyev',
    ]);
    const i = meeting.event.participants.findIndex((p) => p.personId === 'madat-guliyev');
    const evidence = meeting.fields.participants.evidence.find((e) =>
      /Defense Industry/.test(e.quote),
    );
    expect(i).toBeGreaterThanOrEqual(0);
    expect(evidence?.confidence).toBe('medium');
  });

  it('seed 000: the presidents\u2019 talks before their joint press statements are proposed, for review', () => {
    const result = draftSeed(bySeed('000'));
    const talks = result.engagements.filter(
      (d) =>
        d.event.type === 'meeting' &&
        d.event.participants.some((p) => p.personId === 'ilham-aliyev'),
    );
    expect(talks).toHaveLength(1);
    const [meeting] = talks;
    expect(meeting!.event.participants.map((p) => p.personId).sort()).toEqual([
      'aleksandar-vucic',
      'ilham-aliyev',
    ]);
    expect(meeting!.fields.type.needsReview).toBe(true);
    expect(meeting!.fields.type.evidence[0]).toMatchObject({
      quote: 'press statements',
      confidence: 'low',
      inferred: expect.stringMatching(/Joint press statements follow talks/),
    });
    const statement = result.engagements.find((d) => d.event.type === 'press-statement')!;
    expect(statement.fields.type.needsReview).toBe(false);
    expect(statement.event.visitId).toBe(meeting!.event.visitId);
  });

  it.each(['001', '004'])(
    'seed %s: the talks were in Belgrade, though the dateline says BAKU',
    (p) => {
      const result = draftSeed(bySeed(p));
      for (const d of result.engagements) {
        expect(d.event.place).toEqual({ city: 'Belgrade', country: 'RS' });
        expect(d.event.hostCountry).toBe('RS');
        expect(d.event.guestCountry).toBe('AZ');
        expect(d.event.visitId).toBe('2024-12-bayramov-serbia');
      }
    },
  );

  it('seed 002: "Vu?i?" is Aleksandar Vučić, on the phone call of August 7', () => {
    const call = draftSeed(bySeed('002')).engagements.find((d) => d.event.type === 'phone-call')!;
    expect(call.event.date).toBe('2020-08-07');
    expect(call.event.participants.map((p) => p.personId)).toEqual(
      expect.arrayContaining(['aleksandar-vucic', 'ilham-aliyev']),
    );
    expect(call.fields.participants.evidence.some((e) => e.quote.includes('Vu?i?'))).toBe(true);
    expect(call.event.place).toBeNull();
  });

  it('seed 002: the summons of July 20 is hosted by Azerbaijan; nobody is a guest', () => {
    const protest = draftSeed(bySeed('002')).engagements.find(
      (d) => d.event.type === 'diplomatic-protest',
    )!;
    expect(protest.event.date).toBe('2020-07-20');
    expect(protest.event.participants.map((p) => p.personId)).toEqual(['danica-veinovic']);
    expect(protest.event.placeInferred).toBe(true);
    expect(protest.event.placeNote).toMatch(/most frequent venue/);
  });

  it('seed 003: the author Qabil Ashirov and the commemorated Heydar Aliyev are skipped', () => {
    const result = draftSeed(bySeed('003'));
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Qabil Ashirov', reason: expect.stringMatching(/author/) }),
        expect.objectContaining({
          name: 'Heydar Aliyev',
          reason: expect.stringMatching(/commemorated/),
        }),
      ]),
    );
    const everyone = result.engagements.flatMap((d) => d.event.participants.map((p) => p.personId));
    expect(everyone).not.toContain('ilham-aliyev');
  });

  it('seed 003: talks, the signing, the press briefing and the tree planting share one trip', () => {
    const result = draftSeed(bySeed('003'));
    expect(result.engagements.map((d) => d.event.type)).toEqual([
      'meeting',
      'agreement',
      'press-statement',
      'ceremony',
    ]);
    expect(new Set(result.engagements.map((d) => d.event.visitId))).toEqual(
      new Set(['2023-11-bayramov-serbia']),
    );
    expect(result.engagements[0]!.event.title).toBe('Bayramov–Dačić talks in Belgrade');
    expect(result.engagements[0]!.event.topics).toContain('Southern Gas Corridor');
    expect(result.source).toEqual({
      id: 'azernews-2023-11-07-bayramov-dacic',
      publisher: 'Azernews',
      title: null,
      published: '2023-11-07',
    });
  });

  it('warns about a possible duplicate when the seed’s own engagement is still in the dataset', () => {
    const result = draftFromArticle(seedText(bySeed('001').seedFile), shippedDataset(), {});
    if (!result.ok) throw new Error(result.problem);
    expect(result.warnings.join('\n')).toContain('2024-12-23-bayramov-vucevic');
    expect(result.source.published).toBe('2024-12-23');
  });
});
