/**
 * Insets for the outermost regions: which area an item belongs to, and where the inset boxes go.
 */
import type { LonLat } from '../feed/types.js';
import areas from './inset-areas.json';

/** The key of the mainland among areas (the insets use their area ids). */
export const MAINLAND = 'mainland';

export type Box = readonly [readonly [number, number], readonly [number, number]];

export interface InsetArea {
  /** The NUTS 2 code of the area; also the key of its label. */
  readonly id: string;
  /** NUTS codes that start with one of these lie in the area. */
  readonly prefixes: readonly string[];
  /** Lon/lat box that the inset shows; a marker whose location is inside lies in the area. */
  readonly bounds: readonly [LonLat, LonLat];
}

/** The EU outermost regions, west to east (shared with the geometry build, which draws their insets). */
export const INSET_AREAS: readonly InsetArea[] = areas as unknown as readonly InsetArea[];

function within([lon, lat]: LonLat, [[x0, y0], [x1, y1]]: readonly [LonLat, LonLat]): boolean {
  return lon >= x0 && lon <= x1 && lat >= y0 && lat <= y1;
}

/**
 * The inset area an item lies in, or `undefined` for the mainland: by NUTS code when it has one (`FRY`,
 * all French outermost regions, goes to the first of them), else by location.
 */
export function insetAreaOf(item: { nuts?: string; location?: LonLat }): InsetArea | undefined {
  if (item.nuts) {
    const nuts = item.nuts;
    return INSET_AREAS.find((a) => a.prefixes.some((p) => nuts.startsWith(p) || (nuts.length >= 3 && p.startsWith(nuts))));
  }
  const location = item.location;
  return location ? INSET_AREAS.find((a) => within(location, a.bounds)) : undefined;
}

export interface InsetLayout {
  /** Where the mainland is fitted (its frame: nothing of the mainland is drawn outside it). */
  readonly main: Box;
  /** One box per inset, in the order asked: a square picture over a label strip of {@link InsetLayout.label} px. */
  readonly insets: readonly Box[];
  /** Height of the label strip at the bottom of each inset box. */
  readonly label: number;
  /** Room kept for the legend beside the mainland, or `null` when the legend goes below the map (portrait). */
  readonly legend: Box | null;
}

/** Gap between boxes and around the edges, in px. */
const GAP = 8;
/** Line height of an inset's label, in px (11 px text). */
export const INSET_LINE = 13;
/** Estimated width of a character of an inset's 11 px label (generous). */
const INSET_CHAR = 6.4;

/**
 * An inset's label on at most two lines of a box `width` px wide: wrapped at spaces, a word too long for
 * a line split with a hyphen, and only what is still too long cut with "…".
 */
export function insetLines(label: string, width: number): string[] {
  const max = Math.max(4, Math.floor((width - 8) / INSET_CHAR));
  const words = label
    .split(/\s+/)
    .flatMap((w) => (w.length > max && label.length <= 2 * max ? [w.slice(0, max - 1) + '-', w.slice(max - 1)] : [w]));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && !last.endsWith('-') && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > 2) lines.splice(1, lines.length, lines.slice(1).join(' '));
  return lines.map((l) => (l.length > max ? l.slice(0, max - 1) + '…' : l));
}

/** Lines an inset label takes in a box of this width (1 or 2). */
export function labelLines(label: string, width: number): number {
  return insetLines(label, width).length;
}

/** Height of the label strip for these labels at a box width. */
const strip = (labels: readonly string[], width: number) =>
  Math.max(1, ...labels.map((l) => labelLines(l, width))) * INSET_LINE + 5;

/**
 * Places `count` equal inset boxes (a square picture over its label) beside or under the mainland so that
 * they never overlap it: on a landscape map in a column of one to three boxes across on the left, the legend
 * at the foot of that column; on a portrait one in a strip under the map (one row up to four, then two
 * rows), with the legend below the map, outside the SVG. `legendHeight(width)` says how tall the legend is
 * at that width; `labels` are the insets' labels (the boxes are made wide enough for them, or two lines).
 */
export function layoutInsets(
  width: number,
  height: number,
  count: number,
  legendHeight: (width: number) => number = () => 0,
  labels: readonly string[] = [],
): InsetLayout {
  const w = Math.max(width, 4 * GAP);
  const h = Math.max(height, 4 * GAP);
  const insets: Box[] = [];
  if (w >= h) {
    const band = Math.round(Math.min(220, Math.max(120, w * 0.2)));
    const lh = Math.min(legendHeight(band), h - 2 * GAP);
    const room = h - 2 * GAP - (lh ? lh + GAP : 0);
    let best = { side: 0, columns: 1, label: INSET_LINE + 5 };
    for (const columns of [1, 2, 3]) {
      const rows = Math.ceil(count / columns);
      const across = (band - (columns - 1) * GAP) / columns;
      const fit = (label: number) => Math.floor(Math.min(across, (room - (rows - 1) * GAP) / Math.max(1, rows) - label));
      // the label strip for the box's final width (a narrower box may need a second line)
      const label = strip(labels, fit(strip(labels, across)));
      const side = fit(label);
      if (side > best.side) best = { side, columns, label };
    }
    const { side, columns, label } = best;
    for (let i = 0; i < count; i++) {
      const x = GAP + (i % columns) * (side + GAP);
      const y = GAP + Math.floor(i / columns) * (side + label + GAP);
      insets.push([
        [x, y],
        [x + side, y + side + label],
      ]);
    }
    return {
      main: [
        [band + 2 * GAP, GAP],
        [w - GAP, h - GAP],
      ],
      insets,
      label,
      legend: [
        [GAP, h - GAP - lh],
        [GAP + band, h - GAP],
      ],
    };
  }
  const columns = Math.min(count, 4) || 1;
  const rows = Math.ceil(count / columns);
  const across = Math.min(Math.round((h * (rows > 1 ? 0.28 : 0.22)) / rows), (w - (columns + 1) * GAP) / columns);
  const label = strip(labels, across);
  const side = Math.floor(across);
  const band = count ? rows * (side + label + GAP) : 0;
  const x0 = (w - (columns * side + (columns - 1) * GAP)) / 2;
  for (let i = 0; i < count; i++) {
    const x = x0 + (i % columns) * (side + GAP);
    const y = h - band + Math.floor(i / columns) * (side + label + GAP);
    insets.push([
      [x, y],
      [x + side, y + side + label],
    ]);
  }
  return {
    main: [
      [GAP, GAP],
      [w - GAP, h - GAP - band],
    ],
    insets,
    label,
    legend: null,
  };
}
