/**
 * Marker shapes, one set for every widget: the map's places, the radar's points and legend, the
 * comparison's dots and the radar's exported image. Each is an SVG path of a given area in px²,
 * centred on a point: the geometry and the output (three decimals) of d3-shape's `symbolCircle`,
 * `symbolSquare`, `symbolTriangle`, `symbolDiamond`, `symbolCross` and `symbolStar`, written out so
 * the widgets do not need d3-shape at run time. Equal areas: no shape looks bigger than another.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star';

const round = (v: number) => Math.round(v * 1000) / 1000;

const TAN30 = Math.sqrt(1 / 3);
const SQRT3 = Math.sqrt(3);
/** The star's area factor and the inner points' position (as d3-shape). */
const STAR_AREA = 0.8908130915292852;
const STAR_RATIO = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);
const STAR_X = Math.sin((2 * Math.PI) / 10) * STAR_RATIO;
const STAR_Y = -Math.cos((2 * Math.PI) / 10) * STAR_RATIO;

/** The corners of `shape` (not a circle or square) of area `size`, around 0,0. */
function corners(shape: Exclude<MarkerShape, 'circle' | 'square'>, size: number): [number, number][] {
  switch (shape) {
    case 'diamond': {
      const y = Math.sqrt(size / (TAN30 * 2));
      const x = y * TAN30;
      return [
        [0, -y],
        [x, 0],
        [0, y],
        [-x, 0],
      ];
    }
    case 'triangle': {
      const y = -Math.sqrt(size / (SQRT3 * 3));
      return [
        [0, y * 2],
        [-SQRT3 * y, -y],
        [SQRT3 * y, -y],
      ];
    }
    case 'cross': {
      const r = Math.sqrt(size / 5) / 2;
      return [
        [-3 * r, -r],
        [-r, -r],
        [-r, -3 * r],
        [r, -3 * r],
        [r, -r],
        [3 * r, -r],
        [3 * r, r],
        [r, r],
        [r, 3 * r],
        [-r, 3 * r],
        [-r, r],
        [-3 * r, r],
      ];
    }
    case 'star': {
      const r = Math.sqrt(size * STAR_AREA);
      const x = STAR_X * r;
      const y = STAR_Y * r;
      const points: [number, number][] = [
        [0, -r],
        [x, y],
      ];
      for (let i = 1; i < 5; ++i) {
        const a = (2 * Math.PI * i) / 5;
        const c = Math.cos(a);
        const s = Math.sin(a);
        points.push([s * r, -c * r], [c * x - s * y, s * x + c * y]);
      }
      return points;
    }
  }
}

/**
 * The path of a marker of `shape` with an area of `size` px², centred on (`x`, `y`). A size or a
 * position that is not a finite number draws an empty marker at 0, never `NaN`.
 */
export function markerPath(shape: MarkerShape, size: number, x = 0, y = 0): string {
  const area = Number.isFinite(size) && size > 0 ? size : 0;
  const cx = Number.isFinite(x) ? x : 0;
  const cy = Number.isFinite(y) ? y : 0;
  if (shape === 'circle') {
    const r = round(Math.sqrt(area / Math.PI));
    const a = `A${r},${r},0,1,1,`;
    return `M${round(cx + r)},${round(cy)}${a}${round(cx - r)},${round(cy)}${a}${round(cx + r)},${round(cy)}`;
  }
  if (shape === 'square') {
    const w = Math.sqrt(area);
    return `M${round(cx - w / 2)},${round(cy - w / 2)}h${round(w)}v${round(w)}h${round(-w)}Z`;
  }
  return (
    corners(shape, area)
      .map(([px, py], i) => `${i ? 'L' : 'M'}${round(cx + px)},${round(cy + py)}`)
      .join('') + 'Z'
  );
}
