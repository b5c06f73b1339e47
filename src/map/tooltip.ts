/**
 * Where the tooltip goes for a point on the map: above it and centred on it, or below when there is no
 * room above, moved sideways and up or down as needed so that the whole tooltip stays inside the map box.
 */
import type { Point } from './scene.js';

export interface TooltipPlacement {
  /** Top-left corner of the tooltip in the map box, in px. */
  readonly left: number;
  readonly top: number;
  /** Whether it is below the point. */
  readonly below: boolean;
}

/** `gap` px between the point and the tooltip; `margin` px kept from the box's edges. */
export function placeTooltip(
  [x, y]: Point,
  width: number,
  height: number,
  tipWidth: number,
  tipHeight: number,
  gap = 12,
  margin = 4,
): TooltipPlacement {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));
  const below = y - gap - tipHeight < margin;
  const top = below ? y + gap : y - gap - tipHeight;
  return {
    left: clamp(x - tipWidth / 2, margin, width - margin - tipWidth),
    top: clamp(top, margin, height - margin - tipHeight),
    below,
  };
}
