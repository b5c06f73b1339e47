/**
 * The map geometry files that ship with the code, as lazily imported modules (see src/assets.ts). The
 * bundler lists every file of `assets/geometry/` here; the map imports this list with its code, so pages
 * without a map do not load it.
 */
import type { AssetImporter } from './assets.js';

/** The module of `geometry/<name>.json`; `undefined` for any other path. */
export const importGeometry: AssetImporter = (path) => {
  const m = /^geometry\/([\w.-]+)\.json$/.exec(path);
  return m ? import(`./assets/geometry/${m[1]}.json`) : undefined;
};
