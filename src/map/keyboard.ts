/**
 * Keyboard order over the map's regions and markers (insets included, as they appear on screen):
 * Left/Right step to the previous/next item from west to east, so every item is reachable; Up/Down jump
 * to the nearest item above/below; Home/End go to the first/last.
 */
import type { Point } from './scene.js';

export interface NavPoint {
  readonly key: string;
  readonly point: Point;
}

/** Items from west to east (left to right on screen), north first when level. */
export function westToEast<T extends NavPoint>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.point[0] - b.point[0] || a.point[1] - b.point[1] || (a.key < b.key ? -1 : 1));
}

/** Keys the map handles for moving between items. */
export const NAV_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
export type NavKey = (typeof NAV_KEYS)[number];

export function isNavKey(key: string): key is NavKey {
  return (NAV_KEYS as readonly string[]).includes(key);
}

/**
 * The key of the item to move to from `current` (in an order made by {@link westToEast}); the same key
 * when there is nowhere to go in that direction. With no current item, the first one.
 */
export function nextKey(ordered: readonly NavPoint[], current: string | undefined, key: NavKey): string | undefined {
  if (ordered.length === 0) return undefined;
  const i = ordered.findIndex((o) => o.key === current);
  if (i < 0 || key === 'Home') return ordered[0]!.key;
  if (key === 'End') return ordered[ordered.length - 1]!.key;
  if (key === 'ArrowLeft') return ordered[Math.max(0, i - 1)]!.key;
  if (key === 'ArrowRight') return ordered[Math.min(ordered.length - 1, i + 1)]!.key;
  const [x, y] = ordered[i]!.point;
  const sign = key === 'ArrowUp' ? -1 : 1;
  // first look in a cone around the vertical (so "below" means below, not beside), then anywhere below
  for (const cone of [0.5, 0]) {
    let best: NavPoint | undefined;
    let bestScore = Infinity;
    for (const o of ordered) {
      const along = (o.point[1] - y) * sign;
      const dx = o.point[0] - x;
      if (o.key === current || along <= 0 || along < Math.abs(dx) * cone) continue;
      // off-axis distance counts double
      const score = along * along + 4 * dx * dx;
      if (score < bestScore) {
        bestScore = score;
        best = o;
      }
    }
    if (best) return best.key;
  }
  return ordered[i]!.key;
}
