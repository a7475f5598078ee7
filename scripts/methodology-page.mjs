// Builds the public methodology page (methodology.html) from docs/methodology.md, so the
// document in the repository and the page the app links to never drift apart.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';
import { CSP_META } from './csp.mjs';

export const METHODOLOGY_SOURCE = fileURLToPath(new URL('../docs/methodology.md', import.meta.url));

const STYLE = `
:root { color-scheme: light dark; --text: #1b1f24; --muted: #4f5863; --bg: #ffffff; --link: #0a58a6; }
@media (prefers-color-scheme: dark) { :root { --text: #e7ebef; --muted: #b4bcc5; --bg: #12161b; --link: #8cc4ff; } }
body { margin: 0; background: var(--bg); color: var(--text); font: 17px/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
main { max-width: 78ch; margin: 0 auto; padding: 24px 20px 64px; }
a { color: var(--link); }
h1 { font-size: 1.9rem; line-height: 1.2; }
h2 { margin-top: 2em; font-size: 1.35rem; }
h3 { font-size: 1.1rem; }
code { font-size: 0.9em; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
th, td { border: 1px solid color-mix(in srgb, var(--muted) 40%, transparent); padding: 4px 8px; text-align: left; vertical-align: top; }
.back { font-size: 0.95rem; }
@media print { .back { display: none; } a { color: inherit; } }
`;

/** The methodology as a standalone, script-free HTML page. */
export function methodologyHtml(markdown = readFileSync(METHODOLOGY_SOURCE, 'utf8')) {
  const body = marked.parse(markdown, { async: false });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Methodology · Bilateral</title>
    <style>${STYLE}</style>
  </head>
  <body>
    <main>
      <p class="back"><a href="./">← Back to the dashboard</a></p>
${body}
    </main>
  </body>
</html>
`;
}
