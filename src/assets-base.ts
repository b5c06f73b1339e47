/**
 * Where a site serves its own copy of the shipped data files, if it does (see `assets.ts`). Kept apart
 * so the script-tag loader can offer {@link setAssetsBase} without the data registry. Stored on
 * `globalThis` under a `Symbol.for` key, so every copy of the library on the page sees it.
 */
const BASE_KEY = Symbol.for('regin-widgets.assets-base');

export function customAssetsBase(): string | undefined {
  return (globalThis as { [BASE_KEY]?: string })[BASE_KEY];
}

/**
 * Makes the widgets fetch the shipped data files from `base` (a URL of a copy of `dist/assets/`,
 * resolved against the page) instead of loading the modules bundled with the code; `null` goes back
 * to the bundled files. Call it before the first widget loads its data.
 *
 * @example
 * import { setAssetsBase } from 'regin-widgets';
 * setAssetsBase('/static/regin-assets/');
 */
export function setAssetsBase(base: string | null): void {
  const g = globalThis as { [BASE_KEY]?: string };
  if (base === null) {
    delete g[BASE_KEY];
    return;
  }
  const href = new URL(base, globalThis.document?.baseURI ?? globalThis.location?.href).href;
  g[BASE_KEY] = href.endsWith('/') ? href : href + '/';
}
