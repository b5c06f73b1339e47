/**
 * Marker shapes as SVG path strings centred on 0,0, for a given area in px². The geometry and the
 * output (three decimals) are those of d3-shape's `symbolCircle`, `symbolSquare`, `symbolDiamond`,
 * `symbolTriangle` and `symbolStar`, written out so the map does not need d3-shape at run time.
 */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'star';

const round = (v: number) => Math.round(v * 1000) / 1000;

/** `Mx,yLx,y…Z` through the points. */
function polygon(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)},${round(y)}`).join('') + 'Z';
}

const TAN30 = Math.sqrt(1 / 3);
const SQRT3 = Math.sqrt(3);
/** The star's area factor and the inner points' position (as d3-shape). */
const STAR_AREA = 0.8908130915292852;
const STAR_RATIO = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);
const STAR_X = Math.sin((2 * Math.PI) / 10) * STAR_RATIO;
const STAR_Y = -Math.cos((2 * Math.PI) / 10) * STAR_RATIO;

/** The path of `shape` with an area of `size` px². */
export function shapePath(shape: MarkerShape, size: number): string {
  switch (shape) {
    case 'circle': {
      const r = Math.sqrt(size / Math.PI);
      const a = `A${round(r)},${round(r)},0,1,1,`;
      return `M${round(r)},0${a}${round(-r)},0${a}${round(r)},0`;
    }
    case 'square': {
      const w = Math.sqrt(size);
      const x = round(-w / 2);
      return `M${x},${x}h${round(w)}v${round(w)}h${round(-w)}Z`;
    }
    case 'diamond': {
      const y = Math.sqrt(size / (TAN30 * 2));
      const x = y * TAN30;
      return polygon([[0, -y], [x, 0], [0, y], [-x, 0]]);
    }
    case 'triangle': {
      const y = -Math.sqrt(size / (SQRT3 * 3));
      return polygon([[0, y * 2], [-SQRT3 * y, -y], [SQRT3 * y, -y]]);
    }
    case 'star': {
      const r = Math.sqrt(size * STAR_AREA);
      const x = STAR_X * r;
      const y = STAR_Y * r;
      const points: [number, number][] = [[0, -r], [x, y]];
      for (let i = 1; i < 5; ++i) {
        const a = (2 * Math.PI * i) / 5;
        const c = Math.cos(a);
        const s = Math.sin(a);
        points.push([s * r, -c * r], [c * x - s * y, s * x + c * y]);
      }
      return polygon(points);
    }
  }
}
