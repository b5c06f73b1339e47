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

/** Corners of the polygon markers as x, y, x, y, … in units of the marker's "radius". */
const CORNERS: Partial<Record<MarkerShape, readonly number[]>> = {
  square: [-0.85, -0.85, 0.85, -0.85, 0.85, 0.85, -0.85, 0.85],
  triangle: [0, -1.15, 1.05, 0.75, -1.05, 0.75],
  diamond: [0, -1.2, 1.2, 0, 0, 1.2, -1.2, 0],
  cross: [-0.4, -1.1, 0.4, -1.1, 0.4, -0.4, 1.1, -0.4, 1.1, 0.4, 0.4, 0.4, 0.4, 1.1, -0.4, 1.1, -0.4, 0.4, -1.1, 0.4, -1.1, -0.4, -0.4, -0.4],
};

/** An SVG path for a marker of `shape` centred on (`x`, `y`) with "radius" `r`. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  const s = Number.isFinite(r) && r > 0 ? r : 0;
  let list = CORNERS[shape]?.map((u) => s * u);
  if (shape === 'star') {
    list = [];
    for (let i = 0; i < 10; i++) {
      const rr = i % 2 ? s * 0.55 : s * 1.3;
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      list.push(rr * Math.cos(a), rr * Math.sin(a));
    }
  }
  if (!list) return `M${f(x - s)},${f(y)}a${f(s)},${f(s)} 0 1,0 ${f(2 * s)},0a${f(s)},${f(s)} 0 1,0 ${f(-2 * s)},0Z`;
  let d = '';
  for (let i = 0; i < list.length; i += 2) d += `${i ? 'L' : 'M'}${f(x + list[i]!)},${f(y + list[i + 1]!)}`;
  return d + 'Z';
}

/**
 * One style per region for the whole page, so that a region has the same colour, marker and dash in
 * every widget whatever else is shown and in which order: the style of its position in `order` (the
 * feed's regions with scores, in feed order — the same list for every widget of a page). When two
 * shown regions would share a style (a feed with more than six scored regions), the one later in
 * `order` takes the next free style; regions not in `order` come last.
 */
export function regionStyles(order: readonly string[], shown: readonly string[]): Map<string, SeriesStyle> {
  const out = new Map<string, SeriesStyle>();
  for (const [id, slot] of slots(order, shown, SERIES_COLOURS.length)) out.set(id, seriesStyle(slot));
  return out;
}

/**
 * Dash patterns of national reference rings and lines: long dashes, dots and dash–dots in a dark
 * neutral stroke, none of them a series' pattern, so a reference never reads as a region.
 */
export const REFERENCE_DASHES = Object.freeze(['10 4', '1.5 3.5', '10 3 2 3', '5 5', '14 3 2 3 2 3']);

/**
 * One dash pattern per country for the whole page: the pattern of its position in `order` (the
 * countries of the feed's scored regions, in feed order), the next free one when two shown countries
 * would share it — like {@link regionStyles}.
 */
export function referenceDashes(order: readonly string[], shown: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, slot] of slots(order, shown, REFERENCE_DASHES.length)) out.set(id, REFERENCE_DASHES[slot]!);
  return out;
}

/** A slot out of `n` for each of `shown`: its rank in `order` modulo `n`, or the next free one. */
function slots(order: readonly string[], shown: readonly string[], n: number): Map<string, number> {
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const used = new Set<number>();
  const out = new Map<string, number>();
  for (const id of [...new Set(shown)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))) {
    let slot = rank(id) % n;
    for (let k = 0; k < n && used.has(slot); k++) slot = (slot + 1) % n;
    used.add(slot);
    out.set(id, slot);
  }
  return out;
}
