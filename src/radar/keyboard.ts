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
  const to = (a: number, t: number) => ({ axis: (a + axes) % axes, series: Math.min(series - 1, Math.max(0, t)) });
  return key === 'ArrowRight'
    ? to(axis + 1, s)
    : key === 'ArrowLeft'
      ? to(axis - 1, s)
      : key === 'ArrowDown'
        ? to(axis, s + 1)
        : key === 'ArrowUp'
          ? to(axis, s - 1)
          : key === 'Home'
            ? to(0, s)
            : key === 'End'
              ? to(axes - 1, s)
              : null;
}

/** `index` kept within `0 … length-1` (0 for anything not a number). */
export function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index) || length < 1) return 0;
  return Math.min(length - 1, Math.max(0, Math.trunc(index)));
}
