// @ts-check
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { testServerMiddleware } from './test/server/middleware.mjs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

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
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      // Each page in its own browser context, which headless Chromium shows in its own window: test
      // files running side by side are all visible, so none is starved of animation frames the way a
      // background tab is.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
          // Test files run side by side in background tabs: keep their timers and frames running.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
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
