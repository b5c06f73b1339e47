// A tiny static file server for the delivery tests: serves `mounts` (URL prefix → folder) and `pages`
// (path → HTML text), sends the strict Content-Security-Policy the widgets promise to work under with
// every response, and records every request path. Only 127.0.0.1, a free port, no caching.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const STRICT_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * @param {{ mounts?: Record<string, string>, pages?: Record<string, string>, csp?: string | null }} options
 * @returns {Promise<{ origin: string, requests: string[], close: () => Promise<void>, setPage: (path: string, html: string) => void }>}
 */
export async function serve({ mounts = {}, pages = {}, csp = STRICT_CSP } = {}) {
  const pageMap = new Map(Object.entries(pages));
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    requests.push(path);
    const headers = { 'Cache-Control': 'no-store' };
    if (csp) headers['Content-Security-Policy'] = csp;
    if (path === '/favicon.ico') {
      res.writeHead(204, headers);
      res.end();
      return;
    }
    const page = pageMap.get(path);
    if (page !== undefined) {
      res.writeHead(200, { ...headers, 'Content-Type': TYPES['.html'] });
      res.end(page);
      return;
    }
    const prefix = Object.keys(mounts)
      .sort((a, b) => b.length - a.length)
      .find((p) => path.startsWith(p));
    if (prefix !== undefined) {
      const rel = normalize(path.slice(prefix.length)).replace(/^(\.\.(\/|\\|$))+/, '');
      const file = join(mounts[prefix], rel);
      try {
        if ((await stat(file)).isFile()) {
          const body = await readFile(file);
          res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
          res.end(body);
          return;
        }
      } catch {
        // fall through to 404
      }
    }
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    setPage: (p, html) => pageMap.set(p, html),
    // Browsers keep connections open: end them, or closing waits for them to time out.
    close: () => new Promise((resolve) => (server.close(() => resolve()), server.closeAllConnections())),
  };
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the demo site (from the sources and `dist/`, so after `npm run build`) into a temporary folder
 * and serves it; `close()` also removes the folder. No CSP: the demo is our page, not a host page (the
 * host-page checks are in bundle.test.mjs).
 */
export async function serveDemo() {
  if (!existsSync(join(ROOT, 'dist', 'regin-widgets.js')))
    throw new Error('dist/regin-widgets.js is missing: run `npm run build` first');
  const outDir = await mkdtemp(join(tmpdir(), 'regin-demo-'));
  await build({ configFile: join(ROOT, 'demo/vite.config.ts'), logLevel: 'silent', build: { outDir } });
  const server = await serve({ mounts: { '/': outDir }, csp: null });
  return {
    ...server,
    close: async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
