/** What the CSV import tests share: a header, a source cell and ways to open a CSV text. */
import { expect } from 'vitest';
import { formatIssue, type ParseResult } from '../../../src/data/dataset-job';
import { parseDatasetFile } from '../../../src/data/parse-dataset-file';
import type { Dataset } from '../../../src/data/schema';

export const TODAY = '2026-01-15';

export const HEADER =
  'date,title,type,summary,city,place_country,host_country,guest_country,visit_id,level,participants,sectors,topics,sources,date_inferred,date_note';

export function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n');
}

export function open(text: string, name = 'engagements.csv'): ParseResult {
  return parseDatasetFile(text, name, { today: TODAY });
}

export function valid(text: string, name?: string): Dataset {
  const result = open(text, name);
  if (!result.ok)
    throw new Error(`expected a valid dataset:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.dataset;
}

export function problems(text: string): string[] {
  const result = open(text);
  if (result.ok) throw new Error('expected problems');
  return result.issues.map(formatIssue);
}

/** Every event of `original` is in `back`, the same but for its source ids (made anew). */
export function expectSameEvents(back: Dataset, original: Dataset): void {
  const strip = (e: Dataset['events'][number]) => ({ ...e, sourceIds: e.sourceIds.length });
  for (const e of original.events) {
    const again = back.events.find((x) => x.id === e.id);
    expect(again && strip(again)).toEqual(strip(e));
  }
}

export const SOURCE = '"Trend, 2022-12-21, Vučić sees energy prospects"';
