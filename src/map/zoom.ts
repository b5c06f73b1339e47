/**
 * The zoom and pan of the mainland as a plain value: scale `k` and translation `x`,`y` in SVG units.
 * Kept in the element's reactive state and rendered through the template (`transform` of a group).
 */
import type { Point } from './scene.js';

export interface ZoomState {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const IDENTITY: ZoomState = Object.freeze({ k: 1, x: 0, y: 0 });
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

/** Keeps the zoomed map covering the view: no panning past its edges, no zooming out past the whole map. */
export function clamp(t: ZoomState, width: number, height: number): ZoomState {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.k));
  const x = Math.min(0, Math.max(width - width * k, t.x));
  const y = Math.min(0, Math.max(height - height * k, t.y));
  return { k, x, y };
}

/** Zooms by `factor` keeping the SVG point `at` still (the view's centre when not given). */
export function zoomBy(t: ZoomState, factor: number, width: number, height: number, at?: Point): ZoomState {
  const [px, py] = at ?? [width / 2, height / 2];
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, t.k * factor));
  const ratio = k / t.k;
  return clamp({ k, x: px - (px - t.x) * ratio, y: py - (py - t.y) * ratio }, width, height);
}

/** Moves the view by `dx`,`dy` SVG units. */
export function panBy(t: ZoomState, dx: number, dy: number, width: number, height: number): ZoomState {
  return clamp({ k: t.k, x: t.x + dx, y: t.y + dy }, width, height);
}

/** Where a mainland point is drawn under `t`. */
export function apply(t: ZoomState, [x, y]: Point): Point {
  return [x * t.k + t.x, y * t.k + t.y];
}

/** Pans (without zooming) so that `point` is at least `margin` inside the view; unchanged when it already is. */
export function panToShow(t: ZoomState, point: Point, width: number, height: number, margin = 40): ZoomState {
  const [sx, sy] = apply(t, point);
  const m = Math.min(margin, width / 4, height / 4);
  const dx = sx < m ? m - sx : sx > width - m ? width - m - sx : 0;
  const dy = sy < m ? m - sy : sy > height - m ? height - m - sy : 0;
  return dx === 0 && dy === 0 ? t : panBy(t, dx, dy, width, height);
}

/** The `transform` attribute for a group. */
export function transformOf(t: ZoomState): string {
  return `translate(${+t.x.toFixed(2)} ${+t.y.toFixed(2)}) scale(${+t.k.toFixed(4)})`;
}
