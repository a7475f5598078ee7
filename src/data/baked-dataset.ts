/**
 * The build validates the shipped dataset, writes it out in its checked form and puts the
 * file's SHA-256 in the page (scripts/bake-plugin.ts): `<meta name="bilateral-dataset"
 * content="sha256-…">`. A file with that digest needs no checking in the browser, so neither
 * the checks nor zod load with the first paint.
 */
export const DATASET_DIGEST_META = 'bilateral-dataset';

/** The dataset the app ships with, under public/ (and its URL path). */
export const SHIPPED_DATASET_PATH = 'data/az-rs.json';

/** The digest's form in the page: `sha256-` and 64 hex digits. */
export const digestLabel = (hex: string) => `sha256-${hex}`;

async function sha256Hex(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * True when `text` is the file the build wrote for this page. False without a digest (the
 * dev server, tests), or where the browser has no Web Crypto (a page not served securely):
 * the caller then checks the file as it would any other.
 */
export async function isBakedDataset(text: string): Promise<boolean> {
  if (typeof document === 'undefined' || typeof crypto === 'undefined' || !crypto.subtle) {
    return false;
  }
  const expected = document
    .querySelector(`meta[name="${DATASET_DIGEST_META}"]`)
    ?.getAttribute('content');
  if (!expected) return false;
  try {
    return digestLabel(await sha256Hex(text)) === expected;
  } catch {
    return false;
  }
}
