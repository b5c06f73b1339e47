/**
 * Which of the built-in geometry files a map needs for its places: always `base` (land, every NUTS 2 region,
 * the NUTS 3 regions REGIN feeds use), `nuts3-<country>` for any other NUTS 3 region, and `inset-<area>`
 * for each outermost region a place lies in. What is in which file is written by `scripts/build-geometry.mjs`.
 */
import type { LonLat } from '../feed/types.js';
import index from './geometry-files.json';
import { insetAreaOf } from './insets.js';
import type { GeometryFile } from './load.js';

/** The NUTS 3 codes in the base file, and the countries and areas that have files. */
export const GEOMETRY_FILES: {
  readonly base: readonly string[];
  readonly nuts3: readonly string[];
  readonly insets: readonly string[];
} = index;

/** The files to fetch for these places, base first, then insets and NUTS 3 countries in a stable order. */
export function geometryFiles(places: Iterable<{ nuts?: string; location?: LonLat }>): GeometryFile[] {
  const insets = new Set<string>();
  const countries = new Set<string>();
  for (const place of places) {
    const area = insetAreaOf(place);
    if (area) insets.add(area.id);
    if (place.nuts && /^[A-Z]{2}[0-9A-Z]{3}$/.test(place.nuts) && !GEOMETRY_FILES.base.includes(place.nuts)) {
      const country = place.nuts.slice(0, 2);
      if (GEOMETRY_FILES.nuts3.includes(country)) countries.add(country);
    }
  }
  return [
    'base',
    ...GEOMETRY_FILES.insets.filter((a) => insets.has(a)).map((a): GeometryFile => `inset-${a}`),
    ...[...countries].sort().map((c): GeometryFile => `nuts3-${c}`),
  ];
}
