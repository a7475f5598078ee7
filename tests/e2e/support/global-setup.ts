// Vitest globalSetup for the `e2e` project: serves the production build (dist/) on a free port
// and hands its URL to the tests as `inject('baseUrl')`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // E2E_DIST: another build to test (parallel work builds into its own folder).
  const root = resolve(process.env.E2E_DIST ?? 'dist');
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error('dist/index.html not found: run npm run build first');
  }
  const server = await startServer({ root, port: 0 });
  project.provide('baseUrl', server.url);
  return async () => {
    await server.close();
  };
}
