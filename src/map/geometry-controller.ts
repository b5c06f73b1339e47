/**
 * The geometry a map needs, loaded lazily: the base file that ships with the package (land, NUTS 2 and
 * the NUTS 3 regions REGIN feeds use), the NUTS 3 file of a country and an outermost region's inset file
 * only when a shown place needs them, and the host's own TopoJSON from the `geometry` attribute. The code
 * that makes shapes of them and draws the map's scenes (`drawing.ts`) loads with the first geometry, so a
 * page fetches it in parallel with the files and not before. The shipped files are planar (projected when they were built); a host's lon/lat file is
 * projected alike in the browser by a module loaded only then. Loads are shared page-wide (see
 * {@link loadTopology}).
 */
import type { ReactiveControllerHost } from 'lit';
import type { FeatureCollection } from 'geojson';
import type { geometryFiles } from './files.js';
import { builtinGeometryUrl, loadTopology, type GeometryFile } from './load.js';
import type { PlanarProjection } from './planar.js';
import type { ShapeIndex } from './shapes.js';

export type GeometryStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Everything a scene is drawn from; all coordinates planar. */
export interface MapGeometry {
  /** How the files were projected (points are projected the same way). */
  readonly projection: PlanarProjection;
  /** The base map by area: the mainland ({@link MAINLAND}) and each inset's id. */
  readonly land: ReadonlyMap<string, FeatureCollection>;
  readonly shapes: ShapeIndex;
}

/** One geometry per set of files per page (a failed one is forgotten, so it can be retried). */
const geometries = new Map<string, Promise<MapGeometry & { drawing: Drawing }>>();

/** The code that turns geometry files into shapes and draws scenes: loaded on demand, with the first geometry. */
export type Drawing = typeof import('./drawing.js');

function geometryOf(urls: readonly string[], custom: string | null): Promise<MapGeometry & { drawing: Drawing }> {
  const key = [...urls, custom ?? ''].join(' ');
  let pending = geometries.get(key);
  if (!pending) {
    pending = Promise.all([import('./drawing.js'), Promise.all(urls.map(loadTopology)), custom ? loadTopology(custom) : undefined])
      .then(async ([drawing, files, own]) => ({ ...(await drawing.buildGeometry(files, own)), drawing }))
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
  /** Draws a scene of the geometry (its code comes with the geometry). */
  draw?: Drawing['buildScene'];
  #key = '';
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /**
   * Asks for the geometry of a map: `custom` is the host's TopoJSON URL (already checked) or `null` for
   * the built-in files; `files` the built-in files its places need (see {@link geometryFiles}). Loads
   * only when that changes (a failed load is not retried until then).
   */
  want(custom: string | null, files: readonly GeometryFile[]): void {
    const urls = files.map(builtinGeometryUrl);
    const key = [...urls, custom ?? ''].join(' ');
    if (key === this.#key) return;
    this.#key = key;
    this.status = 'loading';
    const settle = (status: GeometryStatus, geometry?: MapGeometry & { drawing: Drawing }) => {
      if (key !== this.#key) return;
      if (geometry) {
        this.geometry = geometry;
        this.draw = geometry.drawing.buildScene;
      }
      this.status = status;
      this.#host.requestUpdate();
    };
    geometryOf(urls, custom).then(
      (geometry) => settle('ready', geometry),
      () => settle('error'),
    );
  }
}
