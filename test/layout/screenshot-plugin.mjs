// @ts-check
// The layout suite's `layout-screenshot` command: saves the test page as a PNG under layout-screenshots/
// (git-ignored; kept as CI artefacts for people to look at, never compared).
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../layout-screenshots/', import.meta.url));

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function layoutScreenshotPlugin() {
  return {
    name: 'layout-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'layout-screenshot') return undefined;
      const name = String(/** @type {{ name?: unknown }} */ (payload)?.name ?? 'page').replace(/[^\w.-]+/g, '_');
      const browser = /** @type {{ getPage?: (id: string) => import('puppeteer-core').Page }} */ (
        /** @type {unknown} */ (session.browser)
      );
      if (!browser.getPage) return false;
      await mkdir(DIR, { recursive: true });
      await browser.getPage(session.id).screenshot({ path: `${DIR}${name}.png`, fullPage: true });
      return true;
    },
  };
}
