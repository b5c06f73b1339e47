#!/usr/bin/env node
// `npm run bench [name …]`: runs every bench/*.bench.ts (or the named ones) in headless Chromium, one
// after the other in one browser, and prints each one's table with the ratios it measured side by side.
// Pages are served by a Vite dev server in production mode (Lit without dev-mode checks).
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const wanted = process.argv.slice(2);
const names = (await readdir(new URL('.', import.meta.url)))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .filter((n) => wanted.length === 0 || wanted.includes(n))
  .sort();
if (names.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ')}`);
  process.exit(1);
}

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  mode: 'production',
  define: { 'process.env.NODE_ENV': '"production"' },
  resolve: { conditions: ['module', 'browser', 'production'] },
  server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
});
await server.listen();
const address = server.httpServer.address();
const origin = `http://127.0.0.1:${address.port}`;

const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS, '--window-size=1280,900'],
});

let failed = false;
try {
  for (const name of names) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (e) => console.error(`[${name}] ${e.message}`));
    await page.goto(`${origin}/bench/page.html?bench=${encodeURIComponent(name)}`);
    const report = await page
      .waitForFunction(() => window.__benchReport, { timeout: 300_000, polling: 200 })
      .then((h) => h.jsonValue());
    if (report.error) {
      failed = true;
      console.error(`\n${name}: FAILED — ${report.error}`);
    } else {
      print(report);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);

function print(report) {
  console.log(`\n## ${report.title}`);
  if (report.note) console.log(report.note);
  const rows = report.rows.map((r) => [r.name, fmt(r.median), fmt(r.p95), String(r.runs), r.ratio ?? '']);
  const head = ['case', 'median ms', 'p95 ms', 'runs', 'ratio'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  console.log(line(head));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(line(r));
}
function fmt(n) {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}
