import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugId } from '../../../src/lib/text';
import { countryCode } from '../../../src/data/country-names';
import { parseParticipant } from '../../../src/data/csv-cells';
import { csvToDataset } from '../../../src/data/csv-import';
import { parseCsvRecords } from '../../../src/data/csv-records';
import { parseSource } from '../../../src/data/csv-source-cells';
import { csv, HEADER, problems, SOURCE, TODAY, valid } from './csv-test-helpers';

const TEMPLATE = resolve(__dirname, '../../../public/data/template.csv');
describe('parseCsvRecords (RFC 4180)', () => {
  it('reads quoted commas, doubled quotes and line breaks inside quotes', () => {
    const { records } = parseCsvRecords('a,b,c\n"x, y","say ""hi""","line 1\nline 2"\n');
    expect(records).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line 1\nline 2'],
    ]);
  });

  it('accepts CRLF, LF and lone CR line ends, a BOM and a missing final line break', () => {
    expect(parseCsvRecords('\uFEFFa,b\r\n1,2\r\n3,4').records).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseCsvRecords('a\r1\r').records).toEqual([['a'], ['1']]);
  });

  it('keeps empty fields, trailing separators and blank lines (as rows)', () => {
    expect(parseCsvRecords('a,,b,\n\n"",x').records).toEqual([['a', '', 'b', ''], [''], ['', 'x']]);
  });

  it('reports the row of a quoted field that is never closed', () => {
    const result = parseCsvRecords('a,b\n1,2\n"open,3\n4,5');
    expect(result.unclosedQuoteRow).toBe(3);
  });

  it('reads other separators', () => {
    expect(parseCsvRecords('a;"b;c"\n1;2', ';').records).toEqual([
      ['a', 'b;c'],
      ['1', '2'],
    ]);
  });

  it('reports progress after each megabyte of text, rising', () => {
    const fractions: number[] = [];
    const { records } = parseCsvRecords('x,y\n'.repeat(600_000), ',', (f) => fractions.push(f));
    expect(records).toHaveLength(600_000);
    expect(fractions).toHaveLength(2);
    expect(fractions[0]).toBeCloseTo((1 << 20) / 2_400_000, 5);
    expect(fractions[1]).toBeGreaterThan(fractions[0]!);
  });
});

describe('the CSV template', () => {
  it('parses to a valid dataset with the pair, a third country and URLs', () => {
    const dataset = valid(readFileSync(TEMPLATE, 'utf8'), 'template.csv');
    const rows = readFileSync(TEMPLATE, 'utf8')
      .split(/\r?\n/)
      .filter((l) => /^\d{4}/.test(l));
    expect(dataset.events).toHaveLength(rows.length);
    expect(dataset.meta.title).toBe('template');
    expect(dataset.meta.countries.map((c) => c.code).sort()).toEqual(['AZ', 'RS']);
    expect(dataset.meta.otherCountries).toEqual([{ code: 'BG', name: 'Bulgaria' }]);
    expect(dataset.meta.updated).toBe(TODAY);
    expect(dataset.meta.version).toBe(TODAY);
    const call = dataset.events.find((e) => e.type === 'phone-call')!;
    expect(call.guestCountry).toBeNull();
    expect(call.place).toBeNull();
    const belgrade = dataset.events.find((e) => e.place?.city === 'Belgrade')!;
    expect(belgrade.sourceIds).toHaveLength(2);
    expect(belgrade.documents.map((d) => [d.kind, d.signatories])).toEqual([
      ['declaration', ['ilham-aliyev', 'aleksandar-vucic']],
      ['memorandum', ['ilham-aliyev', 'aleksandar-vucic']],
    ]);
    const withUrl = dataset.sources.filter((s) => s.url !== undefined);
    expect(withUrl.map((s) => s.publisher).sort()).toEqual(['Trend', 'president.az']);
    const month = dataset.events.find((e) => e.date === '2022-12')!;
    expect(month.datePrecision).toBe('month');
    expect(month.dateInferred).toBe(true);
    expect(month.dateNote).toMatch(/press statements/);
  });
});

describe('people, sectors and sources named in the CSV', () => {
  it('creates each once, with ids from folded names', () => {
    const dataset = valid(
      csv(
        `2022-12-21,Talks,meeting,,Baku,AZ,AZ,RS,v1,head-of-state,"Aleksandar Vučić (President of Serbia, RS); Ilham Aliyev (President of Azerbaijan, AZ)",Energy; Defence industry,gas,${SOURCE},,`,
        `2024-11-11,COP29,meeting,,Baku,AZ,AZ,RS,v2,head-of-state,"Aleksandar Vučić (President of Serbia, RS)",energy; Climate & environment,,${SOURCE},,`,
        `2024-12-23,Call,phone-call,,,,,,,official,Aleksandar Vucic (RS),Energy,,https://en.trend.az/business/1.html,,`,
      ),
    );
    expect(dataset.people.map((p) => p.id)).toEqual(['aleksandar-vucic', 'ilham-aliyev']);
    const vucic = dataset.people[0]!;
    expect(vucic.name).toBe('Aleksandar Vučić');
    // Spellings that fold to the same text are not kept as aliases.
    expect(vucic.aliases).toEqual([]);
    expect(vucic.country).toBe('RS');
    expect(vucic.roles).toEqual([{ title: 'President of Serbia', asOf: '2024-11-11' }]);
    expect(dataset.sectors.map((s) => [s.id, s.label])).toEqual([
      ['energy', 'Energy'],
      ['defence-industry', 'Defence industry'],
      ['climate-environment', 'Climate & environment'],
    ]);
    expect(dataset.events.map((e) => e.sectors)).toEqual([
      ['energy', 'defence-industry'],
      ['energy', 'climate-environment'],
      ['energy'],
    ]);
    // The same "Publisher, date, Title" twice is one source; a bare URL is one more.
    expect(dataset.sources).toHaveLength(2);
    expect(dataset.events[0]!.sourceIds).toEqual(dataset.events[1]!.sourceIds);
    const bare = dataset.sources[1]!;
    expect(bare).toMatchObject({
      publisher: 'en.trend.az',
      published: '2024-12-23',
      publishedInferred: true,
      url: 'https://en.trend.az/business/1.html',
    });
    // Visits: two trips AZ host, RS guest; the call has no travel.
    expect(dataset.events[2]!.guestCountry).toBeNull();
  });

  it('gives a participant without a country the person’s country, else the host', () => {
    const dataset = valid(
      csv(
        `2022-12-21,Talks,meeting,,Baku,AZ,AZ,RS,,official,"Ana Brnabić; Jeyhun Bayramov",Energy,,${SOURCE},,`,
        `2023-01-10,Call,phone-call,,,,,,,official,"Ana Brnabić (Prime Minister, RS)",Energy,,${SOURCE},,`,
      ),
    );
    const [first] = dataset.events;
    expect(first!.participants).toEqual([
      { personId: 'ana-brnabic', role: '', country: 'RS' },
      { personId: 'jeyhun-bayramov', role: '', country: 'AZ' },
    ]);
    expect(dataset.people.find((p) => p.id === 'jeyhun-bayramov')!.country).toBe('AZ');
  });

  it('keeps a ";" inside a participant’s role', () => {
    const dataset = valid(
      csv(
        `2021,Talks,meeting,,,,AZ,RS,,,"Ivica Dačić (First Deputy PM; Foreign Minister, RS); Jeyhun Bayramov (AZ)",Energy,,${SOURCE},,`,
      ),
    );
    expect(dataset.events[0]!.participants).toEqual([
      { personId: 'ivica-dacic', role: 'First Deputy PM; Foreign Minister', country: 'RS' },
      { personId: 'jeyhun-bayramov', role: '', country: 'AZ' },
    ]);
  });
});

describe('cells: type, level, countries, columns, separators and formulas', () => {
  it('reads ids and labels for type and level, and country names', () => {
    const dataset = valid(
      csv(
        `2020-08,Call,Phone call,,,,Azerbaijan,serbia,,Head of state,Ilham Aliyev (AZ),Energy,,${SOURCE},yes,Month only`,
      ),
    );
    const e = dataset.events[0]!;
    expect(e).toMatchObject({
      type: 'phone-call',
      level: 'head-of-state',
      hostCountry: 'AZ',
      guestCountry: 'RS',
      datePrecision: 'month',
      dateInferred: true,
      dateNote: 'Month only',
    });
  });

  it('defaults type to meeting and level to official; free column order; unknown columns ignored', () => {
    const dataset = valid(
      [
        'Notes,Sources,Title,Date,Host country,guestCountry,Sectors',
        `ignored,${SOURCE},Talks,2021,AZ,RS,Energy`,
      ].join('\r\n'),
    );
    expect(dataset.events[0]).toMatchObject({
      type: 'meeting',
      level: 'official',
      date: '2021',
      datePrecision: 'year',
      title: 'Talks',
    });
  });

  it('reads a file separated by semicolons (as some spreadsheets save CSV)', () => {
    const dataset = valid(
      [
        'date;title;host_country;guest_country;sectors;sources',
        `2021-05-04;Talks;AZ;RS;"Energy; Trade";"Trend, 2021-05-04, Talks"`,
      ].join('\n'),
    );
    expect(dataset.events[0]!.sectors).toEqual(['energy', 'trade']);
  });

  it('removes the apostrophe that defuses spreadsheet formulas', () => {
    const dataset = valid(csv(`2021,'=SUM(A1),,'-5 degrees,,,AZ,RS,,,,Energy,,${SOURCE},,`));
    expect(dataset.events[0]!.title).toBe('=SUM(A1)');
    expect(dataset.events[0]!.summary).toBe('-5 degrees');
  });
});

describe('problems are reported by spreadsheet row and column', () => {
  it('names row 3 for a bad date and row 4 for an unknown type (header = row 1)', () => {
    const issues = problems(
      csv(
        `2022-12-21,Fine,meeting,,,,AZ,RS,,,,Energy,,${SOURCE},,`,
        `2022-02-30,Bad date,meeting,,,,AZ,RS,,,,Energy,,${SOURCE},,`,
        `2022-12-21,Bad type,bilateral chat,,,,AZ,RS,,,,Energy,,${SOURCE},,`,
      ),
    );
    expect(issues).toEqual([
      'row 3: date: day 30 does not exist in 2022-02',
      expect.stringMatching(
        /^row 4: type: "bilateral chat" is not an event type \(use one of: visit, meeting/,
      ),
    ]);
  });

  it('counts quoted line breaks as one row, like a spreadsheet', () => {
    const issues = problems(
      csv(
        `2022-12-21,"Two\nlines",meeting,"Summary\nover\nthree lines",,,AZ,RS,,,,Energy,,${SOURCE},,`,
        `2022-13,Bad month,meeting,,,,AZ,RS,,,,Energy,,${SOURCE},,`,
      ),
    );
    expect(issues).toEqual(['row 3: date: month 13 does not exist']);
  });

  it('explains ambiguous and two-digit-year dates, missing sources and bad booleans', () => {
    const issues = problems(
      csv(
        `03/07/2020,Ambiguous,meeting,,,,AZ,RS,,,,Energy,,${SOURCE},,`,
        `2021,No source,meeting,,,,AZ,RS,,,,Energy,,,maybe,`,
        `20.07.20,Short year,meeting,,,,AZ,RS,,,,Energy,,${SOURCE},,`,
      ),
    );
    expect(issues).toEqual([
      'row 2: date: "03/07/2020" could be 2020-03-07 (month first) or 2020-07-03 (day first): write it YYYY-MM-DD or DD.MM.YYYY',
      'row 3: date_inferred: "maybe" must be true or false',
      'row 3: sources: is empty: every engagement must cite at least one source',
      'row 4: date: "20.07.20" must be written YYYY-MM-DD or DD.MM.YYYY, with a four-digit year',
    ]);
  });

  it('reads the date forms spreadsheets write in Serbian, Azerbaijani and English locales', () => {
    const rows = [
      '23.12.2024',
      '23. 12. 2024.',
      '12/23/2024',
      '23/12/2024',
      '23-12-2024',
      '23 December 2024',
      '"December 23, 2024"',
      '23. decembar 2024.',
      '23. децембар 2024.',
      '23 dekabr 2024',
      '2024-12-23T00:00:00',
    ].map((d, i) => `${d},Talks ${i},meeting,,,,AZ,RS,,,,Energy,,${SOURCE},,`);
    const dataset = valid(csv(...rows, `iyul 2021,Month,meeting,,,,AZ,RS,,,,Energy,,${SOURCE},,`));
    expect(dataset.events.map((e) => e.date)).toEqual([...rows.map(() => '2024-12-23'), '2021-07']);
    expect(dataset.events.at(-1)!.datePrecision).toBe('month');
  });

  it('rejects badly written sources and non-http(s) URLs', () => {
    const issues = problems(
      csv(
        `2021,Talks,meeting,,,,AZ,RS,,,,Energy,,Trend,,`,
        `2021,Talks 2,meeting,,,,AZ,RS,,,,Energy,,javascript:alert(1),,`,
      ),
    );
    expect(issues).toEqual([
      'row 2: sources: "Trend" must be written "Publisher, YYYY-MM-DD, Title" or be a URL',
      'row 3: sources: url of "javascript:alert(1)": must be an http(s) URL',
    ]);
  });

  it('maps a person’s problem to the row that first names them', () => {
    const long = 'N'.repeat(10_000);
    const issues = problems(
      csv(
        `2021,Fine,meeting,,,,AZ,RS,,,Ilham Aliyev (AZ),Energy,,${SOURCE},,`,
        `2022,Long,meeting,,,,AZ,RS,,,${long} (RS),Energy,,${SOURCE},,`,
      ),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(
      /^row 3: participants: name of "N{60}…": Too big: expected string to have <=300 characters$/,
    );
  });
});

describe('problems of the file as a whole', () => {
  it('names missing required columns on row 1', () => {
    expect(problems('title,host_country\nTalks,AZ')).toEqual([
      'row 1: date: this column is missing (every file needs date, title and sources)',
      'row 1: sources: this column is missing (every file needs date, title and sources)',
    ]);
    expect(problems('foo,bar\n1,2')[0]).toMatch(
      /^row 1: \(header\): the first row must name the columns/,
    );
  });

  it('needs two countries and one sector', () => {
    expect(problems(csv(`2021,Talks,meeting,,,,AZ,,,,,,,${SOURCE},,`))).toEqual([
      expect.stringMatching(/^host_country: only one country \(AZ\) appears/),
      expect.stringMatching(/^sectors: no row names a sector/),
    ]);
  });

  it('reports a header without rows and an unclosed quote', () => {
    expect(problems(`${HEADER}\n\n`)).toEqual(['(file): has a header row but no engagements']);
    expect(problems(csv('2021,"Talks,meeting'))).toEqual([
      'row 2: (file): a quoted field starts here but its closing quote (") is missing',
    ]);
  });
});

describe('helpers', () => {
  it('parses participants in every documented shape', () => {
    expect(
      parseParticipant('Nebojša Stefanović (Deputy Prime Minister, Interior Minister, RS)'),
    ).toEqual({
      name: 'Nebojša Stefanović',
      role: 'Deputy Prime Minister, Interior Minister',
      country: 'RS',
    });
    expect(parseParticipant('Rumen Radev (BG)')).toEqual({
      name: 'Rumen Radev',
      role: '',
      country: 'BG',
    });
    expect(parseParticipant('Rumen Radev (President)')).toEqual({
      name: 'Rumen Radev',
      role: 'President',
      country: null,
    });
    expect(parseParticipant('Rumen Radev')).toEqual({
      name: 'Rumen Radev',
      role: '',
      country: null,
    });
  });

  it('parses sources', () => {
    expect(parseSource('Trend, 2024-12-23, A, B, C, https://en.trend.az/x')).toEqual({
      publisher: 'Trend',
      published: '2024-12-23',
      title: 'A, B, C',
      url: 'https://en.trend.az/x',
    });
    expect(parseSource('https://example.org/a')).toEqual({ url: 'https://example.org/a' });
    expect(parseSource('Politika, 23.12.2024, Sastanak u Beogradu')).toEqual({
      publisher: 'Politika',
      published: '2024-12-23',
      title: 'Sastanak u Beogradu',
    });
    expect(parseSource('Trend, 2024-02-30, A')).toEqual({
      problem: 'has a publication date that does not exist: day 30 does not exist in 2024-02',
    });
  });

  it('makes slugs and country codes', () => {
    expect(slugId('Marko Đurić')).toBe('marko-djuric');
    expect(slugId('محمد')).toBe('');
    expect(slugId('one two three', 9)).toBe('one-two');
    expect(countryCode(' rs ')).toBe('RS');
    expect(countryCode('Türkiye')).toBe('TR');
    expect(countryCode('Narnia')).toBe('Narnia');
  });

  it('keeps the same Arabic name as one person even without an ASCII slug', () => {
    const result = csvToDataset(
      csv(
        `2021,A,meeting,,,,AZ,RS,,,محمد (AZ),Energy,,${SOURCE},,`,
        `2022,B,meeting,,,,AZ,RS,,,محمد (AZ),Energy,,${SOURCE},,`,
      ),
      { name: 'x.csv', today: TODAY },
    );
    expect(result.dataset!.people).toHaveLength(1);
    expect(result.dataset!.people[0]!.id).toBe('person');
  });
});
