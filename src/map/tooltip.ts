/**
 * Where the tooltip goes for a point on the map: above it, or below when the point is near the top;
 * aligned so that it stays inside the map near the left and right edges.
 */
import type { Point } from './scene.js';

export interface TooltipPlacement {
  /** Anchor, as a fraction of the map's width and height (so it follows resizes). */
  readonly x: number;
  readonly y: number;
  readonly align: 'start' | 'center' | 'end';
  readonly below: boolean;
}

export function placeTooltip([x, y]: Point, width: number, height: number, room = 96): TooltipPlacement {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const fx = Math.min(1, Math.max(0, x / w));
  const fy = Math.min(1, Math.max(0, y / h));
  return {
    x: fx,
    y: fy,
    align: fx < 0.25 ? 'start' : fx > 0.75 ? 'end' : 'center',
    below: y < room,
  };
}
