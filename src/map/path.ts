/**
 * Planar polygons (the map's pre-projected GeoJSON) to SVG: path strings, centroids and bounds. The path
 * string is the one d3's `geoPath(geoIdentity().scale(k).translate([tx, ty])).digits(1)` writes — one
 * `M…L…Z` per ring, the closing point left out, one decimal — without d3-geo at run time.
 */
import type { Feature, FeatureCollection, GeoJsonObject, GeometryCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Bounds, Fit, Point } from './projection.js';
import { extend } from './projection.js';

/** Every polygon ring of a GeoJSON object (features, collections, polygons; other geometries have none). */
export function* ringsOf(object: GeoJsonObject | null | undefined): Generator<readonly Position[]> {
  if (!object) return;
  switch (object.type) {
    case 'FeatureCollection':
      for (const f of (object as FeatureCollection).features) yield* ringsOf(f);
      return;
    case 'Feature':
      yield* ringsOf((object as Feature).geometry);
      return;
    case 'GeometryCollection':
      for (const g of (object as GeometryCollection).geometries) yield* ringsOf(g);
      return;
    case 'Polygon':
      yield* (object as Polygon).coordinates;
      return;
    case 'MultiPolygon':
      for (const polygon of (object as MultiPolygon).coordinates) yield* polygon;
      return;
  }
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The SVG path of every polygon in `object`, placed by `fit`. Empty when there is none. */
export function pathOf(object: GeoJsonObject | null | undefined, { k, tx, ty }: Fit): string {
  let d = '';
  for (const ring of ringsOf(object)) {
    // a ring repeats its first point at the end: `Z` draws that edge
    for (let i = 0, n = ring.length - 1; i < n; i++) {
      const p = ring[i]!;
      d += (i ? 'L' : 'M') + round(p[0]! * k + tx) + ',' + round(p[1]! * k + ty);
    }
    d += 'Z';
  }
  return d;
}

/**
 * The centroid of the polygons placed by `fit`, weighted by area (holes subtract), as d3's
 * `geoPath.centroid` in the plane; by outline length when the area is zero; `undefined` when empty.
 */
export function centroidOf(object: GeoJsonObject | null | undefined, { k, tx, ty }: Fit): Point | undefined {
  let ax = 0;
  let ay = 0;
  let area = 0;
  let lx = 0;
  let ly = 0;
  let length = 0;
  for (const ring of ringsOf(object)) {
    let x0 = ring[0]![0]! * k + tx;
    let y0 = ring[0]![1]! * k + ty;
    for (let i = 1; i < ring.length; i++) {
      const x = ring[i]![0]! * k + tx;
      const y = ring[i]![1]! * k + ty;
      const z = y0 * x - x0 * y;
      ax += z * (x0 + x);
      ay += z * (y0 + y);
      area += z * 3;
      const l = Math.hypot(x - x0, y - y0);
      lx += (l * (x0 + x)) / 2;
      ly += (l * (y0 + y)) / 2;
      length += l;
      x0 = x;
      y0 = y;
    }
  }
  return area ? [ax / area, ay / area] : length ? [lx / length, ly / length] : undefined;
}

/** The planar bounds of the polygons in `object` (before any fit); `undefined` when empty. */
export function boundsOf(object: GeoJsonObject | null | undefined): Bounds | undefined {
  let bounds: Bounds | undefined;
  for (const ring of ringsOf(object)) bounds = extend(bounds, ring as unknown as Point[]);
  return bounds;
}
