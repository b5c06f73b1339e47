/**
 * The data files that ship with the code (the built-in feed, map geometry), by file name.
 *
 * Each file is reached through a lazily imported module (`import('./assets/….json')`), so every bundler
 * (Vite dev server and build, Rollup, webpack 5) copies and fingerprints it with no setup, and the CDN
 * build loads it as a chunk from beside the script. A page that never needs a file never loads it.
 *
 * A site that serves the files itself (a copy of `dist/assets/` elsewhere) calls {@link setAssetsBase}
 * once, before the widgets load data: the files are then fetched from there instead.
 *
 * Callers name a file by its URL from {@link assetUrl}, so page-wide caches keyed by URL keep working
 * and a self-hosted copy is just another URL.
 */
import { customAssetsBase } from './assets-base.js';

export { setAssetsBase } from './assets-base.js';

/** Imports the module of a shipped file by its path under `assets/`; `undefined` for no such file. */
export type AssetImporter = (path: string) => Promise<{ default: unknown }> | undefined;

/**
 * The lazily imported modules of the shipped files at the top of `assets/` (the built-in feed). The map's
 * geometry files are listed by src/assets-geometry.ts, which the map brings with its code: pages without
 * a map do not load that list.
 */
const importAsset: AssetImporter = (path) =>
  /^[\w.-]+\.json$/.test(path) ? import(`./assets/${path.slice(0, -'.json'.length)}.json`) : undefined;

/** Where the shipped files are when nobody says otherwise: a name, not a place to fetch from. */
const BUILTIN_BASE = 'regin-widgets:assets/';

/** The URL that names a shipped file (`regin-feed.json`, `geometry/countries.topo.json`). */
export function assetUrl(path: string): string {
  return (customAssetsBase() ?? BUILTIN_BASE) + path;
}

/** Whether `url` names a shipped file that is loaded as a bundled module. */
export function isBundledAsset(url: string): boolean {
  return url.startsWith(BUILTIN_BASE);
}

/** Why a shipped file could not be loaded, naming the file and the fix. */
export class AssetLoadError extends Error {
  override readonly name = 'AssetLoadError';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(
      `regin-widgets could not load its data file "${file.replace(BUILTIN_BASE, 'assets/')}" (${reason}). ` +
        (isBundledAsset(file)
          ? "It is a module that ships beside the widgets' code (dist/assets/ in the package, assets/ beside " +
            'regin-widgets.js on a server): check that the whole folder was copied, or call setAssetsBase(url) ' +
            'with the address of your own copy of dist/assets/.'
          : 'It was fetched from the address given to setAssetsBase(): check that a copy of dist/assets/ is served there.'),
    );
  }
}

/**
 * Reads the JSON file named by `url`: a shipped file from its bundled module (found by `importer`;
 * default: the files at the top of `assets/`), any other URL by `fetch`. Rejects with an
 * {@link AssetLoadError} naming the file and the fix.
 */
export async function readJsonAsset(url: string, importer: AssetImporter = importAsset): Promise<unknown> {
  if (isBundledAsset(url)) {
    const path = url.slice(BUILTIN_BASE.length);
    const pending = importer(path);
    if (!pending) throw new AssetLoadError(url, 'no such file ships with the package');
    try {
      return (await pending).default;
    } catch (error) {
      throw new AssetLoadError(url, String(error));
    }
  }
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new AssetLoadError(url, String(error));
  }
  if (!response.ok) throw new AssetLoadError(url, `HTTP ${response.status}`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new AssetLoadError(url, 'not JSON');
  }
}
