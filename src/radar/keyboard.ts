/**
 * Roving focus over the radar's point grid: Left/Right move across axes (wrapping round the circle),
 * Up/Down across series (stopping at the first and last), Home/End jump to the first and last axis.
 */

export interface GridPosition {
  readonly axis: number;
  readonly series: number;
}

/** The position after `key`, or `null` when the key is not a grid key (let the browser have it). */
export function moveFocus(from: GridPosition, key: string, axes: number, series: number): GridPosition | null {
  if (axes < 1 || series < 1) return null;
  const axis = clampIndex(from.axis, axes);
  const s = clampIndex(from.series, series);
  switch (key) {
    case 'ArrowRight':
      return { axis: (axis + 1) % axes, series: s };
    case 'ArrowLeft':
      return { axis: (axis - 1 + axes) % axes, series: s };
    case 'ArrowDown':
      return { axis, series: Math.min(series - 1, s + 1) };
    case 'ArrowUp':
      return { axis, series: Math.max(0, s - 1) };
    case 'Home':
      return { axis: 0, series: s };
    case 'End':
      return { axis: axes - 1, series: s };
    default:
      return null;
  }
}

/** `index` kept within `0 … length-1` (0 for anything not a number). */
export function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index) || length < 1) return 0;
  return Math.min(length - 1, Math.max(0, Math.trunc(index)));
}
