// The feed studio of the built demo site, with real file inputs: files in → problems listed by file, row
// and column (the same as `regin-feed build` prints) → the four widgets on the result → feed.json
// downloaded, byte for byte what the CLI writes for the same files. Nothing leaves the browser.
// Needs `npm run build`; builds the demo itself into a temporary folder.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDemo } from './server.mjs';
import { TAGS, launch, recordingPage, waitForWidgets } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

function cli(...args) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, 'dist/cli/regin-feed.mjs'), ...args],
      { cwd: root, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? error.code : 0, lines: stdout.split('\n').filter(Boolean), stderr });
      },
    );
  });
}

/** Windows-1252 bytes of a Latin-1 string, as Excel's "CSV" saves it in Spain. */
const cp1252 = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('the feed studio', () => {
  let server;
  let browser;
  let tmp;

  before(async () => {
    assert.ok(existsSync(join(root, 'dist', 'regin-widgets.js')), 'dist/regin-widgets.js is missing: run `npm run build` first');
    tmp = await mkdtemp(join(tmpdir(), 'regin-studio-'));
    server = await serveDemo();
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  /** Opens the studio; records the method of every request (nothing may be sent). */
  async function open(query = '') {
    const { page, log } = await recordingPage(browser);
    const methods = [];
    page.on('request', (r) => methods.push(`${r.method()} ${r.url()}`));
    await page.goto(`${server.origin}/studio.html${query}`);
    await page.waitForSelector('#studio-files');
    return { page, log, methods };
  }

  const problemTexts = (page) => page.$$eval('#studio-problems li', (lis) => lis.map((li) => li.textContent));

  /** Clicks `selector` and returns the text of the file `name` it downloads. */
  async function downloadFeed(page, dir, selector = '#studio-download', name = 'feed.json') {
    await mkdir(dir, { recursive: true });
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    await page.click(selector);
    // The file can appear (empty) before Chromium has written it: wait for its content.
    const written = async () => (await readdir(dir)).includes(name) && (await stat(join(dir, name))).size > 0;
    for (let i = 0; i < 100 && !(await written()); i++) await new Promise((r) => setTimeout(r, 100));
    return readFile(join(dir, name), 'utf8');
  }

  it('lists the problems of picked files by file, row and column, as the CLI does, and reads them per the decimal sign chosen', async () => {
    const dir = join(tmp, 'office');
    await mkdir(dir);
    await writeFile(join(dir, 'feed.csv'), 'title;updated\nAndalucía;2026-12-01\n');
    await writeFile(join(dir, 'regions.csv'), cp1252('id;name.es;country;lon;lat\nES61;Andalucía;ES;-4,5;37,4\n'));
    await writeFile(
      join(dir, 'measures.csv'),
      cp1252('id;region;title.es;budget;currency\nm1;ES61;Formación;120.000;EUR\nm2;XX99;Acogida;"67,5";EUR\n'),
    );
    const paths = ['feed', 'regions', 'measures'].map((c) => join(dir, `${c}.csv`));
    const expected = await cli(
      'build',
      '--feed',
      paths[0],
      '--regions',
      paths[1],
      '--measures',
      paths[2],
      '--out',
      join(dir, 'cli.json'),
    );
    assert.equal(expected.code, 1);
    assert.equal(expected.lines.length, 2);

    const { page, log, methods } = await open('?lang=es');
    assert.equal(await page.$eval('h1', (h) => h.textContent), 'Taller del feed');
    const input = await page.$('#studio-files');
    await input.uploadFile(...paths);
    await page.waitForFunction(() => document.querySelectorAll('#studio-problems li').length > 0, { timeout: 10_000 });
    assert.equal(await page.$eval('#studio-status', (s) => s.textContent), '2 problemas por corregir');
    // The CLI's lines, `<path>: <message> (<where>)`, are the studio's items, `<where>: <message> <path>`.
    const fromCli = expected.lines.map((line) => {
      const [, path, message, where] = /^(\S+): (.*) \((.*)\)$/.exec(line);
      return `${where}: ${message} ${path}`;
    });
    assert.deepEqual(await problemTexts(page), fromCli);
    assert.match(fromCli[0], /^measures\.csv, row 2, column D "budget": "120\.000" reads two ways/);
    assert.match(fromCli[1], /^measures\.csv, row 3: measure is in region "XX99", which is not in the feed's regions/);
    const notes = await page.$$eval('#studio-notes li', (lis) => lis.map((li) => li.textContent));
    assert.ok(
      notes.some((n) => /^regions\.csv is not UTF-8; it was read as Windows-1252/.test(n)),
      notes.join('\n'),
    );
    assert.equal(await page.$eval('#studio-download', (b) => b.disabled), true);
    // The preview shows the feed as built so far (no scores: the radar and the comparison say so), with
    // its names read right.
    const states = await waitForWidgets(page);
    assert.deepEqual(states, {
      'regin-partner-map': states['regin-partner-map'],
      'regin-measure-cards': states['regin-measure-cards'],
      'regin-indicator-radar': 'empty',
      'regin-region-comparison': 'empty',
    });
    for (const tag of ['regin-partner-map', 'regin-measure-cards'])
      assert.ok(['ready', 'partial'].includes(states[tag]), `${tag}: ${states[tag]}`);
    assert.match(await page.$eval('regin-measure-cards', (el) => el.shadowRoot.textContent), /Formación/);

    await page.select('#studio-decimal', ',');
    await page.waitForFunction(() => document.querySelectorAll('#studio-problems li').length === 1);
    assert.match((await problemTexts(page))[0], /region "XX99", which is not in the feed's regions/);

    assert.deepEqual(log.errors, []);
    assert.deepEqual(
      methods.filter((m) => !m.startsWith(`GET ${server.origin}/`) && !m.startsWith('GET blob:') && !m.startsWith('GET data:')),
      [],
    );
    await page.close();
  });

  it('builds the REGIN example, previews it, and downloads exactly the feed the CLI builds from `init`', async () => {
    const templates = join(tmp, 'templates');
    assert.equal((await cli('init', templates)).code, 0);
    const args = ['feed', 'dimensions', 'regions', 'partners', 'scores', 'baselines', 'measures'].flatMap((c) => [
      `--${c}`,
      join(templates, `${c}.csv`),
    ]);
    const built = await cli('build', ...args, '--out', join(tmp, 'cli-example.json'));
    assert.equal(built.code, 0, built.lines.join('\n'));
    const expected = await readFile(join(tmp, 'cli-example.json'), 'utf8');

    const { page, log } = await open('?lang=fr');
    await page.click('#studio-example');
    await page.waitForFunction(() => /^Flux valide/.test(document.querySelector('#studio-status').textContent), {
      timeout: 15_000,
    });
    assert.equal(await page.$$eval('#studio-problems li', (l) => l.length), 0);
    const states = await waitForWidgets(page);
    for (const tag of TAGS) assert.ok(['ready', 'partial'].includes(states[tag]), `${tag}: ${states[tag]}`);
    assert.equal(await page.$eval('#studio-widgets', (w) => w.lang), 'fr');
    assert.equal(await downloadFeed(page, join(tmp, 'download-example')), expected);
    // The templates to fill in are the files of `init`, byte for byte.
    await page.click('#studio-templates summary');
    await page.waitForSelector('#studio-template-list button');
    const offered = await page.$$eval('#studio-template-list button', (bs) => bs.map((b) => b.textContent));
    assert.deepEqual(offered, [
      'feed.csv',
      'dimensions.csv',
      'regions.csv',
      'partners.csv',
      'scores.csv',
      'baselines.csv',
      'measures.csv',
    ]);
    const [regions] = await page.$$('#studio-template-list button').then((bs) => bs.slice(2, 3));
    await regions.evaluate((b) => (b.id = 'template-regions'));
    assert.equal(
      await downloadFeed(page, join(tmp, 'download-template'), '#template-regions', 'regions.csv'),
      await readFile(join(templates, 'regions.csv'), 'utf8'),
    );
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('downloads for picked template files what the CLI writes for them, and is usable by keyboard and screen reader', async () => {
    const templates = join(tmp, 'templates');
    const names = ['feed', 'dimensions', 'regions', 'partners', 'scores', 'baselines', 'measures'];
    const expected = await readFile(join(tmp, 'cli-example.json'), 'utf8');
    const { page } = await open();
    await (await page.$('#studio-files')).uploadFile(...names.map((c) => join(templates, `${c}.csv`)));
    await page.waitForFunction(() => /^Valid feed/.test(document.querySelector('#studio-status').textContent), {
      timeout: 15_000,
    });
    assert.equal(await page.$eval('#studio-status', (s) => s.getAttribute('role')), 'status');
    // Keyboard: the file picker, then the example button, are reached with Tab, in that order.
    await page.focus('#studio-decimal');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'studio-files');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'studio-example');
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () =>
      (await window.axe.run('#main > :not(#studio-preview)')).violations.map((v) => `${v.id}: ${v.nodes.length}`),
    );
    assert.deepEqual(violations, []);
    assert.equal(await downloadFeed(page, join(tmp, 'download-picked')), expected);
    // A feed JSON is checked on its own, with the CLI's check.
    await (await page.$('#studio-files')).uploadFile(join(tmp, 'cli-example.json'));
    await page.waitForFunction(() => document.querySelector('#studio-file-list').textContent.includes('cli-example.json'));
    assert.match(await page.$eval('#studio-status', (s) => s.textContent), /^Valid feed: 25 regions/);
    const broken = join(tmp, 'broken.json');
    await writeFile(broken, expected.replace('"region": "ES21"', '"region": "XX99"'));
    await (await page.$('#studio-files')).uploadFile(broken);
    await page.waitForFunction(() => document.querySelectorAll('#studio-problems li').length > 0);
    assert.deepEqual(await problemTexts(page), [
      `$.measures[0]: measure is in region "XX99", which is not in the feed's regions; it was left out.`.replace(
        /^(\S+): (.*)$/,
        '$2 $1',
      ),
    ]);
    assert.equal(await page.$eval('#studio-download', (b) => b.disabled), true);
    await page.close();
  });
});
