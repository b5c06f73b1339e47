// @ts-check
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.mjs';
import { testServerMiddleware } from './test/server/middleware.mjs';
import { layoutScreenshotPlugin } from './test/layout/screenshot-plugin.mjs';

/**
 * `fetch()` of a `.json` file (the built-in feed) gets the file as JSON; only module imports
 * (`Sec-Fetch-Dest: script`) get esbuild's JavaScript version of it.
 * @param {import('koa').Context} ctx @param {() => Promise<void>} next
 */
async function rawJsonForFetch(ctx, next) {
  const path = decodeURIComponent(ctx.path);
  if (!path.endsWith('.json') || path.includes('..')) return next();
  // The same URL answers two ways: never let the browser reuse one answer for the other.
  const noReuse = () => {
    ctx.set('Vary', 'Sec-Fetch-Dest');
    ctx.set('Cache-Control', 'no-store');
  };
  if (ctx.get('sec-fetch-dest') === 'script') {
    await next();
    noReuse();
    return;
  }
  const file = fileURLToPath(new URL('.' + path, import.meta.url));
  const body = await readFile(file, 'utf8').catch(() => null);
  if (body === null) return next();
  ctx.type = 'application/json';
  ctx.body = body;
  noReuse();
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  middleware: [testServerMiddleware, rawJsonForFetch],
  plugins: [
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    layoutScreenshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      // Each page in its own browser context, which headless Chromium shows in its own window: test
      // files running side by side are all visible, so none is starved of animation frames the way a
      // background tab is.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [...CHROMIUM_ARGS],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**'],
    report: true,
    reportDir: 'coverage',
  },
};
