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
