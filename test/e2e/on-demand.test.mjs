// The parts of the built bundle that load on first use — the cards' detail dialog, search and URL-hash
// code, the map's details panel and its colouring by an indicator (`color-by`), the radar's bar and table
// views, the comparison's CSV code — come from dist/chunks/ beside the script, under the strict CSP, and
// nothing loads before it is needed. Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch, recordingPage, waitForWidgets } from './browser.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const page = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title><script type="module" src="/regin/regin-widgets.js"></script></head><body>${body}</body></html>`;
/** The chunks an element's code needs at once (dist/preload.json): its own, the shared core … */
const withElements = existsSync(join(dist, 'preload.json'))
  ? new Set(
      Object.values(JSON.parse(readFileSync(join(dist, 'preload.json'), 'utf8')).elements)
        .flat()
        .map((f) => f.split('/').pop()),
    )
  : new Set();
/** The chunks requested beyond those: the parts loaded on first use. */
const chunkRequests = (log) =>
  log.requests.filter((u) => /\/regin\/chunks\/[^/]+\.js$/.test(u) && !withElements.has(u.split('/').pop()));
/** The chunks' names without their content hashes: `colour-by`, `other-views` … */
const chunkNames = (log) =>
  chunkRequests(log).map((u) =>
    u
      .split('/')
      .pop()
      .replace(/-[\w-]{8}\.js$/, ''),
  );

describe('parts of the bundle loaded on first use', () => {
  let server;
  let browser;

  before(async () => {
    assert.ok(existsSync(join(dist, 'regin-widgets.js')), 'dist/regin-widgets.js is missing: run `npm run build` first');
    server = await serve({
      mounts: { '/regin/': dist },
      pages: {
        '/cards.html': page('<regin-measure-cards></regin-measure-cards>'),
        '/synced.html': page('<regin-measure-cards sync-url></regin-measure-cards>'),
        '/comparison.html': page('<regin-region-comparison></regin-region-comparison>'),
        '/map.html': page('<regin-partner-map></regin-partner-map>'),
        '/choropleth.html': page('<regin-partner-map color-by="labour"></regin-partner-map>'),
        '/radar.html': page('<regin-indicator-radar></regin-indicator-radar>'),
        '/table.html': page('<regin-indicator-radar view="table"></regin-indicator-radar>'),
      },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens a measure’s details with code fetched from beside the script, focus on its heading', async () => {
    const { page: p, log, violations } = await recordingPage(browser);
    await p.goto(`${server.origin}/cards.html`);
    await waitForWidgets(p, ['regin-measure-cards']);
    assert.deepEqual(chunkRequests(log), [], 'nothing extra loads before a measure is opened');
    await p.evaluate(() => document.querySelector('regin-measure-cards').shadowRoot.querySelector('button.open').click());
    await p.waitForFunction(() => document.querySelector('regin-measure-cards').shadowRoot.querySelector('dialog[open] h2'), {
      timeout: 10_000,
    });
    const focused = await p.evaluate(() => document.querySelector('regin-measure-cards').shadowRoot.activeElement?.id);
    assert.equal(focused, 'detail-title');
    assert.equal(chunkRequests(log).length, 1, `one chunk (requests: ${log.requests.join(', ')})`);
    assert.deepEqual(await violations(), [], 'no CSP or Trusted Types violation');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.failed, []);
    await p.close();
  });

  it('searches with code fetched from beside the script on the first search', async () => {
    const { page: p, log, violations } = await recordingPage(browser);
    await p.goto(`${server.origin}/cards.html`);
    await waitForWidgets(p, ['regin-measure-cards']);
    const count = () =>
      p.evaluate(() => document.querySelector('regin-measure-cards').shadowRoot.querySelectorAll('[part~=card]').length);
    const before = await count();
    assert.deepEqual(chunkRequests(log), [], 'nothing extra loads before a search');
    await p.evaluate(() => {
      const input = document.querySelector('regin-measure-cards').shadowRoot.querySelector('input[type=search]');
      input.value = 'zzzz-no-such-measure';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    await p.waitForFunction(
      () => document.querySelector('regin-measure-cards').shadowRoot.querySelectorAll('[part~=card]').length === 0,
      {
        timeout: 10_000,
      },
    );
    assert.ok(before > 0);
    assert.equal(chunkRequests(log).length, 1, `one chunk (requests: ${log.requests.join(', ')})`);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.failed, []);
    await p.close();
  });

  it('reads the filters from the hash with sync-url, its code fetched from beside the script', async () => {
    const { page: p, log, violations } = await recordingPage(browser);
    await p.goto(`${server.origin}/synced.html#measures=q:zzzz-no-such-measure`);
    await waitForWidgets(p, ['regin-measure-cards']);
    await p.waitForFunction(
      () =>
        document.querySelector('regin-measure-cards').shadowRoot.querySelector('input[type=search]')?.value ===
        'zzzz-no-such-measure',
      {
        timeout: 10_000,
      },
    );
    assert.deepEqual(chunkNames(log).sort(), ['hash-sync', 'search'], 'the hash code, then the search code for the query in it');
    assert.deepEqual(await violations(), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.failed, []);
    await p.close();
  });

  it('opens a place’s details on the map with code fetched from beside the script', async () => {
    const { page: p, log, violations } = await recordingPage(browser);
    await p.goto(`${server.origin}/map.html`);
    await waitForWidgets(p, ['regin-partner-map']);
    await p.waitForFunction(() => document.querySelector('regin-partner-map').shadowRoot.querySelector('svg [data-key]'), {
      timeout: 10_000,
    });
    assert.deepEqual(chunkNames(log), ['drawing'], 'only the drawing code, with the geometry, before a place is chosen');
    await p.evaluate(() =>
      document
        .querySelector('regin-partner-map')
        .shadowRoot.querySelector('svg [data-key]')
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })),
    );
    await p.waitForFunction(() => document.querySelector('regin-partner-map').shadowRoot.querySelector('[part=panel] h3'), {
      timeout: 10_000,
    });
    assert.equal(chunkRequests(log).length, 2, `one more chunk (requests: ${log.requests.join(', ')})`);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.failed, []);
    await p.close();
  });

  it('builds the CSV download with code fetched from beside the script', async () => {
    const { page: p, log, violations } = await recordingPage(browser);
    await p.goto(`${server.origin}/comparison.html`);
    await waitForWidgets(p, ['regin-region-comparison']);
    assert.deepEqual(chunkRequests(log), [], 'nothing extra loads before the download');
    const name = await p.evaluate(
      () =>
        new Promise((resolve, reject) => {
          HTMLAnchorElement.prototype.click = function () {
            resolve(this.download);
          };
          setTimeout(() => reject(new Error('no download')), 10_000);
          const root = document.querySelector('regin-region-comparison').shadowRoot;
          [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Download CSV').click();
        }),
    );
    assert.match(name, /^regin-comparison-.+\.csv$/);
    assert.equal(chunkRequests(log).length, 1, `one chunk (requests: ${log.requests.join(', ')})`);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(log.errors, []);
    await p.close();
  });

  it('colours the map by an indicator with code fetched from beside the script, only when color-by asks', async () => {
    const { page: p, log, violations } = await recordingPage(browser);
    await p.goto(`${server.origin}/choropleth.html`);
    await waitForWidgets(p, ['regin-partner-map']);
    // The choropleth's legend: its classes and "no data" (the role legend has neither).
    await p.waitForFunction(
      () => /no data/i.test(document.querySelector('regin-partner-map').shadowRoot.querySelector('svg')?.textContent ?? ''),
      {
        timeout: 10_000,
      },
    );
    assert.deepEqual(chunkNames(log).sort(), ['colour-by', 'drawing']);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.failed, []);
    await p.close();
  });

  it('shows the radar’s bar view with code fetched from beside the script on the first switch', async () => {
    const { page: p, log, violations } = await recordingPage(browser);
    await p.goto(`${server.origin}/radar.html`);
    await waitForWidgets(p, ['regin-indicator-radar']);
    assert.deepEqual(chunkRequests(log), [], 'nothing extra loads before another view is chosen');
    await p.evaluate(() => {
      const root = document.querySelector('regin-indicator-radar').shadowRoot;
      [...root.querySelectorAll('[part=toolbar] button')].find((b) => b.textContent.trim() === 'Bars').click();
    });
    await p.waitForFunction(
      () =>
        document
          .querySelector('regin-indicator-radar')
          .shadowRoot.querySelector('[part=toolbar] button[aria-pressed=true]')
          ?.textContent.trim() === 'Bars',
      { timeout: 10_000 },
    );
    assert.deepEqual(chunkNames(log), ['other-views']);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.failed, []);
    await p.close();
  });

  it('draws a radar asked for view="table" as a table straight away, its code fetched first', async () => {
    const { page: p, log, violations } = await recordingPage(browser);
    await p.goto(`${server.origin}/table.html`);
    await waitForWidgets(p, ['regin-indicator-radar']);
    await p.waitForFunction(
      () => document.querySelector('regin-indicator-radar').shadowRoot.querySelector('[part=table] table'),
      { timeout: 10_000 },
    );
    assert.deepEqual(chunkNames(log), ['other-views']);
    assert.deepEqual(await violations(), []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.failed, []);
    await p.close();
  });
});

describe('a part whose code cannot be loaded (the chunk is missing from the server)', () => {
  let server;
  let browser;
  let copy;

  before(async () => {
    // A copy of dist/ without the code of the map's colour-by and of the radar's bar and table views.
    copy = await mkdtemp(join(tmpdir(), 'regin-dist-'));
    await cp(dist, copy, { recursive: true });
    for (const f of await readdir(join(copy, 'chunks'))) {
      if (/^(colour-by|other-views)-.+\.js$/.test(f)) await rm(join(copy, 'chunks', f));
    }
    server = await serve({
      mounts: { '/regin/': copy },
      pages: {
        '/choropleth.html': page('<regin-partner-map color-by="labour"></regin-partner-map>'),
        '/table.html': page('<regin-indicator-radar view="table"></regin-indicator-radar>'),
      },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  const notice = (tag) => (p) =>
    p.waitForFunction(
      (tag) => /could not be loaded/.test(document.querySelector(tag).shadowRoot.textContent),
      { timeout: 10_000 },
      tag,
    );

  it('the map says so and shows its regions coloured by role', async () => {
    const { page: p, log } = await recordingPage(browser);
    await p.goto(`${server.origin}/choropleth.html`);
    await waitForWidgets(p, ['regin-partner-map']);
    await notice('regin-partner-map')(p);
    const drawn = await p.evaluate(
      () => document.querySelector('regin-partner-map').shadowRoot.querySelectorAll('svg [data-key]').length,
    );
    assert.ok(drawn > 0, 'the regions are drawn');
    assert.deepEqual(log.errors, [], 'no uncaught error');
    await p.close();
  });

  it('the radar says so and shows the radar view instead of the table', async () => {
    const { page: p, log } = await recordingPage(browser);
    await p.goto(`${server.origin}/table.html`);
    await waitForWidgets(p, ['regin-indicator-radar']);
    await notice('regin-indicator-radar')(p);
    const shown = await p.evaluate(() => {
      const root = document.querySelector('regin-indicator-radar').shadowRoot;
      return { svg: !!root.querySelector('svg'), table: !!root.querySelector('[part=table]') };
    });
    assert.deepEqual(shown, { svg: true, table: false });
    assert.deepEqual(log.errors, [], 'no uncaught error');
    await p.close();
  });
});
