#!/usr/bin/env node
// `npm run build:geometry`: builds the map geometry that ships beside the bundle, in src/assets/geometry/:
//
//   countries.topo.json  Natural Earth 1:50m country outlines (npm `world-atlas`), cut to Europe, North
//                        Africa and the Near East, for the base map (countries outside NUTS, such as the UK,
//                        Morocco or Ukraine, come from here), and the land around each outermost region
//   nuts2.topo.json      NUTS 2024 level 2 polygons (GISCO 1:60M, geodata/), with `id` = NUTS code and `name`
//   nuts3.topo.json      NUTS 2024 level 3 polygons, loaded by the map only when it needs one
//
// The files are planar: projected here, once, with the map's projection, so the browser only scales and
// translates them (and needs no projection code). Each file has
//
//   objects.<file>        the mainland, in a Lambert azimuthal equal-area projection centred on Europe
//                         (ETRS89-LAEA's centre, 10°E 52°N), the `EUROPE_CENTRE` of src/map/projection.ts
//   objects.<area id>     one object per outermost region (PT20, FRY1 …; see INSET_AREAS in
//                         src/map/insets.ts), each in the same projection centred on its own area
//   projection            what the browser needs to project points (markers) the same way:
//                         {type, radius, centre, insets: {<area id>: centre}}; coordinates are x east, y south,
//                         in kilometres on a sphere of that radius (d3's projection at scale = radius,
//                         translate [0, 0])
//   transform             the quantization: a grid of QUANTUM_KM in both directions
//
// NUTS 1 and NUTS 0 shapes are merged from NUTS 2 in the browser. The output is deterministic: running the
// script again on the same inputs writes the same bytes. Sizes (raw and gzip) are printed at the end.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { geoAzimuthalEqualArea, geoBounds } from 'd3-geo';
import mapshaper from 'mapshaper';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url);
const out = new URL('src/assets/geometry/', root);

/** Main area of the base map: Europe with Iceland, the Maghreb, the Near East and the Canary Islands. */
const EUROPE = [-32, 26, 50, 72];

/** Boxes around the outermost regions that lie outside {@link EUROPE}, for the insets' base map. */
const OUTERMOST = [
  [-63.5, 13.8, -60.3, 17], // Guadeloupe, Martinique (with Dominica between them)
  [-55.5, 1.5, -50.8, 6.5], // Guyane
  [54.9, -21.6, 56.1, -20.6], // La Réunion
  [44.7, -13.2, 45.5, -12.4], // Mayotte
];

/** Centre of the mainland projection: `EUROPE_CENTRE` in src/map/projection.ts. */
const CENTRE = [10, 52];
/** The outermost regions' insets, shared with the map (src/map/insets.ts): id, NUTS prefixes, lon/lat box shown. */
const INSET_AREAS = JSON.parse(await readFile(new URL('src/map/inset-areas.json', root), 'utf8'));
/** Mean radius of the Earth in km: the planar unit is the kilometre. */
const RADIUS = 6371.0088;
/** Grid of the quantized coordinates, in km (the simplification below is coarser still). */
const QUANTUM_KM = 0.3;
/**
 * An inset's land is cut to its area grown by this many times the area's larger side on every side: more
 * than an inset ever shows (the map clips each inset to its frame), less than whole countries.
 */
const INSET_MARGIN = 1.5;

/** Simplification distance in metres: below a pixel at 1,000 px for Europe, a few pixels at full zoom. */
const SIMPLIFY_METRES = { countries: 4000, nuts2: 1200, nuts3: 900 };

/** The centre of an inset area's box (to 1e-6°, so the files carry no floating-point noise). */
const centreOf = ({ bounds: [[x0, y0], [x1, y1]] }) => [(x0 + x1) / 2, (y0 + y1) / 2].map((v) => Math.round(v * 1e6) / 1e6);

/** The map's projection centred on `centre`, in km (as `azimuthalEqualArea` in src/map/projection.ts). */
function projection(centre) {
  return geoAzimuthalEqualArea()
    .rotate([-centre[0], -centre[1]])
    .scale(RADIUS)
    .translate([0, 0]);
}

function box([x0, y0, x1, y1]) {
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
    },
  };
}

/** Runs mapshaper commands that end in one unquantized TopoJSON output; returns its features (lon/lat). */
async function features(commands, input) {
  const output = await mapshaper.applyCommands(`${commands} -o out.json format=topojson no-quantization`, input);
  const topo = JSON.parse(output['out.json']);
  return Object.values(topo.objects).flatMap((o) => feature(topo, o).features);
}

/** Projects every position of a feature's polygons, point by point (the arcs stay shared between neighbours). */
function project(f, p) {
  const ring = (r) => r.map((point) => p(point));
  const { type, coordinates } = f.geometry;
  const projected = type === 'Polygon' ? coordinates.map(ring) : coordinates.map((polygon) => polygon.map(ring));
  return { type: 'Feature', ...(f.id === undefined ? {} : { id: f.id }), properties: f.properties, geometry: { type, coordinates: projected } };
}

const collection = (list) => ({ type: 'FeatureCollection', features: list });

function overlaps([[ax0, ay0], [ax1, ay1]], [[bx0, by0], [bx1, by1]]) {
  // geoBounds across the antimeridian gives x0 > x1: treat as the whole width
  return ay0 <= by1 && ay1 >= by0 && (ax0 > ax1 || (ax0 <= bx1 && ax1 >= bx0));
}

/** The area's box grown by {@link INSET_MARGIN}, as mapshaper's `bbox=` value. */
function grown({ bounds: [[x0, y0], [x1, y1]] }) {
  const m = INSET_MARGIN * Math.max(x1 - x0, y1 - y0);
  return [x0 - m, y0 - m, x1 + m, y1 + m].join(',');
}

/** The mainland object and one object per inset area, each projected with its own projection. */
async function countries() {
  const atlas = JSON.parse(await readFile(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const clip = collection([EUROPE, ...OUTERMOST].map(box));
  const simplified = await features(
    `-i countries.json name=countries -clip clip.json remove-slivers -filter-fields name ` +
      `-simplify interval=${SIMPLIFY_METRES.countries} keep-shapes`,
    { 'countries.json': feature(atlas, atlas.objects.countries), 'clip.json': clip },
  );
  const input = (list) => ({ 'land.json': collection(list) });
  const objects = {
    countries: collection(
      (await features(`-i land.json -clip bbox=${EUROPE.join(',')}`, input(simplified))).map((f) => project(f, projection(CENTRE))),
    ),
  };
  for (const area of INSET_AREAS) {
    // the countries whose outline reaches into the area, cut to what an inset can show
    const near = simplified.filter((f) => overlaps(geoBounds(f), area.bounds));
    const land = await features(`-i land.json -clip bbox=${grown(area)}`, input(near));
    objects[area.id] = collection(land.map((f) => project(f, projection(centreOf(area)))));
  }
  return objects;
}

/** NUTS regions of one level: the mainland object and one object per inset area with regions in it. */
async function nuts(level) {
  const source = JSON.parse(await readFile(new URL(`geodata/nuts2024-60M-4326-level${level}.geojson`, root), 'utf8'));
  delete source.crs; // WGS84 lon/lat, the GeoJSON default
  const layer = `nuts${level}`;
  const regions = (
    await features(
      `-i nuts.json name=${layer} -each 'id=NUTS_ID, name=NAME_LATN' -filter-fields id,name ` +
        `-simplify interval=${SIMPLIFY_METRES[layer]} keep-shapes`,
      { 'nuts.json': source },
    )
  )
    .map((f) => ({ ...f, id: f.properties.id, properties: { name: f.properties.name } }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const areaOf = (id) => INSET_AREAS.find((a) => a.prefixes.some((p) => id.startsWith(p)));
  const objects = { [layer]: collection(regions.filter((f) => !areaOf(f.id)).map((f) => project(f, projection(CENTRE)))) };
  for (const area of INSET_AREAS) {
    const inside = regions.filter((f) => areaOf(f.id) === area);
    if (inside.length) objects[area.id] = collection(inside.map((f) => project(f, projection(centreOf(area)))));
  }
  return objects;
}

/** Planar TopoJSON of the objects: shared arcs, quantized on a {@link QUANTUM_KM} grid, with the projection's parameters. */
function planar(objects) {
  const t = topology(objects);
  const [x0, y0] = t.bbox;
  // a corner on the grid, written without floating-point noise
  const grid = (v) => +(Math.floor(v / QUANTUM_KM) * QUANTUM_KM).toFixed(6);
  const q = quantize(t, { scale: [QUANTUM_KM, QUANTUM_KM], translate: [grid(x0), grid(y0)] });
  return {
    type: 'Topology',
    projection: {
      type: 'azimuthal-equal-area',
      radius: RADIUS,
      centre: CENTRE,
      insets: Object.fromEntries(INSET_AREAS.map((a) => [a.id, centreOf(a)])),
    },
    transform: q.transform,
    objects: q.objects,
    arcs: q.arcs,
  };
}

const files = {
  'countries.topo.json': planar(await countries()),
  'nuts2.topo.json': planar(await nuts(2)),
  'nuts3.topo.json': planar(await nuts(3)),
};

await mkdir(out, { recursive: true });
const rows = [];
let raw2 = 0;
let gzip2 = 0;
for (const [name, topo] of Object.entries(files)) {
  const text = JSON.stringify(topo);
  await writeFile(new URL(name, out), text);
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(text, { level: 9 }).length;
  if (name !== 'nuts3.topo.json') {
    raw2 += raw;
    gzip2 += gz;
  }
  rows.push([name, raw, gz]);
}
rows.push(['countries + nuts2', raw2, gzip2]);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('file                  raw        gzip');
for (const [name, raw, gz] of rows) console.log(`${name.padEnd(20)}  ${kb(raw).padStart(9)}  ${kb(gz).padStart(9)}`);
