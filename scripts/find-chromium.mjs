import { existsSync } from 'node:fs';

/** Candidate Chromium/Chrome executables, in order of preference. */
export function chromiumCandidates() {
  return [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
  ].filter((p) => typeof p === 'string' && p.length > 0);
}

/**
 * Returns the path of the first Chromium-family browser found on this machine, or null.
 * @returns {string | null}
 */
export function findChromium() {
  for (const candidate of chromiumCandidates()) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * The flags every headless Chromium of this project runs with: this machine's network is
 * closed, so background networking and component updates would only fail, many at a time.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Launches the system Chromium with playwright-core: the one launcher of the tests and the
 * scripts. Throws with a hint when no browser is installed.
 * @param {import('playwright-core').BrowserType} chromium playwright-core's `chromium`
 */
export async function launchChromium(chromium) {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      `Chromium not found (looked at: ${chromiumCandidates().join(', ')}). ` +
        'Run `node scripts/ensure-chromium.mjs`, install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}
