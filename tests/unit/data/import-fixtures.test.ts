import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/schema';
import { openBytes, type Opened } from '../../support/open-file';
import { exportedCsv } from '../../fixtures/import/make-fixtures';

const ROOT = resolve(__dirname, '../../..');
const file = (path: string) => new Uint8Array(readFileSync(resolve(ROOT, path)));
const fixture = (name: string) => file(`tests/fixtures/import/${name}`);
/** The frozen fixture through the app's CSV export: what every spreadsheet fixture holds. */
const exported = async () =>
  dataset(await openBytes('frozen.csv', new TextEncoder().encode(exportedCsv())));

function dataset(opened: Opened): Dataset {
  if (!opened.ok) throw new Error(`${opened.message}\n${opened.problems.join('\n')}`);
  return opened.dataset;
}

/** All but the file's own meta (its title is the file name): events, people, sources, sectors. */
const summary = (d: Dataset) =>
  JSON.stringify({ ...d, meta: { ...d.meta, id: '', title: '', description: '' } });

describe('files as Excel and scripts write them open with the right names, dates and counts', () => {
  it('JSON with null in every optional field', async () => {
    const d = dataset(await openBytes('tracker.json', fixture('nulls.json')));
    expect(d.events).toHaveLength(16);
    expect(d.sources[0]).not.toHaveProperty('published');
    expect(d.events[1]!.place).toEqual({ city: 'Novi Sad' });
    expect(d.events.every((e) => e.summary === '' && e.topics.length === 0)).toBe(true);
  });

  it('a semicolon CSV in Windows-1250 with DD.MM.YYYY dates', async () => {
    const template = await exported();
    const d = dataset(await openBytes('serbian-1250.csv', fixture('serbian-1250.csv')));
    expect(d.events).toHaveLength(16);
    expect(summary(d)).toEqual(summary(template));
    expect(d.people.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Aleksandar Vučić', 'Ivica Dačić', 'Marko Đurić']),
    );
    expect(d.events.map((e) => e.date)).toContain('2024-12-23');
  });

  it("Excel's Unicode text: UTF-16 with tabs and dates in words", async () => {
    const template = await exported();
    const d = dataset(await openBytes('unicode-text.txt', fixture('unicode-text.txt')));
    expect(summary(d)).toEqual(summary(template));
  });

  it('an .xlsx with date cells and serial-number dates, engagements on its second sheet', async () => {
    const template = await exported();
    const opened = await openBytes('engagements.xlsx', fixture('engagements.xlsx'));
    const d = dataset(opened);
    expect(summary(d)).toEqual(summary(template));
    expect(d.meta.title).toBe('engagements');
    const phases = opened.progress.map((m) => (m.type === 'progress' ? m.phase : ''));
    expect(phases).toEqual(expect.arrayContaining(['reading', 'parsing', 'validating']));
    expect(opened.progress.some((m) => m.type === 'progress' && m.rows === d.events.length)).toBe(
      true,
    );
  });

  it('the .xlsx template opens as the CSV template does', async () => {
    const template = dataset(await openBytes('template.csv', file('public/data/template.csv')));
    const d = dataset(await openBytes('template.xlsx', file('public/data/template.xlsx')));
    expect(JSON.stringify({ ...d, meta: null })).toBe(JSON.stringify({ ...template, meta: null }));
  });

  it('a zip renamed .xlsx, and a truncated workbook, are problems of the file', async () => {
    const { zipSync } = await import('fflate');
    const zip = zipSync({ 'notes.txt': new TextEncoder().encode('not a workbook') });
    const renamed = await openBytes('renamed.xlsx', zip);
    expect(renamed.ok).toBe(false);
    if (!renamed.ok) expect(renamed.problems[0]).toMatch(/^\(file\): is not an Excel workbook/);
    const whole = fixture('engagements.xlsx');
    const cut = await openBytes('cut.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.problems[0]).toMatch(/^\(file\): /);
  });
});
