// Serves the built app: `npm run serve` (or `npm start`, which builds first).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from './static-server.mjs';

const root = process.env.DIST_DIR || 'dist';
const port = Number.parseInt(process.env.PORT ?? '', 10);
const host = process.env.HOST || '127.0.0.1';

if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`No build found in ${root}/: run \`npm run build\` first.`);
  process.exit(1);
}

try {
  const server = await startServer({ root, port: Number.isNaN(port) ? 4173 : port, host });
  console.log(`Bilateral is running at http://localhost:${server.port}/`);
  const stop = () => {
    server.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`Could not start the server: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
