/**
 * The script-tag entry (`dist/regin-widgets.js` in the CDN build): a small loader that registers each
 * `regin-*` element the first time one appears, in the document or in an open shadow root, now or
 * later (a CMS or a single-page app inserting it). Only then does it import that element's code and,
 * once for all of them, the shared core; a page with one radar never downloads the map.
 *
 * Open shadow roots are found as they are attached (like Shoelace's autoloader, `attachShadow` is
 * wrapped to watch each new open root) and, at start, by one walk over the document. An element that
 * is already defined (by another copy of the library, or an npm bundle) is not loaded again.
 *
 * A page that knows what it shows can fetch the code earlier with `<link rel="modulepreload">` for the
 * element's chunk (the embed builder writes these links).
 */
import { VERSION } from './version.js';

export { VERSION };
export { setAssetsBase } from './assets-base.js';

/** Each element's code, imported on first sight. */
const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'regin-partner-map': () => import('./partner-map.js'),
  'regin-measure-cards': () => import('./measure-cards.js'),
  'regin-indicator-radar': () => import('./indicator-radar.js'),
  'regin-region-comparison': () => import('./region-comparison.js'),
};

const TAGS = Object.keys(ELEMENTS);
const SELECTOR = TAGS.join(',');

/** Loads started (or found defined), by tag; a failed load is forgotten so a later element retries. */
const loads = new Map<string, Promise<unknown>>();

/**
 * Imports the code of `tag` once. Resolves when the element is defined; rejects (and logs) when its
 * code cannot be loaded — the light-DOM fallback content written by the page stays in view.
 */
export function loadElement(tag: string): Promise<unknown> {
  const load = ELEMENTS[tag];
  if (!load) return Promise.reject(new Error(`regin-widgets has no element <${tag}>`));
  let pending = loads.get(tag);
  if (!pending) {
    pending = customElements.get(tag)
      ? Promise.resolve()
      : load().catch((error: unknown) => {
          loads.delete(tag);
          console.error(`regin-widgets: the code of <${tag}> could not be loaded from beside regin-widgets.js.`, error);
          throw error;
        });
    loads.set(tag, pending);
  }
  return pending;
}

/** Loads every element found in `root` (itself included when it is one), and watches its open shadow roots. */
function discover(root: ParentNode): void {
  if (loads.size === TAGS.length) return;
  if (root instanceof Element && TAGS.includes(root.localName)) void loadElement(root.localName).catch(() => {});
  for (const el of root.querySelectorAll(SELECTOR)) void loadElement(el.localName).catch(() => {});
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }
});

function watch(root: Document | ShadowRoot): void {
  discover(root);
  observer.observe(root, { childList: true, subtree: true });
}

/** Open shadow roots that already exist when the loader starts. */
function existingShadowRoots(doc: Document): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    }
  };
  walk(doc);
  return roots;
}

function start(): void {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attach.call(this, init);
    if (init.mode === 'open') watch(root);
    return root;
  };
  watch(document);
  for (const root of existingShadowRoots(document)) watch(root);
}

/** The version of the loader running on the page: one loader is enough, even with two copies of the script. */
const RUNNING = Symbol.for('regin-widgets.autoload');
const g = globalThis as { [RUNNING]?: string };
if (typeof document !== 'undefined') {
  const running = g[RUNNING];
  if (running === undefined) {
    g[RUNNING] = VERSION;
    start();
  } else if (running !== VERSION) {
    console.warn(`regin-widgets: version ${running} already loads the widgets on this page; version ${VERSION} is not started.`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'regin-partner-map': import('./partner-map.js').ReginPartnerMap;
    'regin-measure-cards': import('./measure-cards.js').ReginMeasureCards;
    'regin-indicator-radar': import('./indicator-radar.js').ReginIndicatorRadar;
    'regin-region-comparison': import('./region-comparison.js').ReginRegionComparison;
  }
}
