/**
 * The geometry a map needs, loaded lazily: the base file that ships with the package (land, NUTS 2 and
 * the NUTS 3 regions REGIN feeds use), the NUTS 3 file of a country and an outermost region's inset file
 * only when a shown place needs them, and the host's own TopoJSON from the `geometry` attribute. The shipped files are planar (projected when they were built); a host's lon/lat file is
 * projected alike in the browser by a module loaded only then. Loads are shared page-wide (see
 * {@link loadTopology}).
 */
import type { ReactiveControllerHost } from 'lit';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { geometryFiles } from './files.js';
import { builtinGeometryUrl, loadTopology, type GeometryFile } from './load.js';
import { featuresByArea, MAINLAND, projectionOf, sameProjection, type PlanarProjection, type PlanarTopology } from './planar.js';
import { ShapeIndex } from './shapes.js';

export type GeometryStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Everything a scene is drawn from; all coordinates planar. */
export interface MapGeometry {
  /** How the files were projected (points are projected the same way). */
  readonly projection: PlanarProjection;
  /** The base map by area: the mainland ({@link MAINLAND}) and each inset's id. */
  readonly land: ReadonlyMap<string, FeatureCollection>;
  readonly shapes: ShapeIndex;
}

/** A region file in the planar form of the built files: as it is when it is, projected when it is lon/lat. */
export async function toPlanar(topology: Topology, projection: PlanarProjection): Promise<PlanarTopology> {
  const own = projectionOf(topology);
  if (own) {
    if (!sameProjection(own, projection)) throw new Error('the geometry file is projected differently from the base map');
    return topology as PlanarTopology;
  }
  const { projectTopology } = await import('./project-topology.js');
  return projectTopology(topology, projection);
}

/**
 * The geometry of built files (base first) and, when given, a host's own region file: the land is the
 * built files' land plus each NUTS country merged from its NUTS 2 regions; region shapes come from the
 * host's file when there is one, else from the built files.
 */
async function build([base, ...more]: readonly Topology[], custom?: Topology): Promise<MapGeometry> {
  const projection = base && projectionOf(base);
  if (!projection) throw new Error('the base map is not a planar geometry file');
  const builtIn = new ShapeIndex();
  const land = new Map<string, FeatureCollection>();
  for (const t of [base, ...more] as PlanarTopology[]) {
    if (!sameProjection(projectionOf(t) ?? projection, projection)) throw new Error('the geometry files are projected differently');
    builtIn.add(t);
    featuresByArea(t, land);
  }
  const mainland = land.get(MAINLAND) ?? { type: 'FeatureCollection', features: [] };
  land.set(MAINLAND, { type: 'FeatureCollection', features: [...mainland.features, ...builtIn.countries()] });
  const shapes = custom ? new ShapeIndex().add(await toPlanar(custom, projection)) : builtIn;
  return { projection, land, shapes };
}

/** One geometry per set of files per page (a failed one is forgotten, so it can be retried). */
const geometries = new Map<string, Promise<MapGeometry>>();

function geometryOf(urls: readonly string[], custom: string | null): Promise<MapGeometry> {
  const key = [...urls, custom ?? ''].join(' ');
  let pending = geometries.get(key);
  if (!pending) {
    pending = Promise.all([Promise.all(urls.map(loadTopology)), custom ? loadTopology(custom) : undefined])
      .then(([files, own]) => build(files, own))
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
   * the built-in files; `files` the built-in files its places need (see {@link geometryFiles}). Loads
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
    geometryOf(urls, custom).then(
      (geometry) => settle('ready', geometry),
      () => settle('error'),
    );
  }
}
