/**
 * Insets for the outermost regions: which area an item belongs to, and where the inset boxes go.
 */
import type { LonLat } from '../feed/types.js';
import areas from './inset-areas.json';

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
  /** Where the mainland is fitted. */
  readonly main: Box;
  /** One box per inset, in the order asked. */
  readonly insets: readonly Box[];
  /** Room kept for the legend. */
  readonly legend: Box;
}

/** Gap between boxes and around the edges, in px. */
const GAP = 8;

/**
 * Places `count` square inset boxes and the legend beside the mainland: on a landscape map in a column
 * on the left (insets from the top, legend at the bottom), on a portrait one the legend along the top and
 * the insets in a row along the bottom. `legendHeight(width)` says how tall the legend is at that width.
 */
export function layoutInsets(
  width: number,
  height: number,
  count: number,
  legendHeight: (width: number) => number = () => 0,
): InsetLayout {
  const w = Math.max(width, 4 * GAP);
  const h = Math.max(height, 4 * GAP);
  const insets: Box[] = [];
  if (w >= h) {
    const band = Math.round(Math.min(210, Math.max(120, w * 0.2)));
    const lh = Math.min(legendHeight(band), h - 2 * GAP);
    const room = h - lh - GAP * (count + 2);
    const side = count ? Math.max(24, Math.min(band, room / count)) : 0;
    for (let i = 0; i < count; i++) {
      const y = GAP + i * (side + GAP);
      insets.push([[GAP, y], [GAP + side, y + side]]);
    }
    return {
      main: [[band + 2 * GAP, GAP], [w - GAP, h - GAP]],
      insets,
      legend: [[GAP, h - GAP - lh], [GAP + band, h - GAP]],
    };
  }
  const lh = Math.min(legendHeight(w - 2 * GAP), h / 3);
  const band = Math.round(Math.min(150, Math.max(64, h * 0.17)));
  const side = count ? Math.max(24, Math.min(band, (w - GAP * (count + 1)) / count)) : 0;
  for (let i = 0; i < count; i++) {
    const x = GAP + i * (side + GAP);
    insets.push([[x, h - GAP - side], [x + side, h - GAP]]);
  }
  return {
    main: [[GAP, GAP * 2 + lh], [w - GAP, h - GAP - (count ? side + GAP : 0)]],
    insets,
    legend: [[GAP, GAP], [w - GAP, GAP + lh]],
  };
}
