// The map decodes and merges TopoJSON polygons itself (src/map/topology.ts) instead of shipping
// topojson-client in the bundle. These tests hold it to topojson-client's results — the same rings, in
// the same order, from the same first point — on every polygon of the built-in geometry and of a host's
// own file (as given, and projected), and on merges of many sets of neighbouring and random regions.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { feature, merge } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import { pathOf } from '../../src/map/path.js';
import { featuresByArea, type PlanarTopology } from '../../src/map/planar.js';
import { projectTopology } from '../../src/map/project-topology.js';
import { geometryOf, mergePolygons, polygonsOf, type TopoShape } from '../../src/map/topology.js';
import { fetchJson } from './helpers.js';

type Shape = GeometryObject & TopoShape;

const geometriesOf = (o: Shape): Shape[] => (o.type === 'GeometryCollection' ? (o.geometries as Shape[]) : [o]);
const idOf = (g: Shape) => String(g.id ?? (g.properties as Record<string, unknown> | undefined)?.['NUTS_ID'] ?? '');
/** topojson-client's geometry of one object, as lists of polygons (what `polygonsOf` returns). */
const theirPolygons = (t: Topology, g: Shape) => {
  const geometry = (feature(t, g) as unknown as { geometry: { type: string; coordinates: unknown } | null }).geometry;
  return geometry === null ? [] : geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
};

describe('TopoJSON decoding (map/topology.ts) against topojson-client', () => {
  const files: Array<[string, Topology]> = [];

  before(async () => {
    for (const name of ['base', 'nuts3-DE', 'nuts3-ES', 'inset-PT20', 'inset-ES70']) {
      files.push([name, await fetchJson<Topology>(`/src/assets/geometry/${name}.topo.json`)]);
    }
    const host = await fetchJson<Topology>('/test/map/host-regions.topo.json');
    const countries = files[0]![1] as PlanarTopology;
    files.push(['host', host], ['host projected', projectTopology(host, countries.projection)]);
  });

  it('decodes every polygon of every file as topojson-client does', () => {
    let checked = 0;
    for (const [name, t] of files) {
      for (const o of Object.values(t.objects) as Shape[]) {
        for (const g of geometriesOf(o)) {
          expect(polygonsOf(t, g), `${name} ${idOf(g)}`).to.deep.equal(theirPolygons(t, g));
          if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
            expect(geometryOf(t, g), `${name} ${idOf(g)} geometry`).to.deep.equal((feature(t, g) as { geometry: unknown }).geometry);
          }
          checked++;
        }
      }
    }
    expect(checked).to.be.greaterThan(800);
  });

  it('merges regions sharing a code prefix (NUTS 0 and 1 from NUTS 2) as topojson-client does', () => {
    for (const [name, t] of files) {
      for (const o of Object.values(t.objects) as Shape[]) {
        const gs = geometriesOf(o);
        const prefixes = new Set(gs.flatMap((g) => [2, 3, 4].map((n) => idOf(g).slice(0, n)).filter((p) => p.length >= 2)));
        for (const p of prefixes) {
          const set = gs.filter((g) => idOf(g).startsWith(p));
          expect(mergePolygons(t, set), `${name} ${p}`).to.deep.equal(merge(t, set as never).coordinates);
        }
      }
    }
  });

  it('merges any set of regions as topojson-client does', () => {
    const [, nuts2] = files.find(([n]) => n === 'base')!;
    const gs = Object.values(nuts2.objects).flatMap((o) => geometriesOf(o as Shape));
    fc.assert(
      fc.property(fc.subarray(gs, { minLength: 1, maxLength: 60 }), (set) => {
        expect(mergePolygons(nuts2, set)).to.deep.equal(merge(nuts2, set as never).coordinates);
      }),
      { numRuns: 150 },
    );
  });

  it('draws the land of the base and inset files with the same path as topojson-client features', () => {
    const fit = { k: 0.37, tx: 412.3, ty: 255.1 };
    for (const [, world] of files.filter(([n]) => n === 'base' || n.startsWith('inset-')) as [string, PlanarTopology][]) {
     for (const [area, mine] of featuresByArea(world)) {
      const objects = Object.entries(world.objects).filter(([n]) => n === (area === 'mainland' ? 'land' : `land@${area}`));
      const theirs = {
        type: 'FeatureCollection' as const,
        features: objects.flatMap(([, o]) => geometriesOf(o as Shape).map((g) => feature(world, g))),
      };
      expect(pathOf(mine, fit), area).to.equal(pathOf(theirs as never, fit));
     }
    }
  });
});
