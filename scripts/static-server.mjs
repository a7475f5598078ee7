// A small dependency-free static file server for the built app (dist/).
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { CSP_EMBED_HEADER, CSP_HEADER, EMBED_PATH } from './csp.mjs';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

// Types worth compressing; images other than SVG and fonts are already compressed.
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.svg',
  '.csv',
  '.txt',
  '.webmanifest',
]);

// The Content-Security-Policy of a page depends on the page (see policyFor).
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

function acceptsGzip(req) {
  const header = req.headers['accept-encoding'];
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value
    .split(',')
    .map((part) => part.trim().split(';'))
    .some(([coding, ...params]) => {
      if (coding?.trim().toLowerCase() !== 'gzip') return false;
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return q === undefined || Number(q.slice(2)) > 0;
    });
}

function sendText(res, status, text, extraHeaders = {}) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': CSP_HEADER,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(text);
}

/**
 * Starts the static server.
 * @param {{ root?: string, port?: number, host?: string, csp?: boolean }} [options]
 *   root: directory to serve (default "dist"); port: 0 picks a free one (default 4173);
 *   host: interface to listen on (default 127.0.0.1); csp: false sends no
 *   Content-Security-Policy (a test's stand-in for another site, which frames the app).
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({
  root = 'dist',
  port = 4173,
  host = '127.0.0.1',
  csp = true,
} = {}) {
  const rootDir = resolve(root);
  const embedPath = resolve(rootDir, `.${EMBED_PATH}`);
  /** The policy for a file: embed.html may be framed by any site, nothing else. */
  const policyFor = (filePath) => {
    if (!csp) return {};
    return { 'Content-Security-Policy': filePath === embedPath ? CSP_EMBED_HEADER : CSP_HEADER };
  };
  const indexPath = resolve(rootDir, 'index.html');

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return;
    }

    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      sendText(res, 400, 'Bad Request\n');
      return;
    }
    if (pathname.includes('\0')) {
      sendText(res, 400, 'Bad Request\n');
      return;
    }

    let filePath = resolve(rootDir, `.${pathname}`);
    const rel = relative(rootDir, filePath);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      sendText(res, 403, 'Forbidden\n');
      return;
    }
    if (pathname.endsWith('/')) filePath = resolve(filePath, 'index.html');

    let info = await fileAt(filePath);
    if (!info) {
      const lastSegment = pathname.split('/').pop() ?? '';
      if (extname(lastSegment) !== '') {
        sendText(res, 404, 'Not Found\n');
        return;
      }
      // Client-side route: fall back to the app shell.
      filePath = indexPath;
      info = await fileAt(filePath);
      if (!info) {
        sendText(res, 404, 'Not Found\n');
        return;
      }
    }

    const ext = extname(filePath).toLowerCase();
    const isHashedAsset = relative(rootDir, filePath).split(sep)[0] === 'assets';
    const headers = {
      ...SECURITY_HEADERS,
      ...policyFor(filePath),
      'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Last-Modified': info.mtime.toUTCString(),
    };

    const gzip = COMPRESSIBLE.has(ext) && acceptsGzip(req);
    if (COMPRESSIBLE.has(ext)) headers.Vary = 'Accept-Encoding';
    if (gzip) headers['Content-Encoding'] = 'gzip';
    else headers['Content-Length'] = String(info.size);

    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }

    const stream = createReadStream(filePath);
    stream.on('error', () => res.destroy());
    if (gzip) stream.pipe(createGzip()).pipe(res);
    else stream.pipe(res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  });

  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });

  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolvePromise, reject) => {
        server.close((err) => (err ? reject(err) : resolvePromise()));
        server.closeAllConnections();
      }),
  };
}
