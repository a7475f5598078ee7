/**
 * The dashboard baked at build time: the default view of the shipped dataset rendered to HTML
 * (react-dom/static waits for the lazy chart), so the page reads before any script runs.
 * The build validates the dataset here; an invalid one fails the build.
 */
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { DatasetError } from '../data/dataset-error';
import { validateDataset } from '../data/validate-dataset';
import type { Dataset } from '../data/schema';
import { datasetQueryOptions, DEFAULT_DATASET_PATH } from '../state/dataset-query';
import { loadValidatedDataset } from '../state/load-validated';
import { appTree, createQueryClient } from './providers';

async function streamText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let html = '';
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    html += decoder.decode(chunk, { stream: true });
  }
  return html + decoder.decode();
}

export interface BakedPage {
  /** The HTML inside #root. */
  html: string;
  /** The shipped dataset in its checked form, as the browser will fetch it. */
  datasetJson: string;
}

/** The default dashboard of `json` (the parsed shipped dataset), and that dataset checked. */
export async function bakeDashboard(json: unknown): Promise<BakedPage> {
  // The full schema, with every problem listed: the browser trusts the shipped dataset.
  const checked = validateDataset(json);
  if (!checked.ok) {
    const list = checked.issues.map((i) => `  ${i.path}: ${i.reason}`).join('\n');
    throw new DatasetError(
      `${DEFAULT_DATASET_PATH} is not a valid dataset:\n${list}`,
      checked.issues,
    );
  }
  // The page is rendered from exactly what the browser will load (the file is written from
  // this string), so the first client render matches it.
  const datasetJson = JSON.stringify(checked.dataset);
  const dataset = JSON.parse(datasetJson) as Dataset;
  const client = createQueryClient();
  client.setQueryData(
    datasetQueryOptions().queryKey,
    loadValidatedDataset(dataset, DEFAULT_DATASET_PATH),
  );
  const app = appTree(client);
  // The first pass waits for the lazy chart module; the second finds it loaded and renders
  // in one go, so the page needs none of the inline scripts that stream in late boundaries
  // (the CSP forbids them).
  await streamText((await prerender(app)).prelude);
  return { html: renderToString(app), datasetJson };
}
