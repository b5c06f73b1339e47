/**
 * Projections: a Lambert azimuthal equal-area projection centred on Europe (as ETRS89-LAEA, 10°E 52°N)
 * fitted to the mainland box, and one of the same family per inset, centred on its area.
 */
import { geoAzimuthalEqualArea, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';
import type { LonLat } from '../feed/types.js';
import type { Box } from './insets.js';

/** The part of Europe the mainland map always shows (lon/lat), before it grows to fit what is shown. */
export const EUROPE_EXTENT: readonly [LonLat, LonLat] = [
  [-10.5, 35],
  [31, 70.5],
];

/** The centre of the projection, as ETRS89-LAEA. */
export const EUROPE_CENTRE: LonLat = [10, 52];

/** Points along the edges of a lon/lat box (parallels are curves once projected, so corners are not enough). */
export function boxOutline([[x0, y0], [x1, y1]]: readonly [LonLat, LonLat], steps = 16): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const x = x0 + ((x1 - x0) * i) / steps;
    const y = y0 + ((y1 - y0) * i) / steps;
    coordinates.push([x, y0], [x, y1], [x0, y], [x1, y]);
  }
  return { type: 'MultiPoint', coordinates };
}

/** The smallest lon/lat box holding `extent` and every point of `extra`. */
export function growExtent(extent: readonly [LonLat, LonLat], extra: Iterable<LonLat>): [LonLat, LonLat] {
  let [[x0, y0], [x1, y1]] = extent;
  for (const [x, y] of extra) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

function fitted(centre: LonLat, extent: readonly [LonLat, LonLat], box: Box): GeoProjection {
  const [[bx0, by0], [bx1, by1]] = box;
  return geoAzimuthalEqualArea()
    .rotate([-centre[0], -centre[1]])
    .fitExtent(
      [
        [bx0, by0],
        [bx1, by1],
      ],
      boxOutline(extent),
    );
}

/** The mainland projection: Europe (grown to `extent` when given) fitted into `box`. */
export function mainProjection(box: Box, extent: readonly [LonLat, LonLat] = EUROPE_EXTENT): GeoProjection {
  return fitted(EUROPE_CENTRE, extent, box);
}

/** An inset's projection: its area, centred, fitted into `box` (whose label strip is left free). */
export function insetProjection(bounds: readonly [LonLat, LonLat], box: Box, labelHeight = 16): GeoProjection {
  const [[x0, y0], [x1, y1]] = bounds;
  const [[bx0, by0], [bx1, by1]] = box;
  const pad = 4;
  const inner: Box = [
    [bx0 + pad, by0 + pad],
    [Math.max(bx0 + pad + 1, bx1 - pad), Math.max(by0 + pad + 1, by1 - pad - labelHeight)],
  ];
  return fitted([(x0 + x1) / 2, (y0 + y1) / 2], bounds, inner);
}
