#!/usr/bin/env node
// Size budget, checked on the built files (run after `vite build --mode cdn`; `npm run build` does).
//
//   node scripts/size-report.mjs            print the tables; exit 1 when a page is over its limit
//   node scripts/size-report.mjs --why      also print where the bytes of each page's JavaScript come from
//   node scripts/size-report.mjs --readme   also rewrite the table between the size markers in README.md
//
// What is budgeted is what a page pays: the JavaScript a real page (headless Chromium) fetches with the
// one script tag of the CDN build until its widgets are ready, on the built-in feed, gzip -9 per file.
// Three pages: one radar, one map, all four elements. The code is budgeted; the data modules the page
// also fetches (the built-in feed, the map geometry: dist/chunks/data/) are reported beside it.
// Each npm element entry is also bundled in memory (self-contained, minified) and reported for information.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import puppeteer from 'puppeteer-core';
import { build, loadConfigFromFile } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

/**
 * Page weights in bytes (1 kB = 1000 B, as Vite prints them): gzip -9 of the code a page with the one
 * script tag fetches until its widgets are ready (see {@link PAGES}). `goal` is what a page should pay;
 * `limit` is enforced — over it, the build fails. Where a goal is not reached yet, the limit is the
 * weight as measured (rounded up to 0.5 kB), so the page cannot grow while the goal is open; lower
 * it as the page shrinks. `npm run size -- --why` shows where each page's bytes come from.
 */
export const BUDGET = {
  radar: { goal: 24_000, limit: 40_500 },
  map: { goal: 30_000, limit: 45_000 },
  all: { goal: 55_000, limit: 73_000 },
};

/**
 * Limit for the map geometry the page with one map (built-in feed) fetches, all its files together,
 * gzip: enforced. Every geometry file that ships is listed with its bytes.
 */
export const GEOMETRY_LIMIT_GZIP = 60_000;

/** The pages measured: what they show, and the limit of each. */
export const PAGES = [
  { key: 'radar', name: 'page with one radar', tags: ['regin-indicator-radar'] },
  { key: 'map', name: 'page with one map', tags: ['regin-partner-map'] },
  {
    key: 'all',
    name: 'page with all four elements',
    tags: ['regin-partner-map', 'regin-measure-cards', 'regin-indicator-radar', 'regin-region-comparison'],
  },
];
const ELEMENTS = ['partner-map', 'measure-cards', 'indicator-radar', 'region-comparison'];

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;

let cdnPlugins;
/** The CDN build's plugins from vite.config.ts, without the two that only touch files in dist/. */
async function pluginsOfCdnBuild() {
  if (!cdnPlugins) {
    const loaded = await loadConfigFromFile({ command: 'build', mode: 'cdn' }, join(root, 'vite.config.ts'), root, 'silent');
    cdnPlugins = (loaded?.config.plugins ?? [])
      .flat()
      .filter((p) => p && !['regin-copy-assets', 'regin-clean-cdn-chunks'].includes(p.name));
  }
  return cdnPlugins;
}

/** Bundles `entry` in memory as the CDN build does; returns the entry chunk's code. */
async function bundle(entry, minify) {
  const out = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: await pluginsOfCdnBuild(),
    build: {
      write: false,
      target: 'es2022',
      minify,
      lib: { entry: { bundle: join(root, entry) }, formats: ['es'] },
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify } },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  if (!chunk) throw new Error(`no entry chunk for ${entry}`);
  return Buffer.from(chunk.code);
}

/**
 * Where the bytes of dist/regin-widgets.js come from, by package or source folder, read from the built
 * file and its source map: each part's minified bytes, and its share of the gzip size — how much
 * smaller the gzipped file would be without it (shares add up to about the whole, since gzip finds
 * repeats across parts).
 */
export function breakdown(file = join(dist, 'regin-widgets.js')) {
  const code = readFileSync(file, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
  const lines = code.split('\n');
  const segments = [];
  map.eachMapping((m) => segments.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  /** @type {Array<[string, string]>} the file as consecutive [part, text] pieces */
  const pieces = [];
  segments.forEach((m, i) => {
    const next = segments[i + 1];
    const line = lines[m.generatedLine - 1] ?? '';
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
    const rel = (m.source ?? '').replace(/^(\.\.\/)+/, '');
    const pkg = rel.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    const part = pkg ?? (rel.startsWith('src/') ? rel.split('/').slice(0, 2).join('/') : 'bundler helpers');
    pieces.push([part, line.slice(m.generatedColumn, end) + (end === line.length ? '\n' : '')]);
  });
  const whole = gzip(Buffer.from(pieces.map(([, t]) => t).join('')));
  return [...new Set(pieces.map(([p]) => p))]
    .map((name) => {
      const own = pieces.filter(([p]) => p === name);
      const rest = pieces
        .filter(([p]) => p !== name)
        .map(([, t]) => t)
        .join('');
      return { name, min: own.reduce((n, [, t]) => n + t.length, 0), gzip: whole - gzip(Buffer.from(rest)) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

const kb = (n) => (n / 1000).toFixed(1) + ' kB';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/** Serves dist/ at /dist/ and the measured pages at /<key>.html, on a free port of 127.0.0.1. */
async function servePages() {
  const pages = new Map(
    PAGES.map((p) => [
      `/${p.key}.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${p.name}</title>` +
        `<script type="module" src="/dist/regin-widgets.js"></script></head><body>` +
        p.tags.map((t) => `<${t}></${t}>`).join('') +
        '</body></html>',
    ]),
  );
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const page = pages.get(path);
    if (page) return void res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(page);
    if (path.startsWith('/dist/')) {
      const file = join(dist, normalize(path.slice('/dist/'.length)).replace(/^(\.\.(\/|\\|$))+/, ''));
      try {
        const body = readFileSync(file);
        return void res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        // 404 below
      }
    }
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Opens each page of {@link PAGES} in headless Chromium and records the JavaScript files it fetched until
 * every widget on it left `loading` (and the map drew its regions): the code (budgeted) and the data
 * modules of chunks/data/ (reported).
 */
export async function measurePages() {
  const server = await servePages();
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
  try {
    const results = [];
    for (const p of PAGES) {
      const page = await browser.newPage();
      const scripts = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      });
      await page.goto(`${server.origin}/${p.key}.html`);
      await page.waitForFunction(
        (tags) =>
          tags.every((t) => {
            const el = document.querySelector(t);
            const state = el?.getAttribute('state');
            if (!state || state === 'loading') return false;
            // The map is ready when its regions are drawn, not only its data.
            return t !== 'regin-partner-map' || !!el.shadowRoot?.querySelector('svg path');
          }),
        { timeout: 60_000, polling: 100 },
        p.tags,
      );
      const states = await page.evaluate((tags) => tags.map((t) => document.querySelector(t)?.getAttribute('state')), p.tags);
      await page.close();
      const files = [...new Set(scripts)].map((path) => {
        const rel = path.slice('/dist/'.length);
        return { file: rel, gzip: gzip(readFileSync(join(dist, rel))), data: rel.startsWith('chunks/data/') };
      });
      const code = files.filter((f) => !f.data);
      const data = files.filter((f) => f.data);
      results.push({
        ...p,
        states,
        files,
        gzip: code.reduce((n, f) => n + f.gzip, 0),
        dataGzip: data.reduce((n, f) => n + f.gzip, 0),
        goal: BUDGET[p.key].goal,
        limit: BUDGET[p.key].limit,
      });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function measure() {
  try {
    statSync(join(dist, 'regin-widgets.js'));
  } catch {
    throw new Error('dist/regin-widgets.js is missing: run `npm run build` first');
  }
  const pages = await measurePages();
  const rows = [];
  for (const el of ELEMENTS) {
    const min = await bundle(`src/${el}.ts`, true);
    rows.push({
      name: `regin-widgets/${el} alone, one file`,
      raw: (await bundle(`src/${el}.ts`, false)).length,
      min: min.length,
      gzip: gzip(min),
    });
  }
  return { pages, rows, geometry: geometryFiles() };
}

/** Every geometry file that ships (src/assets/geometry/), with its bytes and gzip -9 size. */
function geometryFiles() {
  const dir = join(root, 'src', 'assets', 'geometry');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.topo.json'))
    .sort()
    .map((f) => {
      const buf = readFileSync(join(dir, f));
      return { file: f.slice(0, -'.topo.json'.length), raw: buf.length, gzip: gzip(buf) };
    });
}

/** The geometry files among a page's data modules (chunks/data/<file>.topo-<hash>.js). */
const geometryOf = (page) => page.files.filter((f) => f.data && /\.topo-[\w-]+\.js$/.test(f.file));

export function geometryTable(files, mapPage) {
  const used = new Set(geometryOf(mapPage).map((f) => f.file.replace(/^chunks\/data\//, '').replace(/\.topo-[\w-]+\.js$/, '')));
  const head = ['geometry file', 'raw', 'gzip', 'fetched by the page with one map'];
  const body = files.map((f) => [f.file, kb(f.raw), kb(f.gzip), used.has(f.file) ? 'yes' : '']);
  return [head, head.map(() => '---'), ...body].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export function pageTable(pages) {
  const head = ['page (one script tag, built-in feed)', 'files', 'code gzip', 'goal', 'limit', 'data gzip (not counted)'];
  const body = pages.map((p) => [
    p.name,
    String(p.files.filter((f) => !f.data).length),
    kb(p.gzip),
    `≤ ${kb(p.goal)} ${p.gzip <= p.goal ? '✅' : '⚠️ not yet'}`,
    `≤ ${kb(p.limit)} ${p.gzip <= p.limit ? '✅' : '❌ over'}`,
    kb(p.dataGzip),
  ]);
  return markdownTable(head, body);
}

export function table(rows) {
  return markdownTable(
    ['entry', 'raw', 'min', 'gzip'],
    rows.map((r) => [r.name, kb(r.raw), kb(r.min), kb(r.gzip)]),
  );
}

function markdownTable(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  const rule = '|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|';
  return [line(head), rule, ...body.map(line)].join('\n');
}

/** Where the code a page fetched comes from: each file's parts, read from its source map. */
function printWhy(page) {
  console.log(`Where the code of the ${page.name} comes from (minified bytes; share of each file's gzip size):\n`);
  for (const f of page.files.filter((x) => !x.data)) {
    console.log(`  ${f.file} (${kb(f.gzip)} gzip)`);
    let parts;
    try {
      parts = breakdown(join(dist, f.file));
    } catch {
      continue; // a bundler helper chunk without a source map
    }
    const w = Math.max(...parts.map((p) => p.name.length));
    for (const p of parts.slice(0, 15))
      console.log(`    ${p.name.padEnd(w)}  ${kb(p.min).padStart(9)}  ${kb(p.gzip).padStart(8)} gzip`);
  }
  console.log('');
}

const START = '<!-- size-table:start -->';
const END = '<!-- size-table:end -->';

function writeReadme(text) {
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} block`);
  const note = '_Measured by `npm run size` on the built files in headless Chromium (gzip -9 per file; 1 kB = 1000 B)._';
  const next = readme.slice(0, a + START.length) + '\n' + text + '\n\n' + note + '\n' + readme.slice(b);
  if (next !== readme) writeFileSync(path, next);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measure();
  const pages = pageTable(result.pages);
  const entries = table(result.rows);
  console.log(
    '\nPage weight: gzip -9 of the JavaScript a page fetches until its widgets are ready (CDN build, headless Chromium)\n',
  );
  console.log(pages + '\n');
  console.log('npm element entries, each bundled alone (for information)\n');
  console.log(entries + '\n');
  const mapPage = result.pages.find((p) => p.key === 'map');
  const mapGeometry = geometryOf(mapPage).reduce((n, f) => n + f.gzip, 0);
  const geometry = geometryTable(result.geometry, mapPage);
  console.log(
    `Map geometry (fetched on demand as data modules): the page with one map fetches ${kb(mapGeometry)} (limit ${kb(GEOMETRY_LIMIT_GZIP)})\n`,
  );
  console.log(geometry + '\n');
  if (process.argv.includes('--readme')) writeReadme(pages + '\n\n' + entries);
  const over = result.pages.filter((p) => p.gzip > p.limit);
  if (mapGeometry > GEOMETRY_LIMIT_GZIP) {
    console.error(
      `size limit exceeded: the page with one map fetches ${kb(mapGeometry)} of geometry (gzip), limit ${kb(GEOMETRY_LIMIT_GZIP)}`,
    );
    process.exitCode = 1;
  }
  if (over.length || process.argv.includes('--why')) for (const p of result.pages) printWhy(p);
  for (const p of result.pages.filter((x) => x.gzip > x.goal)) {
    console.warn(`size goal not reached yet: the ${p.name} fetches ${kb(p.gzip)} of code (gzip), goal ${kb(p.goal)}`);
  }
  for (const p of over)
    console.error(`size limit exceeded: the ${p.name} fetches ${kb(p.gzip)} of code (gzip), limit ${kb(p.limit)}`);
  process.exit(over.length || process.exitCode ? 1 : 0);
}
