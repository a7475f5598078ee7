/**
 * The dashboard baked at build time: the default view of the shipped dataset rendered to HTML
 * (react-dom/static waits for the lazy chart), so the page reads before any script runs.
 * The build validates the dataset here; an invalid one fails the build.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { datasetQueryOptions, loadDataset, DEFAULT_DATASET_PATH } from '../state/dataset-query';
import { App } from './App';
import { createQueryClient, Providers } from './providers';

async function streamText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let html = '';
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    html += decoder.decode(chunk, { stream: true });
  }
  return html + decoder.decode();
}

/** The HTML inside #root for the default dashboard of `json` (the parsed shipped dataset). */
export async function bakeDashboard(json: unknown): Promise<string> {
  const loaded = loadDataset(json, DEFAULT_DATASET_PATH);
  const client = createQueryClient();
  client.setQueryData(datasetQueryOptions().queryKey, loaded);
  const app = (
    <StrictMode>
      <Providers client={client}>
        <App />
      </Providers>
    </StrictMode>
  );
  // The first pass waits for the lazy chart module; the second finds it loaded and renders
  // in one go, so the page needs none of the inline scripts that stream in late boundaries
  // (the CSP forbids them).
  await streamText((await prerender(app)).prelude);
  return renderToString(app);
}
