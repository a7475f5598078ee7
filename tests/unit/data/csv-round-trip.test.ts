import { describe, expect, it } from 'vitest';
import { eventsCsv } from '../../../src/model/export-data';
import { loadDataset } from '../../../src/state/load-dataset';
import { fixtureJson, loadFixture, shippedJson } from '../../support/dataset';
import { expectSameEvents, HEADER, problems, SOURCE, valid } from './csv-test-helpers';
import type { Dataset } from '../../../src/data/schema';

/** The sources the engagements cite: the CSV holds engagements, not the places table. */
const citedByEvents = (d: Dataset) => {
  const cited = new Set(d.events.flatMap((e) => e.sourceIds));
  return d.sources.filter((s) => cited.has(s.id));
};

describe('the app’s own "Download CSV (engagements)"', () => {
  it('round-trips: same events, people, sectors, countries', () => {
    const shipped = loadFixture();
    const text = eventsCsv(shipped.index, shipped.index.events);
    const dataset = valid(text, 'az-rs-events.csv');
    const original = shipped.dataset;
    expect(dataset.events).toHaveLength(original.events.length);
    expect(dataset.people.map((p) => p.id).sort()).toEqual(original.people.map((p) => p.id).sort());
    expect(dataset.sectors.map((s) => s.id).sort()).toEqual(
      original.sectors.map((s) => s.id).sort(),
    );
    expect(dataset.sources).toHaveLength(citedByEvents(original).length);
    expect(dataset.meta.countries.map((c) => c.code).sort()).toEqual(['AZ', 'RS']);
    expect(dataset.meta.otherCountries.map((c) => c.code)).toEqual(['BG']);
    expectSameEvents(dataset, original);
    // A source title holding ";" survives the "; "-joined list.
    expect(dataset.sources.map((s) => s.title)).toContain(
      'Bayramov and Dačić hold talks in Serbia; agreement signed',
    );
    expect(
      dataset.sources.find((s) => s.publisher === 'president.az' && s.published === '2022-11-23')
        ?.url,
    ).toBe('https://president.az/en/articles/view/57975');
  });
});

describe('every column the export writes that holds event data reads back', () => {
  it('keeps place_inferred, place_note, multilateral_event, documents and notes', () => {
    // The frozen fixture sets none of these: give a few of its events each of them.
    const json = fixtureJson();
    const [summons, call, talks, , belgrade] = json.events;
    Object.assign(summons!, { placeInferred: true, placeNote: 'Taken from the ministry, "Baku".' });
    Object.assign(call!, { multilateralEvent: 'UN General Assembly, 75th session' });
    Object.assign(talks!, {
      notes: 'Sources differ: one says 11 August; the other, 12.\nKept 11.',
    });
    belgrade!.documents = [
      {
        title: 'Joint Declaration on the Strategic Partnership',
        kind: 'declaration',
        signatories: ['ilham-aliyev', 'aleksandar-vucic'],
      },
      // A ";", a ":" and parentheses in a title; "other" is written "Document".
      { title: 'Memo (draft): energy; transport', kind: 'other', signatories: [] },
      { title: 'Protocol on visas', kind: 'protocol', signatories: ['aleksandar-vucic'] },
    ];
    const loaded = loadDataset(json, 'data/az-rs.json');
    const dataset = valid(eventsCsv(loaded.index, loaded.index.events), 'az-rs-events.csv');
    expectSameEvents(dataset, loaded.dataset);
    const byId = (id: string) => dataset.events.find((e) => e.id === id)!;
    expect(byId(summons!.id)).toMatchObject({ placeInferred: true, placeNote: summons!.placeNote });
    expect(byId(call!.id).multilateralEvent).toBe('UN General Assembly, 75th session');
    expect(byId(talks!.id).notes).toBe(talks!.notes);
    expect(byId(belgrade!.id).documents).toEqual(belgrade!.documents);
  });

  it('reads back the shipped dataset, sources without a publication date included', () => {
    const loaded = loadDataset(shippedJson(), 'data/az-rs.json');
    const dataset = valid(eventsCsv(loaded.index, loaded.index.events), 'az-rs-events.csv');
    expect(dataset.events).toHaveLength(loaded.dataset.events.length);
    expectSameEvents(dataset, loaded.dataset);
    const undated = citedByEvents(loaded.dataset).filter((s) => s.published === undefined);
    expect(undated.length).toBeGreaterThan(0);
    for (const s of undated) {
      const back = dataset.sources.find((x) => x.publisher === s.publisher && x.title === s.title);
      expect(back?.published).toBeUndefined();
      expect(back?.publishedNote).toMatch(/date unknown/);
    }
  });

  it('reads documents written by hand and says what is wrong with them', () => {
    const header = `${HEADER},documents`;
    const row = (documents: string) =>
      `2022-11-23,Talks,agreement,,,,RS,AZ,,,"Ilham Aliyev (AZ); Aleksandar Vučić (RS)",Energy,,${SOURCE},,,"${documents}"`;
    const dataset = valid(
      [header, row('memorandum: On energy (signed by Aleksandar Vucic); Treaty: Friendship')].join(
        '\n',
      ),
    );
    expect(dataset.events[0]!.documents).toEqual([
      { kind: 'memorandum', title: 'On energy', signatories: ['aleksandar-vucic'] },
      { kind: 'treaty', title: 'Friendship', signatories: [] },
    ]);
    expect(
      problems([header, row('A memorandum; Agreement: Gas (signed by Rumen Radev)')].join('\n')),
    ).toEqual([
      expect.stringMatching(/^row 2: documents: "A memorandum" must be written "Kind: Title"/),
      'row 2: documents: "Rumen Radev" signed "Gas" but is not one of the participants',
    ]);
  });

  it('reads place_inferred as true/false and maps its validation problem to the column', () => {
    const header = `${HEADER},place_inferred`;
    expect(
      problems([header, `2021,Talks,meeting,,,,AZ,RS,,,,Energy,,${SOURCE},,,maybe`].join('\n')),
    ).toEqual(['row 2: place_inferred: "maybe" must be true or false']);
    expect(
      problems([header, `2021,Talks,meeting,,,,AZ,RS,,,,Energy,,${SOURCE},,,yes`].join('\n')),
    ).toEqual(['row 2: place_inferred: is true but the event has no place']);
  });
});
