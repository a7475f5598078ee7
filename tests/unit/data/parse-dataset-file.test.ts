import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EVENTS_PER_MESSAGE,
  MAX_LISTED_ISSUES,
  collectDatasetJob,
  formatIssue,
  type DatasetJobMessage,
} from '../../../src/data/dataset-job';
import {
  decodeDatasetBuffer,
  detectFormat,
  parseDatasetFile,
  runDatasetJob,
} from '../../../src/data/parse-dataset-file';
import { fixtureJson } from '../../support/dataset';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../fixtures', name), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('parseDatasetFile: JSON', () => {
  it('accepts the shipped dataset', () => {
    const result = parseDatasetFile(JSON.stringify(fixtureJson()), 'az-rs.json');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.format).toBe('json');
      expect(result.dataset.events).toHaveLength(16);
    }
  });

  it('lists problems as path: reason', () => {
    const broken = fixtureJson();
    broken.events[0]!.date = '2020-02-30';
    broken.events[1]!.participants![0]!.personId = 'ghost';
    const result = parseDatasetFile(JSON.stringify(broken), 'mine.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe('mine.json is not a valid dataset (2 problems)');
    expect(result.issues.map(formatIssue)).toEqual([
      'events[0].date: day 30 does not exist in 2020-02',
      'events[1].participants[0].personId: unknown person "ghost"',
    ]);
  });

  it('lists at most 50 problems and counts the rest', () => {
    const broken = fixtureJson();
    for (let i = 0; i < 73; i++) {
      broken.people.push({ id: `p-${i}`, name: `P ${i}`, country: 'XX' });
    }
    const result = parseDatasetFile(JSON.stringify(broken), 'many.json');
    if (result.ok) throw new Error('expected problems');
    expect(result.total).toBe(73);
    expect(result.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(result.message).toBe('many.json is not a valid dataset (73 problems)');
    expect(formatIssue(result.issues[0]!)).toBe(
      'people[14].country: unknown country "XX" (add it to meta.countries or meta.otherCountries)',
    );
  });

  it('explains text that is not JSON, an empty file and a file of another kind', () => {
    const notJson = parseDatasetFile('{"meta": ', 'half.json');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) {
      expect(notJson.message).toBe('half.json is not valid JSON');
      expect(formatIssue(notJson.issues[0]!)).toMatch(/^\(file\): is not valid JSON: /);
    }
    const empty = parseDatasetFile('\uFEFF  \n', 'empty.csv');
    expect(!empty.ok && empty.message).toBe('empty.csv is empty');
    const other = parseDatasetFile('\u0000\u0001PNG', 'picture.png');
    expect(!other.ok && other.message).toBe('picture.png is not a JSON or CSV file');
  });

  it('keeps hostile text as text: markup, RTL, emoji and zero-width characters are data', () => {
    const result = parseDatasetFile(fixture('hostile.json'), 'hostile.json');
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    const d = result.dataset;
    expect(d.meta.title).toBe('<img src=x onerror=alert(1)>');
    expect(d.events[0]!.summary).toHaveLength(5000);
    expect(d.events[1]!.topics[0]).toContain('\u200b');
    expect(d.people.at(-1)!.name).toHaveLength(300);
  });

  it('refuses a javascript: URL and a 10 000-character name', () => {
    const result = parseDatasetFile(fixture('hostile-invalid.json'), 'hostile-invalid.json');
    if (result.ok) throw new Error('expected problems');
    expect(result.issues.map(formatIssue)).toEqual([
      'sources[5].url: must be an http(s) URL',
      'people[14].name: Too big: expected string to have <=300 characters',
    ]);
  });
});

describe('format detection and decoding', () => {
  it('uses the extension, else the content', () => {
    expect(detectFormat('date,title', 'x.JSON')).toBe('json');
    expect(detectFormat('{}', 'x.CSV')).toBe('csv');
    expect(detectFormat('  {"meta":{}}', 'dataset')).toBe('json');
    expect(detectFormat('date,title\n2021,x', 'export.txt')).toBe('csv');
    expect(detectFormat('hello', 'notes.txt')).toBeNull();
  });

  it('decodes UTF-8 with or without BOM, UTF-16 with BOM and legacy Windows-1250', () => {
    expect(decodeDatasetBuffer(bytes('\uFEFFVučić'))).toBe('Vučić');
    expect(decodeDatasetBuffer(bytes('Vučić'))).toBe('Vučić');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x56, 0x00, 0x0d, 0x01]);
    expect(decodeDatasetBuffer(utf16.buffer)).toBe('Vč');
    expect(decodeDatasetBuffer(new Uint8Array([0x44, 0x61, 0xe8]).buffer)).toBe('Dač');
  });
});

describe('runDatasetJob (what the worker runs)', () => {
  it('reports progress by phase, then the validated dataset', () => {
    const messages: DatasetJobMessage[] = [];
    runDatasetJob({ name: 'template.csv', buffer: bytes(fixtureTemplate()) }, (m) =>
      messages.push(m),
    );
    const phases = messages.flatMap((m) => (m.type === 'progress' ? [m.phase] : []));
    expect([...new Set(phases)]).toEqual(['reading', 'parsing', 'validating']);
    const last = messages.at(-1)!;
    expect(last.type).toBe('done');
    if (last.type === 'done') expect(last.dataset.events.length).toBeGreaterThan(0);
  });

  it('sends a large dataset in slices of events that reassemble in order', () => {
    const json = fixtureJson();
    const base = json.events;
    delete json.milestones; // they name events this test renames
    json.events = Array.from({ length: 2 * EVENTS_PER_MESSAGE + 5 }, (_, i) => ({
      ...base[i % base.length]!,
      id: `e-${i}`,
      visitId: null,
    }));
    const messages: DatasetJobMessage[] = [];
    runDatasetJob({ name: 'big.json', text: JSON.stringify(json) }, (m) => messages.push(m));
    expect(
      messages
        .filter((m) => m.type === 'events')
        .map((m) => m.type === 'events' && m.events.length),
    ).toEqual([EVENTS_PER_MESSAGE, EVENTS_PER_MESSAGE, 5]);
    const collect = collectDatasetJob();
    const out = messages.map(collect).filter((m) => m !== null);
    const done = out.at(-1)!;
    if (done.type !== 'done') throw new Error('expected done');
    expect(done.dataset.events.map((e) => e.id)).toEqual(json.events.map((e) => e.id));
    expect(out.every((m) => m.type !== 'done' || m === done)).toBe(true);
  });

  it('reports problems with a message', () => {
    const messages: DatasetJobMessage[] = [];
    runDatasetJob({ name: 'bad.json', text: '[]' }, (m) => messages.push(m));
    expect(messages.at(-1)).toEqual({
      type: 'error',
      issues: [{ path: '(root)', reason: 'Invalid input: expected object, received array' }],
      total: 1,
      message: 'bad.json is not a valid dataset (1 problem)',
    });
  });
});

function fixtureTemplate(): string {
  return readFileSync(resolve(__dirname, '../../../public/data/template.csv'), 'utf8');
}
