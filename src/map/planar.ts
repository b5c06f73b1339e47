/**
 * The planar geometry files (see `scripts/build-geometry.mjs`): TopoJSON already projected into
 * kilometres, with a `projection` member that says how, so that points (markers) can be projected the
 * same way in the browser. Mainland objects use the projection centred on Europe; an object named after
 * an inset area (`PT20`, `FRY1` …) uses the one centred on that area.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import type { LonLat } from '../feed/types.js';
import { azimuthalEqualArea, type Point } from './projection.js';
import { MAINLAND } from './insets.js';

export interface PlanarProjection {
  readonly type: 'azimuthal-equal-area';
  /** Planar units per radian: the Earth's mean radius in km. */
  readonly radius: number;
  /** Centre of the mainland objects' projection. */
  readonly centre: LonLat;
  /** The most of the mainland the files hold (planar): the map's frame stays inside it. */
  readonly extent?: readonly [readonly [number, number], readonly [number, number]];
  /** Centre of each inset's projection, by area id (the inset's objects are named by it). */
  readonly insets: Readonly<Record<string, LonLat>>;
}

export type PlanarTopology = Topology & { readonly projection: PlanarProjection };

export { MAINLAND } from './insets.js';

/** The projection a topology was built with, or `undefined` when it is not planar (plain lon/lat TopoJSON). */
export function projectionOf(topology: Topology): PlanarProjection | undefined {
  const p = (topology as Partial<PlanarTopology>).projection;
  return p?.type === 'azimuthal-equal-area' ? p : undefined;
}

/** Whether two files were projected alike, so their shapes can be drawn together (the build writes the same member to each). */
export function sameProjection(a: PlanarProjection, b: PlanarProjection): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The area an object of a planar topology belongs to: an inset area's id, or {@link MAINLAND}. An object
 * is named by its area (`PT20`) or by its kind and area (`land@PT20`, `regions@PT20`).
 */
export function areaOfObject(name: string, projection: PlanarProjection): string {
  const area = name.includes('@') ? name.slice(name.indexOf('@') + 1) : name;
  return Object.hasOwn(projection.insets, area) ? area : MAINLAND;
}

/** Whether an object of a built file is land (the base map) rather than regions. */
export const isLand = (name: string) => name === 'land' || name.startsWith('land@');

/** The forward projection of an area (lon/lat to the file's planar units). */
export function projector(projection: PlanarProjection, area: string): (point: LonLat) => Point {
  return azimuthalEqualArea(
    area === MAINLAND ? projection.centre : (projection.insets[area] ?? projection.centre),
    projection.radius,
  );
}

/** The GeoJSON geometry of one TopoJSON polygon or multipolygon (topojson-client's `feature()`). */
export function polygonGeometry<P extends object | null>(
  topology: Topology,
  o: TopoPolygon<P> | TopoMultiPolygon<P>,
): Polygon | MultiPolygon {
  return o.type === 'Polygon' ? feature(topology, o).geometry : feature(topology, o).geometry;
}

/** The land objects of planar topologies as features, by area (added to `byArea`). */
export function featuresByArea(
  topology: PlanarTopology,
  byArea = new Map<string, FeatureCollection>(),
): Map<string, FeatureCollection> {
  for (const [name, object] of Object.entries(topology.objects)) {
    if (!isLand(name)) continue;
    const area = areaOfObject(name, topology.projection);
    const list = byArea.get(area) ?? { type: 'FeatureCollection', features: [] };
    const geometries = object.type === 'GeometryCollection' ? object.geometries : [object];
    for (const g of geometries) {
      if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
        list.features.push({ type: 'Feature', id: g.id, properties: g.properties ?? {}, geometry: polygonGeometry(topology, g) });
      }
    }
    byArea.set(area, list);
  }
  return byArea;
}
