import { describe, expect, it } from 'vitest';
import { dateProblem, validateDataset } from '../../../src/data/validate-dataset';
import { fixtureJson } from '../../support/dataset';

type Json = ReturnType<typeof fixtureJson>;

function issuesAfter(mutate: (d: Json) => void) {
  const d = fixtureJson();
  mutate(d);
  const result = validateDataset(d);
  if (result.ok) throw new Error('expected the dataset to be invalid');
  return result.issues.map((i) => `${i.path}: ${i.reason}`);
}

const ev = (d: Json, i: number) => d.events[i]!;

describe('the frozen 16-engagement fixture', () => {
  it('validates with every event, person, sector and source', () => {
    const result = validateDataset(fixtureJson());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events).toHaveLength(16);
    expect(result.dataset.people).toHaveLength(14);
    expect(result.dataset.sectors).toHaveLength(12);
    // Nine cited by the engagements, three by the places table.
    expect(result.dataset.sources).toHaveLength(12);
    expect(result.dataset.places).toHaveLength(3);
  });

  it('cites at least one source per event and marks the undated seed as inferred 2022', () => {
    const d = fixtureJson();
    for (const e of d.events) expect(e.sourceIds.length).toBeGreaterThan(0);
    const press = d.events.find((e) => e.id === '2022-12-21-presidents-press')!;
    expect(press.date).toBe('2022-12-21');
    expect(press.dateInferred).toBe(true);
    expect(press.dateNote).toMatch(/president\.az/);
    expect(press.dateNote).toMatch(/2024/);
  });

  it('lists no article author or commemorated person as a participant', () => {
    const d = fixtureJson();
    const names = d.people.map((p) => p.name);
    expect(names).not.toContain('Qabil Ashirov');
    expect(names).not.toContain('Heydar Aliyev');
    const vucic = d.people.find((p) => p.id === 'aleksandar-vucic')!;
    expect(vucic.aliases).toEqual(expect.arrayContaining(['Vucic', 'Vučić', 'Vu?i?']));
    expect(d.people.find((p) => p.id === 'ivica-dacic')!.aliases).toContain('Ivitsa Dacic');
  });

  it('covers every engagement the issue names, each with its source', () => {
    const d = fixtureJson();
    const byDate = (date: string) => d.events.filter((e) => e.date === date);
    expect(byDate('2020-07-20')[0]!.type).toBe('diplomatic-protest');
    expect(byDate('2020-08-07')[0]!.type).toBe('phone-call');
    expect(byDate('2022-11-23')[0]!.sourceIds).toContain('president-az-2022-11-23-belgrade-visit');
    expect(byDate('2023-12-10')[0]!.place).toEqual({ city: 'Niš', country: 'RS' });
    expect(byDate('2024-11-11')[0]!.sourceIds).toContain('trend-2024-11-11-cop29-vucic');
    const dec2024 = byDate('2024-12-23');
    expect(dec2024).toHaveLength(2);
    expect(new Set(dec2024.map((e) => e.visitId)).size).toBe(1);
  });
});

describe('validation rules', () => {
  it('reports a missing required field by path', () => {
    expect(issuesAfter((d) => delete (d.meta as Partial<Json['meta']>).title)).toContain(
      'meta.title: is required',
    );
  });

  it('rejects duplicate ids', () => {
    expect(
      issuesAfter((d) => {
        ev(d, 1).id = ev(d, 0).id;
      }),
    ).toContain(`events[1].id: duplicate id "${'2020-07-20-summons-veinovic'}"`);
  });

  it('rejects an unknown person, sector or source', () => {
    const issues = issuesAfter((d) => {
      ev(d, 0).participants![0]!.personId = 'nobody';
      ev(d, 0).sectors![0] = 'astrology';
      ev(d, 0).sourceIds[0] = 'rumour';
    });
    expect(issues).toContain('events[0].participants[0].personId: unknown person "nobody"');
    expect(issues).toContain('events[0].sectors[0]: unknown sector "astrology"');
    expect(issues).toContain('events[0].sourceIds[0]: unknown source "rumour"');
  });

  it('rejects dates that do not exist or do not match their precision', () => {
    expect(issuesAfter((d) => void (ev(d, 0).date = '2023-02-29'))).toContain(
      'events[0].date: day 29 does not exist in 2023-02',
    );
    expect(issuesAfter((d) => void (ev(d, 0).date = '2020-13-01'))[0]).toMatch(
      /^events\[0\]\.date: month 13/,
    );
    expect(issuesAfter((d) => void (ev(d, 0).date = '2020-07'))[0]).toMatch(
      /^events\[0\]\.date: "2020-07" does not match datePrecision "day"/,
    );
    expect(issuesAfter((d) => void (ev(d, 0).date = '20-7-2020'))[0]).toMatch(
      /^events\[0\]\.date: must be YYYY, YYYY-MM or YYYY-MM-DD/,
    );
  });

  it('accepts year- and month-precision dates', () => {
    const d = fixtureJson();
    ev(d, 0).date = '2020';
    ev(d, 0).datePrecision = 'year';
    ev(d, 1).date = '2020-08';
    ev(d, 1).datePrecision = 'month';
    expect(validateDataset(d).ok).toBe(true);
    expect(dateProblem('2024-02-29', 'day')).toBeNull();
    expect(dateProblem('2024-02', 'month')).toBeNull();
  });
});

describe('validation rules: countries and sources', () => {
  it('rejects a guest that is its own host', () => {
    expect(
      issuesAfter((d) => {
        const e = d.events.find((x) => x.id === '2023-12-10-nis-gas-interconnector')!;
        e.guestCountry = 'RS';
      }).some((i) => i.includes('.guestCountry: guest and host are both "RS"')),
    ).toBe(true);
  });

  it('rejects engagements of one trip that disagree on guest and host', () => {
    const issues = issuesAfter((d) => {
      const e = d.events.find((x) => x.id === '2024-12-23-bayramov-djuric-press')!;
      e.guestCountry = 'RS';
      e.hostCountry = 'AZ';
    });
    expect(
      issues.some((i) => /^events\[\d+\]\.visitId: visit "2024-12-bayramov-serbia"/.test(i)),
    ).toBe(true);
  });

  it('rejects an unknown country code', () => {
    expect(issuesAfter((d) => void (d.people[0]!.country = 'XX'))).toContain(
      'people[0].country: unknown country "XX" (add it to meta.countries or meta.otherCountries)',
    );
  });

  it('rejects a source link that is not http(s)', () => {
    expect(issuesAfter((d) => void (d.sources[5]!.url = 'javascript:alert(1)'))).toContain(
      'sources[5].url: must be an http(s) URL',
    );
  });

  it('rejects input that is not a dataset at all', () => {
    const result = validateDataset('hello');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.path).toBe('(root)');
  });

  it('accepts a source without a publication date ("date unknown"), with or without a note', () => {
    const d = fixtureJson();
    delete d.sources[1]!.published;
    d.sources[1]!.publishedNote = 'The stored page carries no date.';
    delete d.sources[2]!.published;
    expect(validateDataset(d).ok).toBe(true);
  });
});

describe('null means absent', () => {
  it('reads null in optional fields as missing, and fills in the defaults', () => {
    const d = fixtureJson() as unknown as {
      sources: Record<string, unknown>[];
      events: Record<string, unknown>[];
    };
    Object.assign(d.sources[0]!, { published: null, publishedNote: null, url: null, note: null });
    Object.assign(d.events[0]!, { dateNote: null, summary: null, topics: null, place: null });
    const result = validateDataset(d);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.sources[0]).not.toHaveProperty('published');
    expect(result.dataset.events[0]).toMatchObject({ summary: '', topics: [], place: null });
    expect(result.dataset.events[0]).not.toHaveProperty('dateNote');
  });

  it('names a required field that is null', () => {
    expect(issuesAfter((d) => void ((d.sources[0] as { title: unknown }).title = null))).toEqual([
      'sources[0].title: is null, but it is required (give it a value)',
    ]);
  });

  it('accepts a place with a city and no country, and rejects one with neither', () => {
    const d = fixtureJson();
    ev(d, 3).place = { city: 'Belgrade', country: null as unknown as string };
    expect(validateDataset(d).ok).toBe(true);
    expect(issuesAfter((x) => void (ev(x, 3).place = { city: ' ' } as never))).toEqual([
      'events[3].place.country: must name a country, or at least a city',
    ]);
  });
});

describe('validation rules: documents, places and coverage', () => {
  it('rejects a signatory who is not among the people', () => {
    expect(
      issuesAfter(
        (d) =>
          void (ev(d, 4).documents = [
            { title: 'Joint declaration', kind: 'declaration', signatories: ['ghost'] },
          ]),
      ),
    ).toContain('events[4].documents[0].signatories[0]: unknown person "ghost"');
  });

  it('rejects an unknown document kind', () => {
    const issues = issuesAfter(
      (d) =>
        void (ev(d, 4).documents = [
          { title: 'Treaty', kind: 'napkin' as 'treaty', signatories: [] },
        ]),
    );
    expect(issues.some((i) => i.startsWith('events[4].documents[0].kind:'))).toBe(true);
  });

  it('rejects a third country as host, and a visit held outside its host country', () => {
    expect(
      issuesAfter((d) => {
        ev(d, 2).hostCountry = 'BG';
      }).some((i) => i.startsWith('events[2].hostCountry: "BG" is not one of the pair')),
    ).toBe(true);
    expect(
      issuesAfter((d) => {
        ev(d, 4).place = { city: 'Sofia', country: 'BG' };
      }),
    ).toContain('events[4].place.country: a visit hosted by "RS" cannot take place in "BG"');
  });

  it('accepts a meeting at a third-country venue with no host or guest', () => {
    const d = fixtureJson();
    Object.assign(ev(d, 4), {
      place: { city: 'Sofia', country: 'BG' },
      hostCountry: null,
      guestCountry: null,
      visitId: null,
      multilateralEvent: 'Gas interconnector opening',
    });
    expect(validateDataset(d).ok).toBe(true);
  });

  it('rejects an inferred place on an engagement without a place', () => {
    expect(issuesAfter((d) => void (ev(d, 1).placeInferred = true))).toContain(
      'events[1].placeInferred: is true but the event has no place',
    );
  });

  it('validates a coverage statement', () => {
    const issues = issuesAfter(
      (d) =>
        void (d.meta.coverage = {
          from: '1997',
          to: 'soon',
          method: 'Searched.',
          lastSearched: '2026-12-01',
        }),
    );
    expect(issues).toContain('meta.coverage.to: must be YYYY, YYYY-MM or YYYY-MM-DD');
  });
});
