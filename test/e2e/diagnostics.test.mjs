// The English explanations of a feed's problems (src/feed/diagnostics.ts) are their own chunk of the CDN
// build: a page with a good feed never fetches it; a page with a feed with problems does, and logs every
// problem explained in the console while its Spanish visitors read only Spanish. Should that chunk fail
// to load, the visitor's notice is the same and the console still lists every problem (path, code, values).
// Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch, recordingPage, waitForWidgets } from './browser.mjs';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures', import.meta.url));
const page = (lang, body) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host page</title><script type="module" src="/regin/regin-widgets.js"></script></head><body>${body}</body></html>`;
const isDiagnostics = (url) => /\/regin\/chunks\/diagnostics-[\w-]+\.js$/.test(url);
const cardsText = (p) =>
  p.evaluate(() => document.querySelector('regin-measure-cards').shadowRoot.textContent.replace(/\s+/g, ' '));

describe('explanations of feed problems, loaded only for a feed with problems', () => {
  let server;
  let browser;

  before(async () => {
    assert.ok(existsSync(join(dist, 'regin-widgets.js')), 'dist/regin-widgets.js is missing: run `npm run build` first');
    server = await serve({
      mounts: { '/regin/': dist, '/feeds/': fixtures },
      pages: {
        '/good.html': page('es', '<regin-measure-cards></regin-measure-cards><regin-indicator-radar></regin-indicator-radar>'),
        '/bad.html': page('es', '<regin-measure-cards src="/feeds/partial.json"></regin-measure-cards>'),
      },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a page with a good feed never fetches them', async () => {
    const { page: p, log } = await recordingPage(browser);
    await p.goto(`${server.origin}/good.html`);
    const states = await waitForWidgets(p, ['regin-measure-cards', 'regin-indicator-radar']);
    assert.deepEqual(Object.values(states), ['ready', 'ready']);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(log.requests.filter(isDiagnostics), []);
    await p.close();
  });

  it('a page with a feed with problems fetches them once, for the console; the visitor reads Spanish', async () => {
    const { page: p, log } = await recordingPage(browser);
    await p.goto(`${server.origin}/bad.html`);
    const states = await waitForWidgets(p, ['regin-measure-cards']);
    assert.deepEqual(Object.values(states), ['partial']);
    await waitFor(() => log.console.some((m) => /^\$\.measures\[\d+\]: .*; it was left out\.$/.test(m.text)));
    assert.equal(log.requests.filter(isDiagnostics).length, 1, 'the diagnostics chunk, once');
    const shown = await cardsText(p);
    assert.match(shown, /Los detalles para los responsables del sitio están en la consola del navegador\./);
    assert.doesNotMatch(shown, /left out|\$\.measures/, 'no English and no JSON path for the visitor');
    await p.close();
  });

  it('when they cannot load, the visitor’s notice is the same and the console lists every problem by code', async () => {
    const { page: p, log } = await recordingPage(browser);
    await p.setRequestInterception(true);
    p.on('request', (r) => (isDiagnostics(r.url()) ? r.abort() : r.continue()));
    await p.goto(`${server.origin}/bad.html`);
    const states = await waitForWidgets(p, ['regin-measure-cards']);
    assert.deepEqual(Object.values(states), ['partial']);
    await waitFor(() => log.console.some((m) => /could not be loaded/.test(m.text)));
    assert.ok(log.requests.some(isDiagnostics), 'the chunk was asked for');
    assert.ok(
      log.console.some((m) => /^\$\.measures\[\d+\]: left-out \[".+"\]$/.test(m.text)),
      'each problem with its JSON path, code and values',
    );
    const shown = await cardsText(p);
    assert.match(shown, /no se (ha|han) podido utilizar/);
    assert.match(shown, /Los detalles para los responsables del sitio están en la consola del navegador\./);
    await p.close();
  });
});

/** Waits (at most 10 s) until `ok()`. */
async function waitFor(ok) {
  for (let t = 0; t < 200 && !ok(); t++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(ok(), 'in time');
}
