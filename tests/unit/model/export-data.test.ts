import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/validate-dataset';
import { loadDataset } from '../../../src/state/load-dataset';
import { computeDashboard, filteredEvents } from '../../../src/model/dashboard';
import {
  csvField,
  CSV_BOM,
  EVENT_COLUMNS,
  eventsCsv,
  filteredDataset,
  filteredDatasetJson,
  PEOPLE_COLUMNS,
  peopleCsv,
  roleText,
} from '../../../src/model/export-data';
import { emptyFilters, type Filters } from '../../../src/model/filters';
import { loadFixture, fixtureJson } from '../../support/dataset';

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r' || ch === '"') {
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}: not RFC 4180`);
    } else {
      field += ch;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) throw new Error('last record has no CRLF');
  return rows;
}

const withoutBom = (csv: string) => {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  return csv.slice(1);
};

const { index } = loadFixture();
const run = (f: Partial<Filters> = {}) => {
  const filters = { ...emptyFilters(), ...f };
  const data = computeDashboard(index, filters);
  return { filters, data, events: filteredEvents(index, data.mask, 'oldest') };
};

describe('csvField', () => {
  it('quotes fields with a comma, quote, CR or LF and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
    expect(csvField(false)).toBe('false');
  });

  it('defuses spreadsheet formulas with a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('2022-12-21')).toBe('2022-12-21');
  });
});

describe('eventsCsv', () => {
  it('starts with a BOM and has the header and one CRLF row per engagement', () => {
    const csv = eventsCsv(index, run().events);
    const rows = parseCsv(withoutBom(csv));
    expect(rows[0]).toEqual([...EVENT_COLUMNS]);
    expect(rows).toHaveLength(16 + 1);
    for (const r of rows) expect(r).toHaveLength(EVENT_COLUMNS.length);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has the 5 energy engagements under the energy filter, oldest first', () => {
    const rows = parseCsv(withoutBom(eventsCsv(index, run({ sectors: ['energy'] }).events)));
    expect(rows).toHaveLength(5 + 1);
    const col = (name: string) => EVENT_COLUMNS.indexOf(name as (typeof EVENT_COLUMNS)[number]);
    expect(rows.slice(1).map((r) => r[col('date')])).toEqual([
      '2022-12-21',
      '2023-11-07',
      '2023-12-10',
      '2024-12-23',
      '2024-12-23',
    ]);
    for (const r of rows.slice(1)) expect(r[col('sector_ids')]!.split('; ')).toContain('energy');
  });

  it('keeps Vučić, participants with role and country, sources and directions', () => {
    const rows = parseCsv(withoutBom(eventsCsv(index, run().events)));
    const header = rows[0]!;
    const get = (id: string, name: string) => rows.find((r) => r[0] === id)![header.indexOf(name)]!;
    const id = '2022-12-21-presidents-press';
    expect(get(id, 'participants')).toContain('Aleksandar Vučić (');
    expect(get(id, 'participants')).toMatch(/Ilham Aliyev \([^)]*, AZ\)/);
    expect(get(id, 'person_ids').split('; ')).toEqual(
      expect.arrayContaining(['ilham-aliyev', 'aleksandar-vucic']),
    );
    expect(get(id, 'direction')).toBe('RS-AZ');
    expect(get(id, 'guest_country')).toBe('RS');
    expect(get(id, 'host_country')).toBe('AZ');
    expect(get(id, 'sectors')).toBe('Energy; Defence industry; Political dialogue');
    expect(get(id, 'sources')).toContain(
      'president.az, 2022-12-21, Presidents of Azerbaijan and Serbia made press statements',
    );
    expect(get(id, 'source_urls')).toContain('https://president.az/en/articles/view/58254');
    expect(get('2020-08-07-call-aliyev-vucic', 'direction')).toBe('none');
    expect(get('2020-08-07-call-aliyev-vucic', 'visit_id')).toBe('');
  });

  it('round-trips a title with a comma, a quote and a newline', () => {
    const json = fixtureJson();
    const tricky = 'Talks, "frank" and\r\nlong; =1+1';
    json.events[0]!.title = tricky;
    json.events[0]!.summary = 'line one\nline two';
    const { index: idx } = loadDataset(json, 'test');
    const events = filteredEvents(idx, computeDashboard(idx, emptyFilters()).mask, 'oldest');
    const rows = parseCsv(withoutBom(eventsCsv(idx, events)));
    const row = rows.find((r) => r[0] === json.events[0]!.id)!;
    expect(row[EVENT_COLUMNS.indexOf('title')]).toBe(tricky);
    expect(row[EVENT_COLUMNS.indexOf('summary')]).toBe('line one\nline two');
    expect(rows).toHaveLength(17);
  });
});

describe('peopleCsv', () => {
  it('lists the ranked people with roles, aliases and counts', () => {
    const { data } = run();
    const rows = parseCsv(withoutBom(peopleCsv(index, data.people)));
    expect(rows[0]).toEqual([...PEOPLE_COLUMNS]);
    expect(rows).toHaveLength(data.people.length + 1);
    const vucic = rows.find((r) => r[0] === 'aleksandar-vucic')!;
    expect(vucic[1]).toBe('Aleksandar Vučić');
    expect(vucic[2]).toBe('RS');
    expect(vucic[3]).toBe('Serbia');
    expect(vucic[4]).toContain('Vucic');
    expect(vucic[5]).toMatch(/^President of Serbia \(as of \d{4}-\d{2}-\d{2}\)/);
    expect(Number(vucic[6])).toBe(
      data.people.find((p) => p.personId === 'aleksandar-vucic')!.engagements,
    );
  });

  it('counts under the current filters', () => {
    const { data } = run({ sectors: ['energy'] });
    const rows = parseCsv(withoutBom(peopleCsv(index, data.people)));
    const total = rows.slice(1).reduce((s, r) => s + Number(r[6]), 0);
    expect(total).toBe(data.people.reduce((s, p) => s + p.engagements, 0));
    expect(rows.length - 1).toBe(data.people.length);
  });

  it('writes role dates', () => {
    expect(roleText({ title: 'Minister' })).toBe('Minister');
    expect(roleText({ title: 'Minister', from: '2020-01-01', to: '2022-10-26' })).toBe(
      'Minister (2020-01-01 – 2022-10-26)',
    );
    expect(roleText({ title: 'Minister', from: '2020-01-01', asOf: '2021-02-03' })).toBe(
      'Minister (from 2020-01-01, as of 2021-02-03)',
    );
  });
});

describe('filteredDatasetJson', () => {
  it('exports the energy filter as a valid dataset of 5 engagements', () => {
    const { filters, events } = run({ sectors: ['energy'] });
    const text = filteredDatasetJson(index, events, filters);
    expect(text).toContain('\n  "meta": {');
    const parsed: unknown = JSON.parse(text);
    const result = validateDataset(parsed);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.dataset.events).toHaveLength(5);
    expect(result.dataset.sectors).toHaveLength(index.sectors.length);
    expect(result.dataset.meta.title).toBe(index.dataset.meta.title);
    expect(result.dataset.meta.description).toContain(
      'Filtered: Sector: Energy (5 of 16 engagements).',
    );
    const people = new Set(
      result.dataset.events.flatMap((e) => e.participants.map((p) => p.personId)),
    );
    expect(new Set(result.dataset.people.map((p) => p.id))).toEqual(people);
    const sources = new Set(result.dataset.events.flatMap((e) => e.sourceIds));
    expect(new Set(result.dataset.sources.map((s) => s.id))).toEqual(sources);
    expect(result.dataset.sources.length).toBeLessThan(index.dataset.sources.length);
  });

  it('exports everything unchanged but for the description when nothing is filtered', () => {
    const { filters, events } = run();
    const out = filteredDataset(index, events, filters);
    const result = validateDataset(out);
    expect(result.ok).toBe(true);
    expect(out.events).toHaveLength(16);
    expect(out.people).toHaveLength(index.dataset.people.length);
    expect(out.meta.description).toContain('Filtered: All engagements');
  });

  it('still validates when the filter caption is very long', () => {
    const { filters, events } = run({ q: 'Vučić '.repeat(2000) });
    const result = validateDataset(filteredDataset(index, events, filters));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.meta.description.length).toBeLessThanOrEqual(2000);
  });

  it('validates an empty selection', () => {
    const { filters, events } = run({ q: 'no-such-term-anywhere' });
    expect(events).toHaveLength(0);
    expect(validateDataset(filteredDataset(index, events, filters)).ok).toBe(true);
  });
});
