// The built demo site: the four widgets linked in one group, the language and theme switchers, and the
// embed builder (live preview, snippet with the version and integrity of dist/regin-widgets.js, copy).
// Needs `npm run build`; builds the demo itself into a temporary folder.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDemo } from './server.mjs';
import { TAGS, launch, recordingPage, waitForWidgets } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

describe('the demo site', () => {
  let server;
  let browser;
  let integrity;

  before(async () => {
    const bundle = join(root, 'dist', 'regin-widgets.js');
    assert.ok(existsSync(bundle), 'dist/regin-widgets.js is missing: run `npm run build` first');
    integrity =
      'sha384-' +
      createHash('sha384')
        .update(await readFile(bundle))
        .digest('base64');
    server = await serveDemo();
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the four widgets on the built-in feed, linked in one group, with nothing from another origin', async () => {
    const { page, log } = await recordingPage(browser);
    await page.goto(`${server.origin}/index.html`);
    const states = await waitForWidgets(page);
    for (const tag of TAGS) assert.ok(['ready', 'partial'].includes(states[tag]), `${tag}: ${states[tag]}`);
    const groups = await page.$$eval('#widgets [group]', (els) => [...new Set(els.map((e) => e.getAttribute('group')))]);
    assert.deepEqual(groups, ['demo']);
    assert.deepEqual(
      log.requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:')),
      [],
    );
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.failed, []);
    await page.close();
  });

  it('switches the widgets’ language and theme', async () => {
    const { page } = await recordingPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForWidgets(page);
    const englishRadar = await page.$eval('#widgets regin-indicator-radar', (el) => el.shadowRoot.textContent);
    const options = await page.$$eval('#demo-lang option', (os) => os.map((o) => `${o.value} ${o.textContent}`));
    assert.deepEqual(options, [
      'en English',
      'fr Français',
      'es Español',
      'ca Català',
      'it Italiano',
      'pt Português',
      'sv Svenska',
    ]);
    await page.select('#demo-lang', 'sv');
    assert.equal(await page.$eval('#widgets', (el) => el.lang), 'sv');
    await page.waitForFunction(
      (before) => document.querySelector('#widgets regin-indicator-radar').shadowRoot.textContent !== before,
      { timeout: 10_000 },
      englishRadar,
    );
    await page.select('#demo-theme', 'dark');
    assert.deepEqual(
      await page.$$eval(
        '#widgets regin-partner-map, #widgets regin-measure-cards, #widgets regin-indicator-radar, #widgets regin-region-comparison',
        (els) => els.map((e) => e.getAttribute('theme')),
      ),
      ['dark', 'dark', 'dark', 'dark'],
    );
    await page.select('#demo-theme', 'auto');
    assert.equal(await page.$$eval('#widgets [theme]', (els) => els.length), 0);
    await page.close();
  });

  it('builds a snippet with the exact version and integrity, and previews the same element', async () => {
    const { page } = await recordingPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await page.select('#embed-widget', 'regin-indicator-radar');
    await page.waitForSelector('#embed-regions input[type=checkbox]');
    const ids = await page.$$eval('#embed-regions input[type=checkbox]', (boxes) => boxes.slice(0, 2).map((b) => b.value));
    for (const id of ids) await page.click(`#embed-regions input[value="${id}"]`);
    await page.select('#embed-lang', 'it');
    await page.select('#embed-theme', 'dark');
    const snippet = await page.$eval('#embed-snippet', (el) => el.textContent);
    assert.ok(snippet.includes(`regin-widgets@${version}/dist/regin-widgets.js`), snippet);
    assert.ok(snippet.includes(`integrity="${integrity}"`), 'the integrity of the built bundle');
    assert.ok(snippet.includes(`<regin-indicator-radar regions="${ids.join(' ')}" lang="it" theme="dark">`), snippet);
    const preview = await page.$eval('#embed-preview regin-indicator-radar', (el) => [
      el.getAttribute('regions'),
      el.lang,
      el.getAttribute('theme'),
    ]);
    assert.deepEqual(preview, [ids.join(' '), 'it', 'dark']);

    await page.click('input[name=hosting][value=self]');
    const selfHosted = await page.$eval('#embed-snippet', (el) => el.textContent);
    assert.ok(selfHosted.includes('src="/regin-widgets/regin-widgets.js"'), selfHosted);

    await page.type('#embed-feed', 'javascript:alert(1)');
    // Checked once typing pauses, not on each keystroke.
    await page.waitForFunction(() => !document.getElementById('embed-feed-error').hidden, { timeout: 3000 });
    assert.ok(!(await page.$eval('#embed-snippet', (el) => el.textContent)).includes('javascript:'));
    await page.close();
  });

  it('checks a typed feed URL once, when typing pauses, without a console error while typing', async () => {
    const { page, log } = await recordingPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await waitForWidgets(page);
    const before = log.requests.length;
    const errorsBefore = log.console.filter((m) => m.type === 'error').length;
    // Same origin, so the test reaches no other server; the file does not exist.
    await page.type('#embed-feed', `${server.origin}/feeds/nope.json`, { delay: 40 });
    const typed = () => log.requests.slice(before).filter((url) => url.startsWith(server.origin) && !url.includes('/static/'));
    assert.deepEqual(typed(), [], 'no request while typing');
    assert.equal(log.console.filter((m) => m.type === 'error').length, errorsBefore, 'no console error while typing');
    await page.waitForFunction(() => !document.getElementById('embed-feed-error').hidden, { timeout: 5000 });
    assert.deepEqual(typed(), [`${server.origin}/feeds/nope.json`]);
    assert.match(await page.$eval('#embed-feed-error', (el) => el.textContent), /404/);
    await page.close();
  });

  it('copies the snippet, or selects it when the clipboard is not available', async () => {
    const context = browser.defaultBrowserContext();
    await context.overridePermissions(server.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const { page } = await recordingPage(browser);
    await page.goto(`${server.origin}/index.html`);
    await page.click('#embed-copy');
    await page.waitForFunction(() => document.getElementById('embed-copy-status').textContent !== '');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.$eval('#embed-snippet', (el) => el.textContent));
    await context.clearPermissionOverrides();

    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      document.getElementById('embed-copy-status').textContent = '';
    });
    await page.click('#embed-copy');
    await page.waitForFunction(() => document.getElementById('embed-copy-status').textContent !== '');
    const selected = await page.evaluate(() => String(document.getSelection()));
    assert.equal(selected, await page.$eval('#embed-snippet', (el) => el.textContent));
    await page.close();
  });

  for (const path of ['/index.html', '/guides.html']) {
    it(`${path} has no accessibility violations (axe, WCAG 2.2 AA)`, async () => {
      const { page } = await recordingPage(browser);
      await page.goto(`${server.origin}${path}`);
      if (path === '/index.html') await waitForWidgets(page);
      await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
      await page.close();
    });
  }

  it('the guides show the current version and the built bundle’s integrity', async () => {
    const { page } = await recordingPage(browser);
    await page.goto(`${server.origin}/guides.html`);
    const text = await page.$eval('main', (el) => el.textContent);
    assert.ok(text.includes(`regin-widgets@${version}/`));
    assert.ok(!text.includes('regin-widgets@VERSION'));
    assert.ok(text.includes(integrity));
    await page.close();
  });
});
