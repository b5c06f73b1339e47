/**
 * The map as numbers and path strings for one size: where the mainland and the insets go, the base map,
 * a path per region polygon, a point per marker and a label point per item (for keyboard order, tooltip
 * and panel). Computed once per (items, geometry, size); recolouring does not touch it. The geometry is
 * planar already: each layer is fitted with one scale and translation, and only marker locations are
 * projected here.
 */
import type { FeatureCollection } from 'geojson';
import type { LonLat } from '../feed/types.js';
import type { MapGeometry } from './geometry.js';
import { INSET_AREAS, insetAreaOf, layoutInsets, type Box, type InsetArea } from './insets.js';
import type { MapItem } from './items.js';
import { boundsOf, centroidOf, pathOf } from './path.js';
import { MAINLAND, projector } from './planar.js';
import {
  boxOutline,
  EUROPE_EXTENT,
  extend,
  fitExtent,
  frameFit,
  insetInner,
  place,
  type Bounds,
  type Fit,
  type Point,
} from './projection.js';
import { clearOf, markerRadius, screenRings, type ScreenRing } from './placement.js';
import type { RegionShape } from './shapes.js';

export type { Point } from './projection.js';

export interface ScenePolygon {
  readonly key: string;
  readonly d: string;
}
export interface SceneMarker {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  /** Where the place is, when the marker had to move off it (a leader line joins them). */
  readonly anchor?: Point;
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
  /** Where the mainland is fitted (its frame). */
  readonly main: Box;
  /** The mainland's planar-to-screen fit (before zoom). */
  readonly fit: Fit;
  /** Room kept for the legend, or `null` when the legend goes below the map. */
  readonly legend: Box | null;
  /** Height of each inset's label strip. */
  readonly insetLabel: number;
  /** Area of a marker in px², for the map's scale. */
  readonly markerSize: number;
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
  readonly geometry: MapGeometry;
  readonly width: number;
  readonly height: number;
  /** Height the legend needs at a given width (room is kept for it beside the mainland). */
  readonly legendHeight?: (width: number) => number;
  /** The label of each inset area (the inset boxes are sized for them). */
  readonly insetLabel?: (id: string) => string;
}

/** Marker area in px² for a mainland frame of this width: a radius of about 1/180 of it, 4 to 7 px. */
function markerArea(width: number): number {
  const r = Math.min(7, Math.max(4, width / 180));
  return Math.round(Math.PI * r * r);
}

interface Placed {
  readonly item: MapItem;
  readonly shape?: RegionShape;
  readonly area?: InsetArea;
}

/** A layer's projection of marker locations, its fit into the layer's box, that box and the markers' area. */
interface Frame {
  readonly project: (point: LonLat) => Point;
  readonly fit: Fit;
  readonly frame: Box;
  readonly markerSize: number;
}

export function buildScene({ items, geometry, width, height, legendHeight, insetLabel }: SceneInput): Scene {
  const { shapes, land, projection } = geometry;
  const placed: Placed[] = [];
  const unplaced: string[] = [];
  for (const item of items) {
    const area = insetAreaOf(item);
    const shape = item.nuts ? shapes.get(item.nuts, area?.id) : undefined;
    if (!shape && !item.location) {
      unplaced.push(item.key);
      continue;
    }
    placed.push({ item, shape, area });
  }
  const areas = INSET_AREAS.filter((a) => placed.some((p) => p.area === a));
  const layout = layoutInsets(width, height, areas.length, legendHeight, insetLabel ? areas.map((a) => insetLabel(a.id)) : []);
  const mainland = placed.filter((p) => !p.area);
  // what must be shown (every mainland shape and marker), and Europe as the context that fills the frame
  const project = projector(projection, MAINLAND);
  const context = extend(undefined, boxOutline(EUROPE_EXTENT).map(project))!;
  let required: Bounds | undefined;
  for (const { item, shape } of mainland) {
    const more = shape ? boundsOf(shape) : item.location ? [project(item.location)] : undefined;
    if (more) required = extend(required, more);
  }
  const fit = frameFit(layout.main, required ?? context, context, projection.extent);
  const [[mx0], [mx1]] = layout.main;
  const markerSize = markerArea(mx1 - mx0);
  const points = new Map<string, Point>();
  const main = layer({ project, fit, frame: layout.main, markerSize }, land.get(MAINLAND), mainland, points);
  const insets = areas.map((area, i): SceneInset => {
    const box = layout.insets[i]!;
    const inset = projector(projection, area.id);
    const fit = fitExtent(insetInner(box, layout.label), extend(undefined, boxOutline(area.bounds).map(inset))!);
    return {
      area,
      box,
      ...layer(
        { project: inset, fit, frame: box, markerSize },
        land.get(area.id),
        placed.filter((x) => x.area === area),
        points,
      ),
    };
  });
  return {
    width,
    height,
    main: layout.main,
    fit,
    legend: layout.legend,
    insetLabel: layout.label,
    markerSize,
    ...main,
    insets,
    points,
    inInset: new Set(placed.filter((p) => p.area).map((p) => p.item.key)),
    unplaced,
  };
}

function layer(
  { project, fit, frame, markerSize }: Frame,
  land: FeatureCollection | undefined,
  placed: readonly Placed[],
  points: Map<string, Point>,
): SceneLayer {
  const polygons: ScenePolygon[] = [];
  const rings: ScreenRing[] = [];
  const loose: { key: string; at: Point }[] = [];
  for (const { item, shape } of placed) {
    const at = item.location ? place(fit, project(item.location)) : null;
    if (shape) {
      const d = pathOf(shape, fit);
      const centre = at ?? centroidOf(shape, fit);
      if (d && centre) {
        polygons.push({ key: item.key, d });
        rings.push(...screenRings(shape, fit));
        points.set(item.key, centre);
        continue;
      }
    }
    if (at) loose.push({ key: item.key, at });
  }
  const markers = clearOf(
    loose.map(({ key, at: [x, y] }) => ({ key, x, y })),
    rings,
    markerRadius(markerSize),
    frame,
  );
  for (const m of markers) points.set(m.key, [m.x, m.y]);
  return { land: pathOf(land, fit), polygons, markers };
}

/** Spreads markers that would overlap around their common centre, keeping their order. */
export function spread(markers: readonly { key: string; at: Point }[], spacing = 11): SceneMarker[] {
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
