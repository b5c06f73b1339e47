// The embed builder's snippet, produced by the same function the demo uses, pasted into a blank HTML page
// and served with a strict CSP next to a copy of dist/. Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { isRendered, launch, recordingPage, waitForWidgets } from './browser.mjs';
import { importTs } from './load-ts.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');

const blankPage = (snippet) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Blank page</title></head>\n<body>\n${snippet}\n</body>\n</html>\n`;

describe('the embed builder snippet pasted into a blank page', () => {
  let server;
  let browser;
  let snippets;
  let integrity;
  let feed;
  let files;

  before(async () => {
    assert.ok(existsSync(join(dist, 'regin-widgets.js')), 'dist/regin-widgets.js is missing: run `npm run build` first');
    snippets = await importTs('demo/snippet.ts');
    integrity =
      'sha384-' +
      createHash('sha384')
        .update(await readFile(join(dist, 'regin-widgets.js')))
        .digest('base64');
    feed = JSON.parse(await readFile(join(dist, 'assets', 'regin-feed.json'), 'utf8'));
    files = JSON.parse(await readFile(join(dist, 'preload.json'), 'utf8'));
    server = await serve({ mounts: { '/regin-widgets/': dist } });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const script = () => ({ src: snippets.selfHostedScriptUrl('/regin-widgets/'), integrity, files });

  /** Options a webmaster might pick for each widget, using regions and dimensions of the built-in feed. */
  const choices = () => {
    const scored = [...new Set(feed.scores.map((s) => s.region))].slice(0, 2);
    return [
      { widget: 'regin-partner-map', lang: 'sv', theme: 'dark', colorBy: feed.framework.dimensions[0]?.id },
      { widget: 'regin-measure-cards', lang: 'es', regions: scored.slice(0, 1) },
      { widget: 'regin-indicator-radar', lang: 'fr', regions: scored },
      { widget: 'regin-region-comparison', theme: 'light', regions: scored },
    ];
  };

  it('renders each widget, under the strict CSP, with the options chosen', async () => {
    for (const options of choices()) {
      const snippet = snippets.embedSnippet(options, script());
      server.setPage('/blank.html', blankPage(snippet));
      const { page, log, violations } = await recordingPage(browser);
      await page.goto(`${server.origin}/blank.html`);
      const states = await waitForWidgets(page, [options.widget]);
      assert.ok(['ready', 'partial'].includes(states[options.widget]), `${options.widget}: ${states[options.widget]}`);
      const attrs = await page.$eval(options.widget, (el) =>
        Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      );
      for (const [name, value] of snippets.widgetAttributes(options))
        assert.equal(attrs[name], value, `${options.widget} ${name}`);
      assert.equal(await isRendered(page, `${options.widget} a`), false, 'the fallback link is not shown twice');
      assert.deepEqual(await violations(), [], `${options.widget}: no CSP violation`);
      assert.deepEqual(log.errors, [], `${options.widget}: no uncaught error`);
      assert.deepEqual(log.failed, [], `${options.widget}: no failed request`);
      assert.deepEqual(
        log.console.filter((m) => m.type === 'error'),
        [],
        `${options.widget}: no console error`,
      );
      await page.close();
    }
  });

  it('preloads the files the widget needs, each checked against its hash', () => {
    const snippet = snippets.embedSnippet({ widget: 'regin-indicator-radar' }, script());
    for (const file of files.elements['regin-indicator-radar']) {
      assert.ok(
        snippet.includes(`<link rel="modulepreload" href="/regin-widgets/${file}" integrity="${files.integrity[file]}"`),
        file,
      );
    }
  });

  it('with an import map, pins the files loaded later: a file that differs from its hash is refused', async () => {
    const pinned = snippets.embedSnippet({ widget: 'regin-indicator-radar' }, { ...script(), importMap: true });
    assert.match(pinned, /<script type="importmap">/);
    const radarChunk = files.elements['regin-indicator-radar'][0];
    const tampered = { ...files, elements: {}, integrity: { ...files.integrity, [radarChunk]: 'sha384-' + 'A'.repeat(64) } };
    const cases = [
      ['/pinned.html', pinned, true],
      [
        '/pinned-tampered.html',
        snippets.embedSnippet({ widget: 'regin-indicator-radar' }, { ...script(), files: tampered, importMap: true }),
        false,
      ],
    ];
    // The import map is an inline script: this page's policy allows inline scripts, as the builder's note says.
    const open = await serve({ mounts: { '/regin-widgets/': dist }, csp: null });
    try {
      for (const [path, snippet, works] of cases) {
        open.setPage(path, blankPage(snippet));
        const { page } = await recordingPage(browser);
        await page.goto(`${open.origin}${path}`);
        if (works) {
          const states = await waitForWidgets(page, ['regin-indicator-radar']);
          assert.ok(['ready', 'partial'].includes(states['regin-indicator-radar']));
        } else {
          await page.waitForNetworkIdle({ idleTime: 300 });
          assert.equal(
            await page.evaluate(() => Boolean(customElements.get('regin-indicator-radar'))),
            false,
            'the tampered chunk is refused',
          );
        }
        await page.close();
      }
    } finally {
      await open.close();
    }
  });

  it('is refused by the browser when the file does not match its integrity hash', async () => {
    const tampered = integrity.slice(0, -4) + (integrity.endsWith('AAA=') ? 'BBB=' : 'AAA=');
    const snippet = snippets.embedSnippet(
      { widget: 'regin-indicator-radar' },
      { src: '/regin-widgets/regin-widgets.js', integrity: tampered },
    );
    server.setPage('/tampered.html', blankPage(snippet));
    const { page, log } = await recordingPage(browser);
    await page.goto(`${server.origin}/tampered.html`);
    await page.waitForNetworkIdle({ idleTime: 300 });
    assert.equal(await page.evaluate(() => Boolean(customElements.get('regin-indicator-radar'))), false);
    assert.ok(
      log.console.some((m) => m.type === 'error' && /integrity/i.test(m.text)),
      'the browser reports the integrity mismatch',
    );
    assert.ok(await isRendered(page, 'regin-indicator-radar a'), 'readers still get the fallback link');
    await page.close();
  });

  it('keeps the fallback link readable with JavaScript off', async () => {
    const snippet = snippets.embedSnippet({ widget: 'regin-partner-map', lang: 'fr' }, script());
    server.setPage('/nojs.html', blankPage(snippet));
    const { page } = await recordingPage(browser, { javaScript: false });
    await page.goto(`${server.origin}/nojs.html`);
    assert.ok(await isRendered(page, 'regin-partner-map a[href="https://cpmr.org/"]'));
    assert.equal(await page.$eval('regin-partner-map p', (p) => p.getAttribute('lang')), 'en', 'the English fallback says so');
    await page.close();
  });
});
