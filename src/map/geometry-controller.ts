/**
 * The geometry a map needs, loaded lazily: the country outlines and the NUTS 2 polygons that ship with
 * the package (NUTS 3 only when a shown region needs it), or the host's own TopoJSON from the `geometry`
 * attribute. The shipped files are planar (projected when they were built); a host's lon/lat file is
 * projected alike in the browser by a module loaded only then. Loads are shared page-wide (see
 * {@link loadTopology}).
 */
import type { ReactiveControllerHost } from 'lit';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { builtinGeometryUrl, loadTopology } from './load.js';
import { featuresByArea, projectionOf, sameProjection, type PlanarProjection, type PlanarTopology } from './planar.js';
import { ShapeIndex } from './shapes.js';

export type GeometryStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Everything a scene is drawn from; all coordinates planar. */
export interface MapGeometry {
  /** How the files were projected (points are projected the same way). */
  readonly projection: PlanarProjection;
  /** Country outlines by area: the mainland ({@link MAINLAND}) and each inset's id. */
  readonly land: ReadonlyMap<string, FeatureCollection>;
  readonly shapes: ShapeIndex;
}

/** A region file in the planar form of the country outlines: as it is when it is, projected when it is lon/lat. */
export async function toPlanar(topology: Topology, projection: PlanarProjection): Promise<PlanarTopology> {
  const own = projectionOf(topology);
  if (own) {
    if (!sameProjection(own, projection)) throw new Error('the geometry file is projected differently from the country outlines');
    return topology as PlanarTopology;
  }
  const { projectTopology } = await import('./project-topology.js');
  return projectTopology(topology, projection);
}

/** The geometry of the country outlines at `urls[0]` and the regions of the other files (earlier files win). */
async function build([world, ...regions]: readonly Topology[]): Promise<MapGeometry> {
  const projection = world && projectionOf(world);
  if (!projection) throw new Error('the country outlines are not a planar geometry file');
  const shapes = new ShapeIndex();
  for (const t of await Promise.all(regions.map((r) => toPlanar(r, projection)))) shapes.add(t);
  return { projection, land: featuresByArea(world as PlanarTopology), shapes };
}

/** One geometry per set of files per page (a failed one is forgotten, so it can be retried). */
const geometries = new Map<string, Promise<MapGeometry>>();

function geometryOf(urls: readonly string[]): Promise<MapGeometry> {
  const key = urls.join(' ');
  let pending = geometries.get(key);
  if (!pending) {
    pending = Promise.all(urls.map(loadTopology))
      .then(build)
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
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /**
   * Asks for the geometry of a map: `custom` is the host's TopoJSON URL (already checked) or `null` for
   * the built-in files; `nuts3` whether NUTS 3 polygons are needed. Loads only when that changes (a
   * failed load is not retried until then).
   */
  want(custom: string | null, nuts3: boolean): void {
    const urls = [builtinGeometryUrl('countries'), ...(custom ? [custom] : [builtinGeometryUrl('nuts2'), ...(nuts3 ? [builtinGeometryUrl('nuts3')] : [])])];
    const key = urls.join(' ');
    if (key === this.#key) return;
    this.#key = key;
    this.status = 'loading';
    const settle = (status: GeometryStatus, geometry?: MapGeometry) => {
      if (key !== this.#key) return;
      if (geometry) this.geometry = geometry;
      this.status = status;
      this.#host.requestUpdate();
    };
    geometryOf(urls).then(
      (geometry) => settle('ready', geometry),
      () => settle('error'),
    );
  }
}
