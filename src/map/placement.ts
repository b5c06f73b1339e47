/**
 * Where organisation markers go so that they never cover a region's polygon: a marker stays on its place
 * when that is clear; otherwise it moves to the nearest clear spot around it (inside its frame, off every
 * polygon and every other marker), and the scene draws a leader line from the place to it. Pure
 * arithmetic on screen coordinates.
 */
import type { Box } from './insets.js';
import { ringsOf } from './path.js';
import type { Fit, Point } from './projection.js';
import type { GeoJsonObject } from 'geojson';

/** A polygon ring on screen, with its bounding box for quick rejection. */
export interface ScreenRing {
  readonly points: readonly Point[];
  readonly box: Box;
}

/** The rings of a planar shape placed by `fit`. */
export function screenRings(shape: GeoJsonObject, { k, tx, ty }: Fit): ScreenRing[] {
  const out: ScreenRing[] = [];
  for (const ring of ringsOf(shape)) {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    const points = ring.map((p): Point => {
      const x = p[0]! * k + tx;
      const y = p[1]! * k + ty;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      return [x, y];
    });
    out.push({
      points,
      box: [
        [x0, y0],
        [x1, y1],
      ],
    });
  }
  return out;
}

/** The radius of the circle that holds a marker of `size` px² of any role's shape (the star and diamond reach furthest), stroke included. */
export const markerRadius = (size: number) => Math.sqrt(size * 0.9) + 1;

/** Distance from `p` to the segment `a`–`b`. */
function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Whether a circle at `p` of radius `r` touches any polygon (its centre inside one, or an edge within `r`). */
export function touchesPolygons(p: Point, r: number, rings: readonly ScreenRing[]): boolean {
  const [x, y] = p;
  let inside = false;
  for (const { points, box } of rings) {
    const [[x0, y0], [x1, y1]] = box;
    if (x < x0 - r || x > x1 + r || y < y0 - r || y > y1 + r) continue;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const a = points[i]!;
      const b = points[j]!;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      if (segmentDistance(p, a, b) < r) return true;
    }
  }
  return inside;
}

/** Directions tried around a place, clockwise from the north. */
const DIRECTIONS = 16;
/** Distances tried, in marker radii. */
const STEPS = [2.5, 3.5, 5, 7, 10, 14];

/**
 * Moves markers off the polygons (`rings`) and off each other, inside `frame`; each marker that moved keeps
 * its place as `anchor`. A marker with no clear spot within reach stays on its place.
 */
export function clearOf(
  markers: readonly { key: string; x: number; y: number }[],
  rings: readonly ScreenRing[],
  r: number,
  frame: Box,
): { key: string; x: number; y: number; anchor?: Point }[] {
  const [[fx0, fy0], [fx1, fy1]] = frame;
  const done: { key: string; x: number; y: number; anchor?: Point }[] = [];
  const clear = (p: Point) =>
    p[0] >= fx0 + r &&
    p[0] <= fx1 - r &&
    p[1] >= fy0 + r &&
    p[1] <= fy1 - r &&
    done.every((m) => Math.hypot(m.x - p[0], m.y - p[1]) >= 2 * r + 2) &&
    !touchesPolygons(p, r, rings);
  for (const { key, x, y } of markers) {
    if (clear([x, y])) {
      done.push({ key, x, y });
      continue;
    }
    let spot: Point | undefined;
    search: for (const step of STEPS) {
      for (let i = 0; i < DIRECTIONS; i++) {
        const angle = -Math.PI / 2 + (2 * Math.PI * i) / DIRECTIONS;
        const p: Point = [x + step * r * Math.cos(angle), y + step * r * Math.sin(angle)];
        if (clear(p)) {
          spot = p;
          break search;
        }
      }
    }
    done.push(spot ? { key, x: spot[0], y: spot[1], anchor: [x, y] } : { key, x, y });
  }
  return done;
}
