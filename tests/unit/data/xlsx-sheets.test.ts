// Which sheet of a workbook is read, and the sheets reported so that the user can pick another.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collectDatasetJob,
  formatIssue,
  type DatasetJobMessage,
} from '../../../src/data/dataset-job';
import { runDatasetJob } from '../../../src/data/parse-dataset-file';
import { xlsxToDataset } from '../../../src/data/xlsx-import';

const bytes = (name: string) => {
  const b = readFileSync(resolve(__dirname, '../../fixtures/import', name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const options = (sheet?: string) => ({ name: 'book.xlsx', today: '2026-01-15', sheet });

/** The worker's last message for the workbook, read with `sheet`. */
async function lastMessage(name: string, sheet?: string): Promise<DatasetJobMessage | null> {
  const collect = collectDatasetJob();
  let last: DatasetJobMessage | null = null;
  await runDatasetJob({ name, buffer: bytes(name), sheet }, (incoming) => {
    const m = collect(incoming);
    if (m !== null && m.type !== 'progress') last = m;
  });
  return last;
}

describe('the sheets of a workbook', () => {
  it('reports the sheet names and the sheet read (the first with the engagement columns)', async () => {
    const imported = await xlsxToDataset(bytes('engagements.xlsx'), options());
    expect(imported.sheets).toEqual({ names: ['Read me', 'Engagements'], read: 'Engagements' });
    expect(imported.dataset?.events).toHaveLength(16);
  });

  it('reads the sheet named', async () => {
    const all = await xlsxToDataset(bytes('sheets.xlsx'), options());
    expect(all.sheets).toEqual({ names: ['All', 'First eight', 'Notes'], read: 'All' });
    expect(all.dataset?.events).toHaveLength(16);
    const eight = await xlsxToDataset(bytes('sheets.xlsx'), options('First eight'));
    expect(eight.sheets?.read).toBe('First eight');
    expect(eight.dataset?.events).toHaveLength(8);
  });

  it('a sheet that is not there is a problem naming the sheets there are', async () => {
    const imported = await xlsxToDataset(bytes('sheets.xlsx'), options('Summer'));
    expect(imported.dataset).toBeNull();
    expect(imported.sheets).toEqual({ names: ['All', 'First eight', 'Notes'], read: null });
    expect(imported.issues.map((i) => `${i.path}: ${i.reason}`)).toEqual([
      '(file): has no sheet "Summer" (its sheets: "All", "First eight", "Notes")',
    ]);
  });

  it('the worker passes the sheets on, with the dataset and with the problems', async () => {
    const done = await lastMessage('sheets.xlsx', 'First eight');
    expect(done?.type).toBe('done');
    if (done?.type !== 'done') return;
    expect(done.dataset.events).toHaveLength(8);
    expect(done.sheets).toEqual({ names: ['All', 'First eight', 'Notes'], read: 'First eight' });
    const failed = await lastMessage('sheets.xlsx', 'Notes');
    expect(failed?.type).toBe('error');
    if (failed?.type !== 'error') return;
    expect(failed.sheets?.read).toBe('Notes');
    expect(failed.issues.map(formatIssue).join('\n')).toMatch(/date/);
  });

  it('a CSV reports no sheets', async () => {
    const csv = new TextEncoder().encode('date,title\n');
    const collect = collectDatasetJob();
    let last: DatasetJobMessage | null = null;
    await runDatasetJob({ name: 'a.csv', buffer: csv.buffer }, (m) => {
      last = collect(m) ?? last;
    });
    expect(last).not.toBeNull();
    expect(last).not.toHaveProperty('sheets');
  });
});
