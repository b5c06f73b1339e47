/**
 * The geometry a map needs, loaded lazily: the base file that ships with the package (land, NUTS 2 and
 * the NUTS 3 regions REGIN feeds use), the NUTS 3 file of a country and an outermost region's inset file
 * only when a shown place needs them, and the host's own TopoJSON from the `geometry` attribute. The code
 * that makes shapes of them and draws the map's scenes (`drawing.ts`, an on-demand part) loads with the
 * first geometry, so a page fetches it in parallel with the files and not before. The shipped files are
 * planar (projected when they were built); a host's lon/lat file is projected alike in the browser by a
 * module loaded only then. Loads are shared page-wide (see {@link loadTopology}).
 */
import { LazyPart, type PartHost } from '../core/lazy-part.js';
import type { MapGeometry } from './geometry.js';
import { builtinGeometryUrl, loadTopology, type GeometryFile } from './load.js';

export type { MapGeometry } from './geometry.js';

export type GeometryStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The code that turns geometry files into shapes and draws scenes: loaded on demand, with the first geometry. */
export type Drawing = typeof import('./drawing.js');

/** One geometry per set of files per page (a failed one is forgotten, so it can be retried). */
const geometries = new Map<string, Promise<MapGeometry>>();

function geometryOf(urls: readonly string[], custom: string | null, drawing: Promise<Drawing>): Promise<MapGeometry> {
  const key = [...urls, custom ?? ''].join(' ');
  let pending = geometries.get(key);
  if (!pending) {
    pending = Promise.all([drawing, Promise.all(urls.map(loadTopology)), custom ? loadTopology(custom) : undefined])
      .then(([code, files, own]) => code.buildGeometry(files, own))
      .catch((error: unknown) => {
        geometries.delete(key);
        throw error;
      });
    geometries.set(key, pending);
  }
  return pending;
}

/** The host's geometry and its loading state (it asks the host to update when either changes). */
export class GeometryController {
  status: GeometryStatus = 'idle';
  geometry?: MapGeometry;
  #key = '';
  readonly #host: PartHost;
  readonly #drawing: LazyPart<Drawing>;

  constructor(host: PartHost) {
    this.#host = host;
    this.#drawing = new LazyPart(host, { name: 'map.drawing', load: () => import('./drawing.js') });
  }

  /** Draws a scene of the geometry (its code comes with the geometry). */
  get draw(): Drawing['buildScene'] | undefined {
    return this.#drawing.value?.buildScene;
  }

  /**
   * Asks for the geometry of a map: `custom` is the host's TopoJSON URL (already checked) or `null` for
   * the built-in files; `files` the built-in files its places need (see `geometryFiles()` in `files.ts`). Loads
   * only when that changes (a failed load is not retried until then).
   */
  want(custom: string | null, files: readonly GeometryFile[]): void {
    const urls = files.map(builtinGeometryUrl);
    const key = [...urls, custom ?? ''].join(' ');
    if (key === this.#key) return;
    this.#key = key;
    this.status = 'loading';
    const settle = (status: GeometryStatus, geometry?: MapGeometry) => {
      if (key !== this.#key) return;
      if (geometry) this.geometry = geometry;
      this.status = status;
      this.#host.requestUpdate();
    };
    const drawing = this.#drawing
      .load()
      .then((code) => code ?? Promise.reject(new Error('the map drawing code could not be loaded')));
    geometryOf(urls, custom, drawing).then(
      (geometry) => settle('ready', geometry),
      () => settle('error'),
    );
  }
}
