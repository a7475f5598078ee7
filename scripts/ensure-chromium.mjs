// Makes sure a Chromium binary is available for the end-to-end tests.
// Never downloads a browser build of its own: uses the system package manager (Debian/Ubuntu, as root).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const HINT =
  'Chromium not found: install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH';

function report(path) {
  console.log(`Chromium: ${path}`);
  process.exit(0);
}

const found = findChromium();
if (found) report(found);

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

if (isDebian && isRoot) {
  console.log('Chromium not found: installing it with apt-get…');
  const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findChromium();
  if (result.status === 0 && installed) report(installed);
}

console.error(HINT);
process.exit(1);
