import { describe, expect, it } from 'vitest';
import type { DatasetInput } from '../../../src/data/schema';
import { validateDataset } from '../../../src/data/validate-dataset';
import { computeDashboard, filteredEvents } from '../../../src/model/dashboard';
import { buildIndex } from '../../../src/model/dataset-index';
import { documentsByYear } from '../../../src/model/documents-view';
import { coverageFacts, coverageLine, inferredCounts } from '../../../src/model/coverage';
import {
  countryColor,
  directionColor,
  ELSEWHERE_COLOR,
  NO_TRAVEL_COLOR,
} from '../../../src/model/colors';
import { eventDocuments, sourceDateLabel, tripLabel } from '../../../src/model/events-view';
import { emptyFilters, type Filters } from '../../../src/model/filters';
import { eventsCsv } from '../../../src/model/export-data';
import {
  visitChartRows,
  visitSeries,
  visitTotals,
  ELSEWHERE_KEY,
} from '../../../src/model/visits-view';
import { fixtureJson } from '../../support/dataset';

/**
 * The frozen fixture plus what the real record holds and the first release did not: a
 * meeting at a third-country venue (two events on one trip), a speaker's visit, and documents.
 */
function recordJson(): DatasetInput {
  const d = fixtureJson();
  d.meta.otherCountries = [...(d.meta.otherCountries ?? []), { code: 'DE', name: 'Germany' }];
  d.people!.push({ id: 'maja-gojkovic', name: 'Maja Gojković', country: 'RS' });
  d.events!.push(
    {
      id: '2015-02-07-munich-talks',
      date: '2015-02-07',
      datePrecision: 'day',
      type: 'meeting',
      place: { city: 'Munich', country: 'DE' },
      hostCountry: null,
      guestCountry: null,
      multilateralEvent: 'Munich Security Conference',
      visitId: '2015-02-munich',
      level: 'head-of-state',
      title: 'Presidents meet in Munich',
      participants: [
        { personId: 'ilham-aliyev', country: 'AZ' },
        { personId: 'aleksandar-vucic', country: 'RS' },
      ],
      sourceIds: ['trend-2023-12-10-nis-interconnector'],
    },
    {
      id: '2015-02-08-munich-lunch',
      date: '2015-02-08',
      datePrecision: 'day',
      type: 'meeting',
      place: { city: 'Munich', country: 'DE' },
      hostCountry: null,
      guestCountry: null,
      visitId: '2015-02-munich',
      level: 'head-of-state',
      title: 'Working lunch in Munich',
      sourceIds: ['trend-2023-12-10-nis-interconnector'],
    },
    {
      id: '2014-12-gojkovic-baku',
      date: '2014-12',
      datePrecision: 'month',
      type: 'visit',
      place: { city: 'Baku', country: 'AZ' },
      placeInferred: true,
      placeNote: 'The report is datelined Baku.',
      hostCountry: 'AZ',
      guestCountry: 'RS',
      level: 'parliament',
      title: 'Speaker Gojković visits Baku',
      participants: [{ personId: 'maja-gojkovic', country: 'RS' }],
      documents: [
        {
          title: 'Memorandum between the parliaments',
          kind: 'memorandum',
          signatories: ['maja-gojkovic'],
        },
        { title: 'Protocol on the friendship groups', kind: 'protocol' },
      ],
      sourceIds: ['trend-2023-12-10-nis-interconnector'],
    },
  );
  return d;
}

const result = validateDataset(recordJson());
if (!result.ok) throw new Error(JSON.stringify(result.issues));
const index = buildIndex(result.dataset);
const run = (f: Partial<Filters> = {}) => computeDashboard(index, { ...emptyFilters(), ...f });

describe('meetings at third-country venues', () => {
  it('are their own series, counted once per trip, and never a visit by either side', () => {
    const data = run();
    const y2015 = data.visits.find((v) => v.year === 2015)!;
    expect(y2015.elsewhere).toBe(1);
    expect(y2015.trips).toBe(0);
    expect(y2015.byDirection).toEqual({ 'AZ-RS': 0, 'RS-AZ': 0 });
    expect(y2015.contacts).toBe(0);
    // 7 bilateral trips in the fixture + the speaker's visit; Munich is not one.
    expect(data.headline.visits).toBe(8);
  });

  it('show in the chart as "Met in a third country", in both modes, stacked apart from the trips', () => {
    const series = visitSeries(index, 'direction', emptyFilters());
    expect(series.map((s) => [s.label, s.kind])).toEqual([
      ['Azerbaijan → Serbia', 'trips'],
      ['Serbia → Azerbaijan', 'trips'],
      ['Met in a third country', 'elsewhere'],
      ['Contacts without travel (calls, letters, protests)', 'contacts'],
    ]);
    expect(visitSeries(index, 'level', emptyFilters()).map((s) => s.label)).toContain(
      'Met in a third country',
    );
    const data = run();
    for (const mode of ['direction', 'level'] as const) {
      const row = visitChartRows(mode, data.visits).find((r) => r.year === 2015)!;
      expect([row.trips, row[ELSEWHERE_KEY], row.stack]).toEqual([0, 1, 1]);
    }
    expect(visitTotals(visitChartRows('direction', data.visits))).toMatchObject({
      trips: 8,
      elsewhere: 1,
    });
  });

  it('are offered by the direction filter, which selects them alone', () => {
    expect(index.directions.map((d) => d.key)).toContain('elsewhere');
    const picked = filteredEvents(index, run({ directions: ['elsewhere'] }).mask, 'oldest');
    expect(picked.map((e) => e.id)).toEqual(['2015-02-07-munich-talks', '2015-02-08-munich-lunch']);
    const series = visitSeries(index, 'direction', { directions: ['elsewhere'] });
    expect(series.filter((s) => s.highlighted).map((s) => s.label)).toEqual([
      'Met in a third country',
    ]);
  });

  it('are labelled as such in the events list, with the multilateral event', () => {
    const munich = index.events.find((e) => e.id === '2015-02-07-munich-talks')!;
    expect(tripLabel(index, munich)).toBe('Met in a third country, at Munich Security Conference');
  });
});

describe('the sector grid over a long record', () => {
  it('leaves out the run of years with no engagement, and says so', () => {
    const { years, skipped, rows } = run().sectors;
    expect(years).toEqual([2014, 2015, 2020, 2021, 2022, 2023, 2024]);
    expect(skipped).toEqual([{ from: 2016, to: 2019 }]);
    for (const r of rows) expect(r.counts).toHaveLength(years.length);
    const political = rows.find((r) => r.sectorId === 'political-dialogue')!;
    expect(political.counts.reduce((a, b) => a + b, 0)).toBe(political.total);
  });
});

describe('parliament', () => {
  it('is a level of its own in the level split', () => {
    const y2014 = run().visits.find((v) => v.year === 2014)!;
    expect(y2014.byLevel).toMatchObject({ parliament: 1, 'head-of-state': 0, other: 0 });
  });
});

describe('documents', () => {
  it('are counted in the headline and per year, following the filters', () => {
    expect(run().headline.documents).toBe(2);
    expect(documentsByYear(index, run().mask)).toEqual([
      { year: 2014, documents: 2, byKind: { memorandum: 1, protocol: 1 } },
    ]);
    expect(run({ from: 2020 }).headline.documents).toBe(0);
    expect(documentsByYear(index, run({ from: 2020 }).mask)).toEqual([]);
  });

  it('read in words, with their signatories', () => {
    const visit = index.events.find((e) => e.id === '2014-12-gojkovic-baku')!;
    expect(eventDocuments(index, visit)).toEqual([
      {
        title: 'Memorandum between the parliaments',
        kind: 'Memorandum',
        signatories: ['Maja Gojković'],
      },
      { title: 'Protocol on the friendship groups', kind: 'Protocol', signatories: [] },
    ]);
  });
});

describe('the CSV export', () => {
  it('carries documents, inferred places and the multilateral event', () => {
    const rows = eventsCsv(index, index.events).split('\r\n');
    const header = rows[0]!.replace('\uFEFF', '').split(',');
    for (const col of [
      'place_inferred',
      'place_note',
      'multilateral_event',
      'documents',
      'notes',
    ]) {
      expect(header).toContain(col);
    }
    const gojkovic = rows.find((r) => r.startsWith('2014-12-gojkovic-baku'))!;
    expect(gojkovic).toContain(
      'Memorandum: Memorandum between the parliaments (signed by Maja Gojković)',
    );
    expect(gojkovic).toContain('The report is datelined Baku.');
    const munich = rows.find((r) => r.startsWith('2015-02-07-munich-talks'))!;
    expect(munich).toContain('Munich Security Conference');
    expect(munich).toContain(',elsewhere,');
  });
});

describe('coverage', () => {
  it('claims no completeness without a coverage statement', () => {
    expect(coverageLine(result.dataset.meta, 19, 2014, 2024)).toBe(
      '2014–2024 · 19 engagements · coverage not stated by the dataset',
    );
    expect(coverageFacts(undefined)).toBeNull();
  });

  it('states the period searched and that it is not exhaustive', () => {
    const meta = {
      coverage: {
        from: '1991-12-31',
        to: '2026-12-01',
        method: 'm',
        lastSearched: '2026-12-01',
        gaps: ['g'],
      },
    };
    expect(coverageLine(meta, 176, 1991, 2026)).toBe(
      '1991–2026 · 176 engagements · from public reporting, not exhaustive',
    );
    expect(coverageFacts(meta.coverage)).toEqual({
      period: '31 Dec 1991 to 1 Dec 2026',
      method: 'm',
      lastSearched: '1 Dec 2026',
      gaps: ['g'],
    });
  });
});

describe('shared helpers of the record', () => {
  it('colour a direction by its kind', () => {
    const pair = result.dataset.meta.countries;
    expect(directionColor(pair, 'elsewhere', null)).toBe(ELSEWHERE_COLOR);
    expect(directionColor(pair, 'none', null)).toBe(NO_TRAVEL_COLOR);
    expect(directionColor(pair, 'visit', 'AZ')).toBe(countryColor(pair, 'AZ'));
  });

  it('date a source in words, or say the date is unknown', () => {
    expect(sourceDateLabel({ published: '2022-12-21' })).toBe('21 Dec 2022');
    expect(sourceDateLabel({})).toBe('date unknown');
  });

  it('count the inferred dates and places', () => {
    expect(inferredCounts(index.events)).toEqual({ dates: 4, places: 1 });
  });
});
