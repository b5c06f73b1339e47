/**
 * The map's projection at run time. The geometry files are already projected (by
 * `scripts/build-geometry.mjs`, with d3-geo) into planar kilometres: a Lambert azimuthal equal-area
 * projection centred on Europe (as ETRS89-LAEA, 10°E 52°N), and one of the same family per inset,
 * centred on its area. Here only points are projected (markers, the extent to show), with the same
 * formula, and planar bounds are fitted into a box by a scale and a translation.
 */
import type { LonLat } from '../feed/types.js';
import type { Box } from './insets.js';

/** A planar or screen point. */
export type Point = readonly [number, number];
/** A planar box: `[[x0, y0], [x1, y1]]`. */
export type Bounds = readonly [Point, Point];

/**
 * The context of the mainland map (lon/lat): Europe from Portugal to Finland, from Crete to the North
 * Cape. The frame is filled with it as far as the shown places allow; what is shown is never cropped.
 */
export const EUROPE_EXTENT: readonly [LonLat, LonLat] = [
  [-10.5, 35],
  [31, 71.2],
];

/** The centre of the projection, as ETRS89-LAEA. */
export const EUROPE_CENTRE: LonLat = [10, 52];

const RADIANS = Math.PI / 180;

/**
 * The Lambert azimuthal equal-area projection centred on `centre`, forward: lon/lat to x east, y south
 * (SVG's direction), in units of `radius` — what d3's `geoAzimuthalEqualArea().rotate([-λ0, -φ0])
 * .scale(radius).translate([0, 0])` gives for a point.
 */
export function azimuthalEqualArea([lon0, lat0]: LonLat, radius = 1): (point: LonLat) => Point {
  const sin0 = Math.sin(lat0 * RADIANS);
  const cos0 = Math.cos(lat0 * RADIANS);
  return ([lon, lat]) => {
    const dl = (lon - lon0) * RADIANS;
    const sin = Math.sin(lat * RADIANS);
    const cos = Math.cos(lat * RADIANS);
    const cosDl = Math.cos(dl);
    const k = Math.sqrt(2 / (1 + sin0 * sin + cos0 * cos * cosDl));
    // the antipode has no single image; d3 puts it on the circle's edge
    if (k === Infinity) return [2 * radius, 0];
    return [radius * k * cos * Math.sin(dl), -radius * k * (cos0 * sin - sin0 * cos * cosDl)];
  };
}

/** Points along the edges of a lon/lat box (parallels are curves once projected, so corners are not enough). */
export function boxOutline([[x0, y0], [x1, y1]]: readonly [LonLat, LonLat], steps = 16): LonLat[] {
  const points: LonLat[] = [];
  for (let i = 0; i <= steps; i++) {
    const x = x0 + ((x1 - x0) * i) / steps;
    const y = y0 + ((y1 - y0) * i) / steps;
    points.push([x, y0], [x, y1], [x0, y], [x1, y]);
  }
  return points;
}

/** The smallest box holding `bounds` (when given) and every finite point. */
export function extend(bounds: Bounds | undefined, points: Iterable<Point>): Bounds | undefined {
  let [[x0, y0], [x1, y1]] = bounds ?? [
    [Infinity, Infinity],
    [-Infinity, -Infinity],
  ];
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return x0 <= x1 && y0 <= y1
    ? [
        [x0, y0],
        [x1, y1],
      ]
    : bounds;
}

/** Planar to screen: `[x·k + tx, y·k + ty]`. */
export interface Fit {
  readonly k: number;
  readonly tx: number;
  readonly ty: number;
}

/** Where a planar point goes on screen. */
export function place({ k, tx, ty }: Fit, [x, y]: Point): Point {
  return [x * k + tx, y * k + ty];
}

/** The scale and translation that fit planar `bounds` into `box`, centred (the arithmetic of d3's `fitExtent`). */
export function fitExtent([[bx0, by0], [bx1, by1]]: Box, [[x0, y0], [x1, y1]]: Bounds): Fit {
  const w = bx1 - bx0;
  const h = by1 - by0;
  const k = Math.min(w / (x1 - x0 || 1e-9), h / (y1 - y0 || 1e-9));
  return { k, tx: bx0 + (w - k * (x1 + x0)) / 2, ty: by0 + (h - k * (y1 + y0)) / 2 };
}

/**
 * The frame of the mainland: the scale and translation that show all of `required` (the shown places) in
 * `box`, and fill the box with as much of `context` (Europe) as that leaves room for — the box is covered
 * by the context when the places allow it, so no empty margins on a phone or a wide screen — while the
 * window shown stays inside `extent` (where the geometry files have land) when it fits there.
 */
export function frameFit(box: Box, required: Bounds, context: Bounds, extent?: Bounds): Fit {
  const [[bx0, by0], [bx1, by1]] = box;
  const w = Math.max(1, bx1 - bx0);
  const h = Math.max(1, by1 - by0);
  const size = ([[x0, y0], [x1, y1]]: Bounds) => [Math.max(x1 - x0, 1e-9), Math.max(y1 - y0, 1e-9)] as const;
  const [rw, rh] = size(required);
  const [cw, ch] = size(context);
  // the largest scale that still shows all that is required; the one at which the context covers the box
  const contain = Math.min(w / rw, h / rh);
  const cover = Math.max(w / cw, h / ch);
  let k = Math.min(contain, cover);
  if (extent) {
    const [ew, eh] = size(extent);
    // never show past the extent (unless what is required is larger)
    k = Math.min(contain, Math.max(k, w / ew, h / eh));
  }
  const W = w / k;
  const H = h / k;
  /** The window's centre on one axis: the context's centre, moved to show all required, then kept in the extent. */
  const centre = (c0: number, c1: number, r0: number, r1: number, size: number, e0?: number, e1?: number) => {
    let c = (c0 + c1) / 2;
    c = Math.min(Math.max(c, r1 - size / 2), r0 + size / 2);
    if (e0 !== undefined && e1 !== undefined) {
      c = e1 - e0 >= size ? Math.min(Math.max(c, e0 + size / 2), e1 - size / 2) : (e0 + e1) / 2;
      // the required places win over the extent
      c = Math.min(Math.max(c, r1 - size / 2), r0 + size / 2);
    }
    return c;
  };
  const cx = centre(context[0][0], context[1][0], required[0][0], required[1][0], W, extent?.[0][0], extent?.[1][0]);
  const cy = centre(context[0][1], context[1][1], required[0][1], required[1][1], H, extent?.[0][1], extent?.[1][1]);
  return { k, tx: bx0 + w / 2 - cx * k, ty: by0 + h / 2 - cy * k };
}

/** The planar window a fit shows in a box (the inverse of {@link place} on the box's corners). */
export function windowOf({ k, tx, ty }: Fit, [[bx0, by0], [bx1, by1]]: Box): Bounds {
  return [
    [(bx0 - tx) / k, (by0 - ty) / k],
    [(bx1 - tx) / k, (by1 - ty) / k],
  ];
}

/** The box an inset's area is fitted into: its frame less a padding and the label strip at the bottom. */
export function insetInner([[bx0, by0], [bx1, by1]]: Box, labelHeight = 16): Box {
  const pad = 4;
  return [
    [bx0 + pad, by0 + pad],
    [Math.max(bx0 + pad + 1, bx1 - pad), Math.max(by0 + pad + 1, by1 - pad - labelHeight)],
  ];
}
