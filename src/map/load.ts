/**
 * Loading map geometry: the TopoJSON files that ship beside the bundle (fetched lazily, once per page)
 * and a host's own file named by the map's `geometry` attribute.
 */
import type { Topology } from 'topojson-specification';
import { importGeometry } from '../assets-geometry.js';
import { assetUrl, readJsonAsset } from '../assets.js';
import { safeUrl } from '../feed/url.js';

/**
 * The geometry files that ship with the package, in `assets/geometry/`: `base` (land, NUTS 2, a few NUTS 3),
 * `nuts3-<country>` and `inset-<area>` (see `scripts/build-geometry.mjs`).
 */
export type GeometryFile = 'base' | `nuts3-${string}` | `inset-${string}`;

/** URL of a geometry file that ships with the package, resolved beside the script. */
export function builtinGeometryUrl(file: GeometryFile): string {
  return assetUrl(`geometry/${file}.topo.json`);
}

/** One request per URL per page, however many maps use it (a failed load is forgotten, so it can be retried). */
const cache = new Map<string, Promise<Topology>>();

/** Fetches and parses a TopoJSON file; several callers of the same URL share one request. */
export function loadTopology(url: string): Promise<Topology> {
  let pending = cache.get(url);
  if (!pending) {
    pending = readJsonAsset(url, importGeometry)
      .then((data) => {
        if (!isTopology(data)) throw new Error(`${url} is not TopoJSON`);
        return data;
      })
      .catch((error: unknown) => {
        cache.delete(url);
        throw error;
      });
    cache.set(url, pending);
  }
  return pending;
}

function isTopology(data: unknown): data is Topology {
  const t = data as Partial<Topology> | null;
  return !!t && t.type === 'Topology' && typeof t.objects === 'object' && t.objects !== null && Array.isArray(t.arcs);
}

/**
 * Resolves the map's `geometry` attribute to a URL it may fetch, or `null`, through the product's URL
 * check. Unlike feed links, relative URLs are allowed here and resolved against the page (`base`,
 * normally `document.baseURI`): the file is the host's own. Only `https:` and `http:` are fetched
 * (`javascript:`, `data:`, `blob:`, `mailto:` … are refused).
 */
export function resolveGeometryUrl(value: string | null | undefined, base: string): string | null {
  const href = safeUrl(value, base);
  return href && /^https?:/.test(href) ? href : null;
}
