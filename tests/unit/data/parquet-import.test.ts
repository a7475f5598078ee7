import { describe, expect, it } from 'vitest';
import { generateDataset, parquetBuffer } from '../../../scripts/gen-data';
import { formatIssue } from '../../../src/data/dataset-job';
import {
  parseDatasetFile,
  parseParquetFile,
  runDatasetJob,
} from '../../../src/data/parse-dataset-file';
import { isParquetBuffer } from '../../../src/data/parquet-import';
import { buildIndex } from '../../../src/model/dataset-index';
import { eventsCsv } from '../../../src/model/export-data';
import { expectSameEvents, TODAY } from './csv-test-helpers';

const generated = generateDataset({ events: 300, seed: 7 });

describe('Parquet import (the CSV’s columns)', () => {
  it('round-trips a Parquet written by gen-data to the dataset of the JSON', async () => {
    const buffer = await parquetBuffer(generated);
    expect(isParquetBuffer(buffer)).toBe(true);
    const result = await parseParquetFile(buffer, 'bench.parquet', { today: TODAY });
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.format).toBe('parquet');
    expect(result.dataset.events).toHaveLength(generated.events.length);
    expectSameEvents(result.dataset, generated);
    // The same dataset as the CSV export of the same events read back: one layout, one reader.
    const index = buildIndex(generated);
    const csv = parseDatasetFile(eventsCsv(index, index.events), 'bench.csv', { today: TODAY });
    if (!csv.ok) throw new Error('the CSV export did not read back');
    expect(result.dataset.events).toEqual(csv.dataset.events);
    expect(result.dataset.people).toEqual(csv.dataset.people);
    expect(result.dataset.sources).toEqual(csv.dataset.sources);
    expect(result.dataset.sectors).toEqual(csv.dataset.sectors);
  });

  it('is recognised by its first bytes in the dataset worker, whatever its name', async () => {
    const buffer = await parquetBuffer(generateDataset({ events: 20, seed: 3 }));
    const messages: string[] = [];
    await runDatasetJob({ name: 'export', buffer, today: TODAY }, (m) => messages.push(m.type));
    expect(messages.at(-1)).toBe('done');
  });

  it('says clearly that a broken Parquet file cannot be read', async () => {
    const good = new Uint8Array(await parquetBuffer(generateDataset({ events: 20, seed: 3 })));
    const truncated = good.slice(0, Math.floor(good.length / 2));
    const result = await parseParquetFile(truncated.buffer, 'broken.parquet');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^\(file\): is not a readable Parquet file \(/),
    ]);
    const damaged = good.slice();
    damaged.fill(0x55, 8, Math.floor(good.length * 0.8));
    const second = await parseParquetFile(damaged.buffer, 'damaged.parquet');
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.issues[0]?.reason).toMatch(/Parquet/);
  });

  it('names the missing columns of a Parquet file that is not a table of engagements', async () => {
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    const buffer = parquetWriteBuffer({
      columnData: [{ name: 'date', data: ['2021-01-01'], type: 'STRING' }],
    });
    const result = await parseParquetFile(buffer, 'dates.parquet');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map(formatIssue)).toEqual([
        'title: this column is missing (every file needs date, title and sources)',
        'sources: this column is missing (every file needs date, title and sources)',
      ]);
    }
  });
});
