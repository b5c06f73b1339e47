/**
 * The map as numbers and path strings for one size: where the mainland and the insets go, the base map,
 * a path per region polygon, a point per marker and a label point per item (for keyboard order, tooltip
 * and panel). Computed once per (items, geometry, size); recolouring does not touch it.
 */
import { geoBounds, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LonLat } from '../feed/types.js';
import { INSET_AREAS, insetAreaOf, layoutInsets, type Box, type InsetArea } from './insets.js';
import type { MapItem } from './items.js';
import { EUROPE_EXTENT, growExtent, insetProjection, mainProjection } from './projection.js';
import type { RegionShape, ShapeIndex } from './shapes.js';

export type Point = readonly [number, number];

export interface ScenePolygon {
  readonly key: string;
  readonly d: string;
}
export interface SceneMarker {
  readonly key: string;
  readonly x: number;
  readonly y: number;
}
export interface SceneLayer {
  /** Base map (all countries in view) as one path. */
  readonly land: string;
  readonly polygons: readonly ScenePolygon[];
  readonly markers: readonly SceneMarker[];
}
export interface SceneInset extends SceneLayer {
  readonly area: InsetArea;
  readonly box: Box;
}
export interface Scene extends SceneLayer {
  readonly width: number;
  readonly height: number;
  /** Where the mainland is fitted. */
  readonly main: Box;
  /** Room kept for the legend. */
  readonly legend: Box;
  readonly insets: readonly SceneInset[];
  /** Label point of every placed item, in SVG coordinates (mainland ones before any zoom). */
  readonly points: ReadonlyMap<string, Point>;
  /** Whether an item lies in an inset (its point is not zoomed with the mainland). */
  readonly inInset: ReadonlySet<string>;
  /** Keys of items with neither a known shape nor a location. */
  readonly unplaced: readonly string[];
}

export interface SceneInput {
  readonly items: readonly MapItem[];
  readonly shapes: ShapeIndex;
  readonly countries: FeatureCollection;
  readonly width: number;
  readonly height: number;
  /** Height the legend needs at a given width (room is kept for it beside the mainland). */
  readonly legendHeight?: (width: number) => number;
}

/** Markers closer than this (px) are spread around their common point. */
const MARKER_SPACING = 11;

interface Placed {
  readonly item: MapItem;
  readonly shape?: RegionShape;
  readonly area?: InsetArea;
}

export function buildScene({ items, shapes, countries, width, height, legendHeight }: SceneInput): Scene {
  const placed: Placed[] = [];
  const unplaced: string[] = [];
  for (const item of items) {
    const shape = item.nuts ? shapes.get(item.nuts) : undefined;
    if (!shape && !item.location) {
      unplaced.push(item.key);
      continue;
    }
    placed.push({ item, shape, area: insetAreaOf(item) });
  }
  const areas = INSET_AREAS.filter((a) => placed.some((p) => p.area === a));
  const layout = layoutInsets(width, height, areas.length, legendHeight);
  const mainland = placed.filter((p) => !p.area);
  const extent = growExtent(EUROPE_EXTENT, mainland.flatMap(extentPoints));
  const projection = mainProjection(layout.main, extent).clipExtent([
    [0, 0],
    [width, height],
  ]);
  const points = new Map<string, Point>();
  const main = layer(projection, countries.features, mainland, points);
  const insets = areas.map((area, i): SceneInset => {
    const box = layout.insets[i]!;
    const p = insetProjection(area.bounds, box).clipExtent(box as [[number, number], [number, number]]);
    const near = countries.features.filter((f) => overlaps(boundsOf(f), area.bounds));
    return { area, box, ...layer(p, near, placed.filter((x) => x.area === area), points) };
  });
  return {
    width,
    height,
    main: layout.main,
    legend: layout.legend,
    ...main,
    insets,
    points,
    inInset: new Set(placed.filter((p) => p.area).map((p) => p.item.key)),
    unplaced,
  };
}

function layer(
  projection: GeoProjection,
  land: readonly Feature[],
  placed: readonly Placed[],
  points: Map<string, Point>,
): SceneLayer {
  const path = geoPath(projection).digits(1);
  const polygons: ScenePolygon[] = [];
  const loose: { key: string; at: Point }[] = [];
  for (const { item, shape } of placed) {
    const at = item.location ? projection(item.location as [number, number]) : null;
    if (shape) {
      const d = path(shape as GeoPermissibleObjects) ?? '';
      if (d) {
        polygons.push({ key: item.key, d });
        points.set(item.key, at ?? (path.centroid(shape as GeoPermissibleObjects) as Point));
        continue;
      }
    }
    if (at) loose.push({ key: item.key, at });
  }
  const markers = spread(loose);
  for (const m of markers) points.set(m.key, [m.x, m.y]);
  return {
    land: path({ type: 'FeatureCollection', features: land as Feature[] } as GeoPermissibleObjects) ?? '',
    polygons,
    markers,
  };
}

/** Spreads markers that would overlap around their common centre, keeping their order. */
export function spread(markers: readonly { key: string; at: Point }[], spacing = MARKER_SPACING): SceneMarker[] {
  const groups: { at: Point; keys: string[] }[] = [];
  for (const { key, at } of markers) {
    const g = groups.find((c) => Math.hypot(c.at[0] - at[0], c.at[1] - at[1]) < spacing);
    if (g) g.keys.push(key);
    else groups.push({ at, keys: [key] });
  }
  return groups.flatMap(({ at: [x, y], keys }) =>
    keys.length === 1
      ? [{ key: keys[0]!, x, y }]
      : keys.map((key, i) => {
          const angle = -Math.PI / 2 + (2 * Math.PI * i) / keys.length;
          const r = spacing / (2 * Math.sin(Math.PI / keys.length));
          return { key, x: x + r * Math.cos(angle), y: y + r * Math.sin(angle) };
        }),
  );
}

function extentPoints({ item, shape }: Placed): LonLat[] {
  if (shape) {
    const [a, b] = geoBounds(shape as GeoPermissibleObjects);
    return [a as LonLat, b as LonLat];
  }
  return item.location ? [item.location] : [];
}

const boundsCache = new WeakMap<object, [[number, number], [number, number]]>();
function boundsOf(f: Feature): [[number, number], [number, number]] {
  let b = boundsCache.get(f);
  if (!b) {
    b = geoBounds(f as GeoPermissibleObjects);
    boundsCache.set(f, b);
  }
  return b;
}

function overlaps(a: readonly [LonLat, LonLat], b: readonly [LonLat, LonLat]): boolean {
  const [[ax0, ay0], [ax1, ay1]] = a;
  const [[bx0, by0], [bx1, by1]] = b;
  // geoBounds across the antimeridian gives x0 > x1: treat as the whole width
  const wraps = ax0 > ax1;
  return ay0 <= by1 && ay1 >= by0 && (wraps || (ax0 <= bx1 && ax1 >= bx0));
}
