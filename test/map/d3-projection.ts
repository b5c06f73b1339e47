// Shared by the map tests that check projected numbers against d3-geo. Kept apart from helpers.ts so
// that tests of what the map downloads (partner-map-lazy.test.ts) do not load d3-geo themselves.
import { geoAzimuthalEqualArea } from 'd3-geo';
import type { LonLat } from '../../src/feed/types.js';

/** d3-geo's projection of the map, centred on `centre`, in the built files' units. */
export const d3Projection = (centre: LonLat, radius: number) =>
  geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).scale(radius).translate([0, 0]);
