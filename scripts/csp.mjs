// The single source of the app's Content Security Policy.
// CSP_META is injected into index.html at build time (vite.config.ts);
// CSP_HEADER (CSP_EMBED_HEADER for embed.html) is sent by the static server
// (scripts/static-server.mjs).
// frame-ancestors is only honoured in a header, so it is not part of the meta policy.

const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const CSP_META = directives.join('; ');

/** The dashboard: only pages of its own origin may frame it (clickjacking). */
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'self'`;

/** embed.html exists to be framed: any site may. The rest of the policy is the same. */
export const CSP_EMBED_HEADER = `${CSP_META}; frame-ancestors *`;

/** The page any site may frame, as a URL path. */
export const EMBED_PATH = '/embed.html';
