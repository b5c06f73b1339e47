/**
 * Equal classes of a numeric domain, computed as d3's `scaleQuantize` does (same thresholds, same class
 * for every value), in a few lines instead of the scale module and its dependencies.
 */

/**
 * The `count - 1` thresholds that cut `[lo, hi]` into `count` equal classes, ascending:
 * `((i + 1)·hi − (i − n)·lo) / (n + 1)` with `n = count − 1`, the expression of `scaleQuantize`.
 */
export function quantizeThresholds(lo: number, hi: number, count: number): number[] {
  const n = Math.max(0, count - 1);
  return Array.from({ length: n }, (_, i) => ((i + 1) * hi - (i - n) * lo) / (n + 1));
}

/**
 * The class (0 = lowest) of `value` among ascending `thresholds`: how many thresholds are at or below it,
 * so a value on a threshold belongs to the class above (as `scaleQuantize`'s bisect-right).
 */
export function quantizeClass(thresholds: readonly number[], value: number): number {
  let i = 0;
  while (i < thresholds.length && thresholds[i]! <= value) i++;
  return i;
}
