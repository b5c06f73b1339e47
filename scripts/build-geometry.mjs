#!/usr/bin/env node
// `npm run build:geometry`: builds the map geometry that ships beside the bundle, in src/assets/geometry/:
//
//   countries.topo.json  Natural Earth 1:50m country outlines (npm `world-atlas`), cut to Europe, North
//                        Africa and the Near East plus small boxes around the outermost regions, for the
//                        base map (countries outside NUTS, such as the UK, Morocco or Ukraine, come from here)
//   nuts2.topo.json      NUTS 2024 level 2 polygons (GISCO 1:60M, geodata/), with `id` = NUTS code and `name`
//   nuts3.topo.json      NUTS 2024 level 3 polygons, loaded by the map only when it needs one
//
// NUTS 1 and NUTS 0 shapes are merged from NUTS 2 in the browser. The output is deterministic: running the
// script again on the same inputs writes the same bytes. Sizes (raw and gzip) are printed at the end.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import mapshaper from 'mapshaper';
import { feature } from 'topojson-client';

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

/** Simplification distance in metres: below a pixel at 1,000 px for Europe, a few pixels at full zoom. */
const SIMPLIFY_METRES = { countries: 4000, nuts2: 1200, nuts3: 900 };
/** Grid of the quantized coordinates (per axis, over each file's bounding box). */
const QUANTIZATION = 3e4;

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

async function run(commands, input) {
  const output = await mapshaper.applyCommands(commands, input);
  const [name] = Object.keys(output);
  return JSON.parse(output[name]);
}

/** Rounds the transform so the output does not depend on floating-point noise between platforms. */
function tidy(topology) {
  if (topology.transform) {
    topology.transform.scale = topology.transform.scale.map((v) => +v.toPrecision(12));
    topology.transform.translate = topology.transform.translate.map((v) => +v.toPrecision(12));
  }
  delete topology.bbox;
  return topology;
}

async function countries() {
  const atlas = JSON.parse(await readFile(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const collection = feature(atlas, atlas.objects.countries);
  const clip = { type: 'FeatureCollection', features: [EUROPE, ...OUTERMOST].map(box) };
  return run(
    `-i countries.json name=countries -clip clip.json remove-slivers -filter-fields name ` +
      `-simplify interval=${SIMPLIFY_METRES.countries} keep-shapes ` +
      `-o countries.topo.json format=topojson quantization=${QUANTIZATION}`,
    { 'countries.json': collection, 'clip.json': clip },
  );
}

async function nuts(level) {
  const source = JSON.parse(await readFile(new URL(`geodata/nuts2024-60M-4326-level${level}.geojson`, root), 'utf8'));
  delete source.crs; // WGS84 lon/lat, the GeoJSON default
  const layer = `nuts${level}`;
  const topology = await run(
    `-i nuts.json name=${layer} -each 'id=NUTS_ID, name=NAME_LATN' -filter-fields id,name ` +
      `-simplify interval=${SIMPLIFY_METRES[layer]} keep-shapes ` +
      `-o ${layer}.topo.json format=topojson quantization=${QUANTIZATION} id-field=id`,
    { 'nuts.json': source },
  );
  for (const g of topology.objects[layer].geometries) g.properties = { name: g.properties.name };
  topology.objects[layer].geometries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return topology;
}

const files = {
  'countries.topo.json': await countries(),
  'nuts2.topo.json': await nuts(2),
  'nuts3.topo.json': await nuts(3),
};

await mkdir(out, { recursive: true });
const rows = [];
let raw2 = 0;
let gzip2 = 0;
for (const [name, topology] of Object.entries(files)) {
  const text = JSON.stringify(tidy(topology));
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
