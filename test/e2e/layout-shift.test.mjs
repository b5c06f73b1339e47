// Stable loading on the built demo: each widget reserves about its final height while it loads, so the
// page's cumulative layout shift (Chromium's `layout-shift` entries, as the Web Vitals count them:
// the largest session window of shifts without recent input) stays below 0.1, at a desktop and a phone width.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serveDemo } from './server.mjs';
import { launch, waitForWidgets } from './browser.mjs';

/** Records layout shifts from the first paint on (a buffered PerformanceObserver). */
function observeShifts() {
  const entries = [];
  Object.defineProperty(window, '__shifts', { value: entries });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) entries.push({ value: e.value, startTime: e.startTime });
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Cumulative layout shift as the Web Vitals define it: the largest window of shifts < 1 s apart, ≤ 5 s long. */
function cls(shifts) {
  let worst = 0;
  let sum = 0;
  let first = 0;
  let last = 0;
  for (const s of shifts) {
    if (sum && s.startTime - last < 1000 && s.startTime - first < 5000) sum += s.value;
    else {
      sum = s.value;
      first = s.startTime;
    }
    last = s.startTime;
    worst = Math.max(worst, sum);
  }
  return worst;
}

describe('the demo loads without moving', () => {
  let server;
  let browser;

  before(async () => {
    server = await serveDemo();
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [width, height] of [
    [1280, 900],
    [360, 740],
  ]) {
    it(`has a cumulative layout shift below 0.1 at ${width} px`, async () => {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      await page.evaluateOnNewDocument(observeShifts);
      await page.goto(`${server.origin}/index.html`);
      await waitForWidgets(page);
      // Late work (the map's geometry, fonts, the cards' search index) gets its frames too.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const shifts = await page.evaluate(() => window.__shifts);
      const score = cls(shifts);
      console.log(`# CLS at ${width} px: ${score.toFixed(3)} (${shifts.length} shifts)`);
      assert.ok(score < 0.1, `CLS ${score.toFixed(3)} at ${width} px`);
      await page.close();
    });
  }
});
