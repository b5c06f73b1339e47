/**
 * A host's own TopoJSON (the map's `geometry` attribute), which is in lon/lat, turned into the planar form
 * of the built files: its arcs projected point by point with d3-geo's azimuthal equal-area projection, as
 * `scripts/build-geometry.mjs` projects the built ones — once for the mainland, and once more for each
 * inset area that its polygons reach into. The map loads this module on demand (`import()`), only for a
 * host file, so pages that do not use one never download d3-geo.
 */
import { geoAzimuthalEqualArea } from 'd3-geo';
import type { Position } from 'geojson';
import { transform } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { LonLat } from '../feed/types.js';
import { INSET_AREAS, MAINLAND } from './insets.js';
import type { PlanarProjection, PlanarTopology } from './planar.js';

type Shape = Polygon | MultiPolygon;

/** The map's projection centred on `centre`, in the planar units of `projection`. */
function projector(projection: PlanarProjection, centre: LonLat): (p: Position) => Position {
  const p = geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).scale(projection.radius).translate([0, 0]);
  return (point) => p(point as [number, number]) ?? [NaN, NaN];
}

/** Arc indices of a polygon's rings (a negative index is the reversed arc `~i`). */
function arcIndices(shape: Shape): number[] {
  const rings: number[][] = shape.type === 'Polygon' ? shape.arcs : shape.arcs.flat();
  return rings.flat();
}

/**
 * The polygons of a lon/lat topology, projected alike `projection`: one object `mainland` with every
 * polygon, and one per inset area (named by its id, projected on the area's centre) with the polygons
 * whose lon/lat box overlaps the area's box.
 */
export function projectTopology(source: Topology, projection: PlanarProjection): PlanarTopology {
  const decode = transform(source.transform ?? null);
  // absolute lon/lat (a quantized arc is delta-decoded from its first point)
  const lonlat = source.arcs.map((arc) => arc.map((p, i) => decode(p, i > 0)));
  const shapes: Shape[] = [];
  for (const object of Object.values(source.objects)) {
    for (const g of object.type === 'GeometryCollection' ? object.geometries : [object as GeometryObject]) {
      if (g.type === 'Polygon' || g.type === 'MultiPolygon') shapes.push(g as Shape);
    }
  }
  const main = projector(projection, projection.centre);
  const arcs: Position[][] = lonlat.map((arc) => arc.map(main));
  const objects: Record<string, GeometryObject> = { [MAINLAND]: { type: 'GeometryCollection', geometries: shapes } };
  const boxes = shapes.map((shape) => lonLatBox(arcIndices(shape).map((i) => lonlat[i < 0 ? ~i : i]!)));
  for (const area of INSET_AREAS) {
    const centre = projection.insets[area.id];
    const [[ax0, ay0], [ax1, ay1]] = area.bounds;
    const inside = shapes.filter((_, i) => {
      const [x0, y0, x1, y1] = boxes[i]!;
      return x0 <= ax1 && x1 >= ax0 && y0 <= ay1 && y1 >= ay0;
    });
    if (!centre || inside.length === 0) continue;
    // the area's own copies of the arcs it needs, appended after the mainland's
    const project = projector(projection, centre);
    const copies = new Map<number, number>();
    const copy = (i: number) => {
      const a = i < 0 ? ~i : i;
      let c = copies.get(a);
      if (c === undefined) {
        c = arcs.push(lonlat[a]!.map(project)) - 1;
        copies.set(a, c);
      }
      return i < 0 ? ~c : c;
    };
    objects[area.id] = {
      type: 'GeometryCollection',
      geometries: inside.map((shape): Shape =>
        shape.type === 'Polygon'
          ? { ...shape, arcs: shape.arcs.map((ring) => ring.map(copy)) }
          : { ...shape, arcs: shape.arcs.map((polygon) => polygon.map((ring) => ring.map(copy))) },
      ),
    };
  }
  return { type: 'Topology', projection, objects, arcs };
}

/** `[x0, y0, x1, y1]` of every point of the arcs. */
function lonLatBox(arcs: readonly Position[][]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const arc of arcs) {
    for (const [x, y] of arc) {
      if (x! < x0) x0 = x!;
      if (x! > x1) x1 = x!;
      if (y! < y0) y0 = y!;
      if (y! > y1) y1 = y!;
    }
  }
  return [x0, y0, x1, y1];
}
