#!/usr/bin/env node
// Size budget, checked on the built files (run after `vite build --mode cdn`; `npm run build` does).
//
//   node scripts/size-report.mjs            print the table; exit 1 when the bundle is over its enforced limit
//   node scripts/size-report.mjs --readme   also rewrite the table between the size markers in README.md
//
// The budget is for dist/regin-widgets.js, the one file that registers all four elements, gzip -9,
// without the geometry and locale files that load on demand beside it. Each element on its own is
// bundled in memory the same way (self-contained, minified) and reported for information. The map
// geometry the built-in feed's map fetches has its own limit (GEOMETRY_LIMIT_GZIP); every geometry file's
// bytes are listed.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { build, loadConfigFromFile } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

/** Budgets in bytes (1 kB = 1000 B, as Vite prints them). */
export const BUDGET = {
  /** The target for all four elements in one file. Not reached yet: reported, and printed as over. */
  bundleGzip: 45_000,
  /**
   * The enforced limit while the target is open: the bundle as it stands (56.3 kB, with the layouts
   * for every width: the comparison's blocks, the radar drawn for its width, the loading placeholders)
   * plus a little room. Growing past it fails the build; lower it as the bundle shrinks, until it meets
   * the target.
   */
  bundleCeilingGzip: 57_000,
};
/**
 * Limit for the map geometry the built-in feed's map fetches (all its files together, gzip): enforced.
 * The geometry files are listed one by one below the bundle.
 */
export const GEOMETRY_LIMIT_GZIP = 60_000;

/**
 * The geometry files the map fetches for a feed: `base`, the inset file of each outermost region a place
 * lies in, and the NUTS 3 file of each country with a NUTS 3 region not in the base file — what
 * `geometryFiles()` in src/map/files.ts decides, from the same lists.
 */
export function geometryFilesOf(feed) {
  const index = JSON.parse(readFileSync(join(root, 'src/map/geometry-files.json'), 'utf8'));
  const areas = JSON.parse(readFileSync(join(root, 'src/map/inset-areas.json'), 'utf8'));
  const files = new Set(['base']);
  const within = ([lon, lat], [[x0, y0], [x1, y1]]) => lon >= x0 && lon <= x1 && lat >= y0 && lat <= y1;
  for (const place of [...(feed.regions ?? []), ...(feed.partners ?? [])]) {
    const nuts = place.nuts;
    const area = nuts
      ? areas.find((a) => a.prefixes.some((p) => nuts.startsWith(p) || (nuts.length >= 3 && p.startsWith(nuts))))
      : place.location && areas.find((a) => within(place.location, a.bounds));
    if (area) files.add(`inset-${area.id}`);
    if (nuts && nuts.length === 5 && !index.base.includes(nuts) && index.nuts3.includes(nuts.slice(0, 2))) files.add(`nuts3-${nuts.slice(0, 2)}`);
  }
  return [...files];
}

/** Goals per element entry: reported, not enforced. */
const GOALS = { 'indicator-radar': 12_000 };
const ELEMENTS = ['partner-map', 'measure-cards', 'indicator-radar', 'region-comparison'];

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;

let cdnPlugins;
/** The CDN build's plugins from vite.config.ts, without the two that only touch files in dist/. */
async function pluginsOfCdnBuild() {
  if (!cdnPlugins) {
    const loaded = await loadConfigFromFile({ command: 'build', mode: 'cdn' }, join(root, 'vite.config.ts'), root, 'silent');
    cdnPlugins = (loaded?.config.plugins ?? []).flat().filter((p) => p && !['regin-copy-assets', 'regin-clean-cdn-chunks'].includes(p.name));
  }
  return cdnPlugins;
}

/** Bundles `entry` in memory as the CDN build does; returns the entry chunk's code. */
async function bundle(entry, minify) {
  return Buffer.from((await bundleChunk(entry, minify)).code);
}

/** The entry chunk of an in-memory CDN-style build of `entry`. */
async function bundleChunk(entry, minify) {
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
  return chunk;
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
      const rest = pieces.filter(([p]) => p !== name).map(([, t]) => t).join('');
      return { name, min: own.reduce((n, [, t]) => n + t.length, 0), gzip: whole - gzip(Buffer.from(rest)) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

function filesUnder(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

const kb = (n) => (n / 1000).toFixed(1) + ' kB';

export async function measure() {
  const bundlePath = join(dist, 'regin-widgets.js');
  let built;
  try {
    built = readFileSync(bundlePath);
  } catch {
    throw new Error('dist/regin-widgets.js is missing: run `npm run build` first');
  }
  const rows = [];
  rows.push({
    name: 'all four elements — dist/regin-widgets.js',
    raw: (await bundle('src/index.ts', false)).length,
    min: built.length,
    gzip: gzip(built),
    budget: BUDGET.bundleGzip,
    ceiling: BUDGET.bundleCeilingGzip,
  });
  for (const el of ELEMENTS) {
    const min = await bundle(`src/${el}.ts`, true);
    rows.push({
      name: `regin-widgets/${el} alone`,
      raw: (await bundle(`src/${el}.ts`, false)).length,
      min: min.length,
      gzip: gzip(min),
      goal: GOALS[el],
    });
  }
  const lazy = (label, files) => {
    const bufs = files.map((f) => readFileSync(f));
    return {
      name: label,
      raw: bufs.reduce((s, b) => s + b.length, 0),
      min: null,
      gzip: bufs.reduce((s, b) => s + gzip(b), 0),
      lazy: true,
      files: files.length,
    };
  };
  const locales = filesUnder(join(dist, 'chunks')).filter((f) => f.endsWith('.js'));
  const assets = filesUnder(join(dist, 'assets')).filter((f) => f.endsWith('.json'));
  // the geometry the built-in feed's map fetches, all its files together, against its limit
  const feed = JSON.parse(readFileSync(join(dist, 'assets', 'regin-feed.json'), 'utf8'));
  const used = geometryFilesOf(feed);
  rows.push({
    ...lazy(`map geometry of the built-in feed (${used.join(', ')})`, used.map((f) => join(dist, 'assets', 'geometry', `${f}.topo.json`))),
    lazy: false,
    budget: GEOMETRY_LIMIT_GZIP,
    ceiling: GEOMETRY_LIMIT_GZIP,
  });
  const extra = [
    lazy(`dist/chunks/ (${locales.length} files loaded on first use)`, locales),
    ...assets.map((f) => lazy(`${relative(dist, f)} (fetched when needed)`, [f])),
  ];
  return { rows, extra };
}

export function table({ rows, extra }) {
  const head = ['entry', 'raw', 'min', 'gzip', 'budget'];
  const status = (r) =>
    r.budget != null
      ? r.gzip <= r.budget
        ? `≤ ${kb(r.budget)} ✅`
        : `target ≤ ${kb(r.budget)} ❌ over; limit ≤ ${kb(r.ceiling)} ${r.gzip <= r.ceiling ? '✅' : '❌ over'}`
      : r.goal != null
        ? `goal ≤ ${kb(r.goal)} ${r.gzip <= r.goal ? '✅' : '⚠️'}`
        : r.lazy
          ? 'not counted'
          : '—';
  const body = [...rows, ...extra].map((r) => [r.name, kb(r.raw), r.min == null ? '—' : kb(r.min), kb(r.gzip), status(r)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  const rule = '|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|';
  return [line(head), rule, ...body.map(line)].join('\n');
}

const START = '<!-- size-table:start -->';
const END = '<!-- size-table:end -->';

function writeReadme(text) {
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} block`);
  const note = '_Measured by `npm run size` on the built files (gzip -9; 1 kB = 1000 B)._';
  const next = readme.slice(0, a + START.length) + '\n' + text + '\n\n' + note + '\n' + readme.slice(b);
  if (next !== readme) writeFileSync(path, next);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measure();
  const text = table(result);
  console.log('\nSize budget (gzip -9; the chunks and files loaded on demand beside the bundle are not counted)\n');
  console.log(text + '\n');
  if (process.argv.includes('--readme')) writeReadme(text);
  const overTarget = result.rows.filter((r) => r.budget != null && r.gzip > r.budget);
  const over = result.rows.filter((r) => r.ceiling != null && r.gzip > r.ceiling);
  if (overTarget.length || process.argv.includes('--why')) {
    const parts = breakdown();
    console.log("Where the bytes of dist/regin-widgets.js come from (minified bytes; share of the file's gzip size):\n");
    const w = Math.max(...parts.map((p) => p.name.length));
    for (const p of parts.slice(0, 20)) console.log(`  ${p.name.padEnd(w)}  ${kb(p.min).padStart(9)}  ${kb(p.gzip).padStart(8)} gzip`);
    console.log('');
  }
  for (const r of overTarget) {
    console.warn(`size target not reached: ${r.name} is ${kb(r.gzip)} gzip, target ${kb(r.budget)}`);
  }
  for (const r of over) console.error(`size limit exceeded: ${r.name} is ${kb(r.gzip)} gzip, limit ${kb(r.ceiling)}`);
  process.exit(over.length ? 1 : 0);
}
