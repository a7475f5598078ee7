/** Opening a file's bytes as the app does (the worker's job), in a test. */
import { collectDatasetJob, formatIssue, type DatasetJobMessage } from '../../src/data/dataset-job';
import { runDatasetJob } from '../../src/data/parse-dataset-file';
import type { Dataset } from '../../src/data/schema';

export type Opened =
  | { ok: true; dataset: Dataset; progress: DatasetJobMessage[] }
  | { ok: false; message: string; problems: string[]; progress: DatasetJobMessage[] };

/** Runs the worker's job on `bytes` named `name`, and returns what it ended in. */
export async function openBytes(name: string, bytes: Uint8Array | ArrayBuffer): Promise<Opened> {
  const buffer =
    bytes instanceof Uint8Array
      ? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
      : bytes;
  const collect = collectDatasetJob();
  const progress: DatasetJobMessage[] = [];
  let end: Opened | null = null;
  await runDatasetJob({ name, buffer, today: '2026-01-15' }, (incoming) => {
    const m = collect(incoming);
    if (m === null) return;
    if (m.type === 'progress') progress.push(m);
    else if (m.type === 'done') end = { ok: true, dataset: m.dataset, progress };
    else end = { ok: false, message: m.message, problems: m.issues.map(formatIssue), progress };
  });
  if (end === null) throw new Error(`${name}: the job ended without a result`);
  return end;
}
