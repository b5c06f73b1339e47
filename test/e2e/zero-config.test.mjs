// Zero-configuration bundling: a fresh app installs the packed package, imports one element with one
// line, and the radar reaches `ready` on the built-in feed — with Vite's build and its dev server (and its
// dependency optimiser), with Rollup (only resolving packages, as every Rollup app does) and with
// webpack 5 — with no config file, no copied folder, no asset setting.
// Needs `npm run build`; the tools come from this project's devDependencies, nothing from the network.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import webpack from 'webpack';
import { launch, recordingPage, waitForWidgets } from './browser.mjs';
import { consumerProject, root } from './consumer.mjs';
import { serve } from './server.mjs';

const MAIN = "import 'regin-widgets/indicator-radar';\n";
const INDEX = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title>
<script type="module" src="./main.js"></script></head>
<body><regin-indicator-radar></regin-indicator-radar></body></html>
`;

/** Opens `url` and returns the radar's state once it has settled, with what the page logged. */
async function radarState(browser, url) {
  const { page, log } = await recordingPage(browser);
  await page.goto(url);
  const states = await waitForWidgets(page, ['regin-indicator-radar'], 60_000);
  const notice = await page.evaluate(
    () => document.querySelector('regin-indicator-radar').shadowRoot.querySelector('[role=alert]')?.textContent ?? '',
  );
  await page.close();
  return { state: states['regin-indicator-radar'], notice, log };
}

describe('a fresh app that installs the package and imports one element, with no setup', () => {
  let app;
  let remove;
  let browser;

  before(async () => {
    assert.ok(existsSync(join(root, 'dist', 'indicator-radar.js')), 'dist/ is missing: run `npm run build` first');
    ({ dir: app, remove } = await consumerProject());
    await writeFile(join(app, 'main.js'), MAIN);
    await writeFile(join(app, 'index.html'), INDEX);
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await remove?.();
  });

  it('works after `vite build`', async () => {
    await build({ root: app, configFile: false, logLevel: 'silent', build: { outDir: join(app, 'vite-dist') } });
    const server = await serve({ mounts: { '/': join(app, 'vite-dist') }, csp: null });
    try {
      const { state, notice, log } = await radarState(browser, `${server.origin}/index.html`);
      assert.equal(state, 'ready', notice);
      assert.deepEqual(log.failed, []);
      assert.ok(
        server.requests.some((u) => /regin-feed.*\.js$/.test(u)),
        'the built-in feed is a module of the app',
      );
    } finally {
      await server.close();
    }
  });

  it('works on the Vite dev server, through its dependency optimiser', async () => {
    const server = await createServer({
      root: app,
      configFile: false,
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1' },
    });
    await server.listen();
    try {
      const { state, notice, log } = await radarState(browser, `${server.resolvedUrls.local[0]}index.html`);
      assert.equal(state, 'ready', notice);
      assert.deepEqual(
        log.failed.filter((f) => !f.endsWith('/favicon.ico')),
        [],
      );
    } finally {
      await server.close();
    }
  });

  it('works after a Rollup build', async () => {
    const bundle = await rollup({ input: join(app, 'main.js'), plugins: [nodeResolve()], logLevel: 'silent' });
    await bundle.write({ dir: join(app, 'rollup-dist'), format: 'es' });
    await bundle.close();
    await writeFile(join(app, 'rollup.html'), INDEX.replace('./main.js', './rollup-dist/main.js'));
    const server = await serve({ mounts: { '/': app }, csp: null });
    try {
      const { state, notice, log } = await radarState(browser, `${server.origin}/rollup.html`);
      assert.equal(state, 'ready', notice);
      assert.deepEqual(log.failed, []);
    } finally {
      await server.close();
    }
  });

  it('works after a webpack 5 build', async () => {
    await writeFile(
      join(app, 'webpack.html'),
      INDEX.replace('<script type="module" src="./main.js"></script>', '<script src="./wp-dist/main.js"></script>'),
    );
    const stats = await new Promise((resolve, reject) =>
      webpack(
        {
          mode: 'production',
          context: app,
          entry: './main.js',
          output: { path: join(app, 'wp-dist'), publicPath: 'auto' },
          resolve: { modules: [join(app, 'node_modules')] },
        },
        (err, s) => (err ? reject(err) : resolve(s)),
      ),
    );
    assert.equal(stats.hasErrors(), false, stats.toString('errors-only'));
    const server = await serve({ mounts: { '/': app }, csp: null });
    try {
      const { state, notice, log } = await radarState(browser, `${server.origin}/webpack.html`);
      assert.equal(state, 'ready', notice);
      assert.deepEqual(log.failed, []);
    } finally {
      await server.close();
    }
  });
});
