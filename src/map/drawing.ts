/**
 * The map's drawing code, loaded on demand with the first geometry (see `geometry-controller.ts`): it
 * turns geometry files into land and region shapes and draws scenes (paths, markers, insets) from them.
 */
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { MapGeometry } from './geometry.js';
import { featuresByArea, MAINLAND, projectionOf, sameProjection, type PlanarProjection, type PlanarTopology } from './planar.js';
import { ShapeIndex } from './shapes.js';

export { buildScene } from './scene.js';

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
export async function buildGeometry([base, ...more]: readonly Topology[], custom?: Topology): Promise<MapGeometry> {
  const projection = base && projectionOf(base);
  if (!projection) throw new Error('the base map is not a planar geometry file');
  const builtIn = new ShapeIndex();
  const land = new Map<string, FeatureCollection>();
  for (const t of [base, ...more] as PlanarTopology[]) {
    if (!sameProjection(projectionOf(t) ?? projection, projection))
      throw new Error('the geometry files are projected differently');
    builtIn.add(t);
    featuresByArea(t, land);
  }
  const mainland = land.get(MAINLAND) ?? { type: 'FeatureCollection', features: [] };
  land.set(MAINLAND, { type: 'FeatureCollection', features: [...mainland.features, ...builtIn.countries()] });
  const shapes = custom ? new ShapeIndex().add(await toPlanar(custom, projection)) : builtIn;
  return { projection, land, shapes };
}
