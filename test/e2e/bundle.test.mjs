// The built bundle on a plain static server, as a webmaster would host it: one script tag (or two, or two
// copies), the four elements, a strict Content-Security-Policy with Trusted Types. Needs `npm run build`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { TAGS, isRendered, launch, recordingPage, waitForWidgets } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const OLD_VERSION = '0.0.1-older';

const page = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>${head}</head><body>${body}</body></html>`;
const script = (src) => `<script type="module" src="${src}"></script>`;
const FALLBACK = (tag) => `<p><a class="fallback" href="https://cpmr.org/">Fallback for ${tag}</a></p>`;
const ALL_FOUR = TAGS.map((t) => `<${t}${t === 'regin-indicator-radar' ? ' lang="fr"' : ''}>${FALLBACK(t)}</${t}>`).join('\n');

describe('the built bundle on a static server with a strict CSP', () => {
  let server;
  let browser;

  before(async () => {
    assert.ok(existsSync(join(dist, 'regin-widgets.js')), 'dist/regin-widgets.js is missing: run `npm run build` first');
    // A copy of the same build at another path, and a copy that says it is another version.
    const tmp = await mkdtemp(join(tmpdir(), 'regin-e2e-'));
    await cp(dist, join(tmp, 'copy'), { recursive: true });
    await cp(dist, join(tmp, 'old'), { recursive: true });
    const bundle = await readFile(join(tmp, 'old', 'regin-widgets.js'), 'utf8');
    const versionLiteral = new RegExp(`([\`'"])${version.replace(/\./g, '\\.')}\\1`, 'g');
    assert.match(bundle, versionLiteral, 'the bundle carries its version');
    await writeFile(join(tmp, 'old', 'regin-widgets.js'), bundle.replace(versionLiteral, `"${OLD_VERSION}"`));

    server = await serve({
      mounts: { '/regin/': dist, '/elsewhere/regin/': join(tmp, 'copy'), '/old/': join(tmp, 'old') },
      pages: {
        '/twice.html': page(
          script('/regin/regin-widgets.js') + script('/regin/regin-widgets.js') + script('/elsewhere/regin/regin-widgets.js'),
          ALL_FOUR,
        ),
        '/other-version-first.html': page(script('/old/regin-widgets.js') + script('/regin/regin-widgets.js'), ALL_FOUR),
        '/broken-script.html': page(script('/regin/missing.js'), ALL_FOUR),
      },
    });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders all four widgets when the same bundle is loaded twice and once more from another path', async () => {
    const { page: p, log, violations } = await recordingPage(browser);
    await p.goto(`${server.origin}/twice.html`);
    const states = await waitForWidgets(p);
    for (const tag of TAGS) assert.ok(['ready', 'partial'].includes(states[tag]), `${tag} is ${states[tag]}`);

    assert.deepEqual(await violations(), [], 'no CSP or Trusted Types violation');
    assert.deepEqual(log.errors, [], 'no uncaught error');
    assert.deepEqual(log.failed, [], 'no failed request');
    assert.deepEqual(
      log.console.filter((m) => m.type === 'error'),
      [],
      'no console error',
    );
    assert.deepEqual(
      log.console.filter((m) => /already defined/.test(m.text)),
      [],
      'the same version registers silently',
    );
    // Everything came from the page's own server, resolved next to the first script that registered.
    const foreign = log.requests.filter((u) => !u.startsWith(server.origin));
    assert.deepEqual(foreign, [], 'no request leaves the origin');
    assert.ok(
      log.requests.some((u) => /\/regin\/chunks\/data\/regin-feed-[\w-]+\.js$/.test(u)),
      'the built-in feed comes from beside the script',
    );
    assert.ok(
      log.requests.some((u) => /\/regin\/chunks\/data\/base\.topo-[\w-]+\.js$/.test(u)),
      'the map geometry comes from beside the script',
    );
    await p.close();
  });

  it('loads the widget language files from beside the script', async () => {
    const { page: p, log } = await recordingPage(browser);
    await p.goto(`${server.origin}/twice.html`);
    await waitForWidgets(p);
    const chunks = log.requests.filter((u) => /\/regin\/chunks\/[^/]+\.js$/.test(u));
    assert.ok(chunks.length > 0, `a language chunk was loaded for lang="fr" (requests: ${log.requests.join(', ')})`);
    const radarText = await p.evaluate(() => document.querySelector('regin-indicator-radar')?.shadowRoot?.textContent ?? '');
    const mapText = await p.evaluate(() => document.querySelector('regin-partner-map')?.shadowRoot?.textContent ?? '');
    assert.ok(radarText.length > 0 && mapText.length > 0);
    await p.close();
  });

  it('starts one loader and warns once, naming both versions, when another version already loads the widgets', async () => {
    const { page: p, log, violations } = await recordingPage(browser);
    await p.goto(`${server.origin}/other-version-first.html`);
    await waitForWidgets(p);
    // Both scripts have run once every element is defined and the page is idle.
    await p.waitForNetworkIdle({ idleTime: 300 });
    // The first script's loader registers every element; the second one says so once and stays idle.
    const warnings = log.console.filter((m) => m.type === 'warn' && /regin-widgets/.test(m.text));
    assert.equal(warnings.length, 1, warnings.map((w) => w.text).join('\n'));
    assert.ok(warnings[0].text.includes(OLD_VERSION) && warnings[0].text.includes(version), 'the warning names both versions');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(await violations(), []);
    await p.close();
  });

  it('shows the fallback content when the script fails to load, and hides it once a widget renders', async () => {
    const { page: p } = await recordingPage(browser);
    await p.goto(`${server.origin}/broken-script.html`);
    for (const tag of TAGS) assert.ok(await isRendered(p, `${tag} a.fallback`), `fallback link of ${tag} is shown`);
    await p.goto(`${server.origin}/twice.html`);
    await waitForWidgets(p);
    for (const tag of TAGS) assert.equal(await isRendered(p, `${tag} a.fallback`), false, `fallback of ${tag} is hidden`);
    await p.close();
  });

  it('shows the fallback content with JavaScript turned off', async () => {
    const { page: p } = await recordingPage(browser, { javaScript: false });
    await p.goto(`${server.origin}/twice.html`);
    for (const tag of TAGS) {
      assert.ok(await isRendered(p, `${tag} a.fallback`), `fallback link of ${tag} is shown`);
    }
    const names = await p.$$eval('a.fallback', (links) => links.map((a) => a.textContent));
    assert.deepEqual(
      names,
      TAGS.map((t) => `Fallback for ${t}`),
    );
    await p.close();
  });
});
