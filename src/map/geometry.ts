/**
 * What a map's scenes are drawn from (types only): the planar projection of the geometry files, the
 * base map by area and the region shapes. Loaded by `geometry-controller.ts`, built by `drawing.ts`.
 */
import type { FeatureCollection } from 'geojson';
import type { PlanarProjection } from './planar.js';
import type { ShapeIndex } from './shapes.js';

/** Everything a scene is drawn from; all coordinates planar. */
export interface MapGeometry {
  /** How the files were projected (points are projected the same way). */
  readonly projection: PlanarProjection;
  /** The base map by area: the mainland (`MAINLAND` in `planar.ts`) and each inset's id. */
  readonly land: ReadonlyMap<string, FeatureCollection>;
  readonly shapes: ShapeIndex;
}
