/**
 * The numbers every chart shares: the framework's scale, "no data" handling and a clamped linear map.
 * Plain arithmetic instead of d3-scale keeps the widgets' entries small; every function returns a
 * finite number (or `undefined` for "no data"), so nothing non-finite can reach an SVG attribute.
 */

export type Domain = readonly [number, number];

/** MIPEX-R scores run from 0 to 100. */
export const DEFAULT_SCALE: Domain = Object.freeze([0, 100]) as Domain;

/** A usable scale: finite bounds with `lo < hi`, otherwise {@link DEFAULT_SCALE}. */
export function safeScale(scale?: readonly number[]): Domain {
  const lo = scale?.[0];
  const hi = scale?.[1];
  return typeof lo === 'number' && typeof hi === 'number' && Number.isFinite(lo) && Number.isFinite(hi) && lo < hi
    ? [lo, hi]
    : DEFAULT_SCALE;
}

/** A value within `scale`, clamped; `undefined` ("no data") for anything that is not a finite number. */
export function clampValue(value: unknown, scale: Domain): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.min(scale[1], Math.max(scale[0], value));
}

/** Maps `domain` onto `range` linearly, clamping to the domain; non-finite input maps to the range start. */
export function linear(domain: Domain, range: Domain): (value: number) => number {
  const [d0, d1] = safeScale(domain);
  const [r0, r1] = range.every(Number.isFinite) ? range : [0, 0];
  return (value) => {
    const v = Number.isFinite(value) ? Math.min(d1, Math.max(d0, value)) : d0;
    return r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
  };
}

/** Evenly spaced "nice" tick values within `scale` (steps of 1, 2 or 5 × 10ⁿ), bounds included when on a step. */
export function ticks(scale: Domain, count = 5): number[] {
  const [lo, hi] = safeScale(scale);
  const raw = (hi - lo) / Math.max(1, Math.round(count));
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  const first = Math.ceil(lo / step) * step;
  // Counted, not accumulated: with huge bounds `t + step` can round back to `t`.
  let prev = NaN;
  for (let i = 0; i <= 50; i++) {
    const t = first + i * step;
    if (!(t <= hi + step * 1e-9) || t === prev) break;
    out.push(Math.abs(t) < 1e15 ? round(t, 6) : t);
    prev = t;
  }
  return out;
}

/** Rounds to `digits` decimals (2 by default: enough for SVG coordinates, short in the markup). */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return Number.isFinite(r) ? r || 0 : 0;
}

/** Arithmetic mean of the finite values; `undefined` when there are none. */
export function mean(values: readonly (number | undefined)[]): number | undefined {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (typeof v === 'number' && Number.isFinite(v)) {
      sum += v;
      n++;
    }
  }
  return n ? sum / n : undefined;
}
