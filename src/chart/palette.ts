/**
 * Series styles: the Okabe–Ito colour-blind-safe palette, with a marker shape and a dash pattern per
 * series as second and third channels (readable in grey scale and in forced-colours mode).
 */

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star';

export interface SeriesStyle {
  readonly colour: string;
  readonly shape: MarkerShape;
  /** `stroke-dasharray` value; empty for a solid line. */
  readonly dash: string;
}

/** Okabe & Ito (2008): blue, orange, bluish green, vermillion, reddish purple, sky blue. */
export const SERIES_COLOURS = Object.freeze(['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9']);
export const SERIES_SHAPES: readonly MarkerShape[] = Object.freeze([
  'circle',
  'square',
  'triangle',
  'diamond',
  'cross',
  'star',
]);
export const SERIES_DASHES = Object.freeze(['', '7 3', '2 3', '9 3 2 3', '4 2 1 2', '12 4']);

/** The style of the series at `index` (cycling after six, which the widgets never exceed). */
export function seriesStyle(index: number): SeriesStyle {
  const i = Number.isInteger(index) && index >= 0 ? index % SERIES_COLOURS.length : 0;
  return { colour: SERIES_COLOURS[i]!, shape: SERIES_SHAPES[i]!, dash: SERIES_DASHES[i]! };
}

const f = (n: number) => (Number.isFinite(n) ? Math.round(n * 100) / 100 : 0);

/** An SVG path for a marker of `shape` centred on (`x`, `y`) with "radius" `r`. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const pts = (list: [number, number][]) => 'M' + list.map(([px, py]) => `${f(x + px)},${f(y + py)}`).join('L') + 'Z';
  const s = Number.isFinite(r) && r > 0 ? r : 0;
  switch (shape) {
    case 'square':
      return pts([[-s * 0.85, -s * 0.85], [s * 0.85, -s * 0.85], [s * 0.85, s * 0.85], [-s * 0.85, s * 0.85]]);
    case 'triangle':
      return pts([[0, -s * 1.15], [s * 1.05, s * 0.75], [-s * 1.05, s * 0.75]]);
    case 'diamond':
      return pts([[0, -s * 1.2], [s * 1.2, 0], [0, s * 1.2], [-s * 1.2, 0]]);
    case 'cross': {
      const a = s * 0.4;
      const b = s * 1.1;
      return pts([[-a, -b], [a, -b], [a, -a], [b, -a], [b, a], [a, a], [a, b], [-a, b], [-a, a], [-b, a], [-b, -a], [-a, -a]]);
    }
    case 'star': {
      const list: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const rr = i % 2 ? s * 0.55 : s * 1.3;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        list.push([rr * Math.cos(a), rr * Math.sin(a)]);
      }
      return pts(list);
    }
    default:
      return `M${f(x - s)},${f(y)}a${f(s)},${f(s)} 0 1,0 ${f(2 * s)},0a${f(s)},${f(s)} 0 1,0 ${f(-2 * s)},0Z`;
  }
}
