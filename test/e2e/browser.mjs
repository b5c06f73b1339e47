// Headless Chromium for the delivery tests, with a record of what a page did: console messages, uncaught
// errors, CSP violations (seen from inside the page) and every request it made.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

export const TAGS = ['regin-partner-map', 'regin-measure-cards', 'regin-indicator-radar', 'regin-region-comparison'];

export async function launch() {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/**
 * Opens a page that records what happens on it.
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ javaScript?: boolean }} [options]
 */
export async function recordingPage(browser, { javaScript = true } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  const log = { console: [], errors: [], requests: [], failed: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.errors.push(String(e?.message ?? e)));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && log.failed.push(`${r.status()} ${r.url()}`));
  if (javaScript) {
    // Runs before any page script, whatever the page's CSP says.
    await page.evaluateOnNewDocument(() => {
      const list = [];
      Object.defineProperty(window, '__violations', { value: list });
      document.addEventListener('securitypolicyviolation', (e) =>
        list.push(`${e.violatedDirective} ${e.blockedURI || ''} ${e.sample || ''}`.trim()),
      );
    });
  } else {
    await page.setJavaScriptEnabled(false);
  }
  const violations = async () => (javaScript ? page.evaluate(() => [...window.__violations]) : []);
  return { page, log, violations };
}

/**
 * Waits until every element in `tags` on the page is defined, has rendered something into its shadow root
 * and reports a settled state; returns `{ tag: state }`.
 * @param {import('puppeteer-core').Page} page
 */
export async function waitForWidgets(page, tags = TAGS, timeout = 30_000) {
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) => {
        const el = document.querySelector(tag);
        const state = el?.getAttribute('state');
        return customElements.get(tag) && el?.shadowRoot && el.shadowRoot.childElementCount > 0 && state && state !== 'loading';
      }),
    { timeout, polling: 100 },
    tags,
  );
  return page.evaluate(
    (tags) => Object.fromEntries(tags.map((t) => [t, document.querySelector(t)?.getAttribute('state')])),
    tags,
  );
}

/** Whether the first `selector` match inside the light DOM is rendered (has a box and is visible). */
export function isRendered(page, selector) {
  return page.evaluate((s) => {
    const el = document.querySelector(s);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility();
  }, selector);
}
