/**
 * Series styles: the Okabe–Ito colour-blind-safe palette, with a marker shape and a dash pattern per
 * series as second and third channels (readable in grey scale and in forced-colours mode).
 */
import type { MarkerShape } from '../core/markers.js';

/** Area in px² of a series' marker (a circle's of radius 5); beside a gap in the line, a smaller one. */
export const MARKER_SIZE = 25 * Math.PI;
export const GAP_MARKER_SIZE = 16 * Math.PI;

export interface SeriesStyle {
  readonly colour: string;
  readonly shape: MarkerShape;
  /** `stroke-dasharray` value; empty for a solid line. */
  readonly dash: string;
}

/** Okabe & Ito (2008): blue, orange, bluish green, vermillion, reddish purple, sky blue. */
export const SERIES_COLOURS = Object.freeze(['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9']);
export const SERIES_SHAPES: readonly MarkerShape[] = Object.freeze(['circle', 'square', 'triangle', 'diamond', 'cross', 'star']);
export const SERIES_DASHES = Object.freeze(['', '7 3', '2 3', '9 3 2 3', '4 2 1 2', '12 4']);

/** The style of the series at `index` (cycling after six, which the widgets never exceed). */
export function seriesStyle(index: number): SeriesStyle {
  const i = Number.isInteger(index) && index >= 0 ? index % SERIES_COLOURS.length : 0;
  return { colour: SERIES_COLOURS[i]!, shape: SERIES_SHAPES[i]!, dash: SERIES_DASHES[i]! };
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
const REFERENCE_DASHES = Object.freeze(['10 4', '1.5 3.5', '10 3 2 3', '5 5', '14 3 2 3 2 3']);

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
