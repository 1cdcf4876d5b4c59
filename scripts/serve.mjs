// Serves the production build the way the README asks a static host or CDN to: compression,
// cache headers for a service-worker app, the SPA fallback for deep links, the CSP as a header.
// `npm start` uses it, and so do the browser tests and the benchmark.
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);
/** Files that must be revalidated on every load, or an update would never be noticed. */
const ALWAYS_REVALIDATE = new Set(['/sw.js', '/index.html', '/index.en.html', '/shell.html', '/manifest.webmanifest']);
const YEAR_S = 31_536_000;

/**
 * The CSP the build put in index.html's meta tag, sent as a header too, plus what only a header
 * can say: browsers ignore `frame-ancestors` in a meta tag, and no page of this app is meant to
 * be framed (a framed note field invites clickjacking).
 */
async function readCsp(root) {
  const html = await readFile(join(root, 'index.html'), 'utf8');
  const m = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  const meta = m ? m[1].replace(/&#39;/g, "'") : "default-src 'self'";
  return `${meta}; frame-ancestors 'none'`;
}

/** Fixed texts: an error response never echoes the request or an exception. */
const BAD_REQUEST = 'Bad request';
const SERVER_ERROR = 'Internal server error';

/**
 * The browser's languages from its Accept-Language header, most preferred first (as
 * navigator.languages lists them).
 */
export function acceptedLanguages(header) {
  return String(header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { tag: tag.trim(), q: q ? Number(q[1]) : 1, index };
    })
    .filter((l) => l.tag !== '' && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((l) => l.tag);
}

/**
 * Which prerendered start page a browser gets: the same rule as src/i18n/browser-language.ts
 * (German if the first language is German, else English), so the page it paints first is in
 * the language the app will show. A static host without such a rule sends index.html to all;
 * the app then swaps the UI text in place.
 */
export function startPageFor(acceptLanguage) {
  const first = acceptedLanguages(acceptLanguage).find((tag) => tag !== '*');
  return first === undefined || first.toLowerCase().startsWith('de') ? '/index.html' : '/index.en.html';
}

const etagOf = (info) => `"${info.size.toString(36)}-${info.mtimeMs.toString(36)}"`;

function cacheControl(path) {
  if (ALWAYS_REVALIDATE.has(path)) return 'no-cache';
  if (path.startsWith('/assets/')) return `public, max-age=${YEAR_S}, immutable`;
  return 'public, max-age=3600';
}

/**
 * Starts the server on `host:port` (port 0 = any free port). Resolves to { url, close }.
 */
export async function startServer({ root = 'dist', host = '127.0.0.1', port = 4173 } = {}) {
  const base = resolve(root);
  const csp = await readCsp(base);
  const compressed = new Map();
  // Compress everything once at start, as a CDN would: compressing on the first request costs
  // that visitor up to a few hundred milliseconds at brotli's best quality.
  const files = await readdir(base, { recursive: true });
  for (const rel of files) {
    const file = join(base, rel);
    if (!COMPRESSIBLE.has(extname(file))) continue;
    const info = await stat(file);
    if (!info.isFile()) continue;
    await compressFor(file, info, 'br');
    await compressFor(file, info, 'gzip');
  }

  async function compressFor(file, info, encoding) {
    const key = `${encoding}:${file}:${etagOf(info)}`;
    let packed = compressed.get(key);
    if (!packed) {
      const body = await readFile(file);
      packed =
        encoding === 'br'
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : gzipSync(body, { level: 9 });
      compressed.set(key, packed);
    }
    return packed;
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        // A malformed escape (`/%E0%A4%A`) names no file: the client's mistake, not ours.
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end(BAD_REQUEST);
        return;
      }
      if (path.includes('\0')) {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end(BAD_REQUEST);
        return;
      }
      const negotiated = path === '/';
      if (negotiated) {
        path = startPageFor(req.headers['accept-language']);
        if (!(await stat(join(base, path)).catch(() => null))?.isFile()) path = '/index.html';
      }
      else if (path.endsWith('/')) path += 'index.html';
      let file = normalize(join(base, path));
      if (!file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        // SPA fallback: an app URL such as /sitzung/<guid> is the app shell; a missing asset is a 404.
        if (extname(path) !== '' && extname(path) !== '.html') {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
          return;
        }
        // shell.html is the app without the prerendered start page (see scripts/vite-plugins.ts).
        const shell = (await stat(join(base, 'shell.html')).catch(() => null))?.isFile() ? 'shell.html' : 'index.html';
        path = `/${shell}`;
        file = join(base, shell);
        info = await stat(file);
      }
      const ext = extname(file);
      const etag = etagOf(info);
      const headers = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': cacheControl(path),
        ETag: etag,
        Vary: negotiated ? 'Accept-Encoding, Accept-Language' : 'Accept-Encoding',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      };
      if (ext === '.html') {
        headers['Content-Security-Policy'] = csp;
        // For browsers that predate frame-ancestors.
        headers['X-Frame-Options'] = 'DENY';
      }
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      let body = await readFile(file);
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = COMPRESSIBLE.has(ext) ? (/\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null) : null;
      if (encoding) {
        body = await compressFor(file, info, encoding);
        headers['Content-Encoding'] = encoding;
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      // The detail goes to the operator's console, never to the client.
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(SERVER_ERROR);
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const url = `http://${host}:${address.port}`;
  return {
    url,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await startServer({ root: process.env.DIST ?? 'dist', port });
  console.log(`Tagesbegleiter läuft auf ${url}/  (Strg+C beendet)`);
}
