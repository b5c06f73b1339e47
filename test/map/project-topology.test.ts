import { expect } from '@open-wc/testing';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LonLat } from '../../src/feed/types.js';
import { pathOf } from '../../src/map/path.js';
import { MAINLAND, projectionOf, projector } from '../../src/map/planar.js';
import { projectTopology } from '../../src/map/project-topology.js';
import type { Fit } from '../../src/map/projection.js';
import { ShapeIndex } from '../../src/map/shapes.js';
import { d3Projection } from './d3-projection.js';
import { builtGeometry, covers, fetchJson, KM } from './helpers.js';

describe('projectTopology()', () => {
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
      return {
        type: g.type,
        coordinates: g.type === 'Polygon' ? g.coordinates.map(project) : g.coordinates.map((p) => p.map(project)),
      } as Polygon | MultiPolygon;
    };
    for (const f of lonlat.features) {
      const id = String(f.properties!['NUTS_ID']);
      expect(pathOf(shapes.get(id), fit), id).to.equal(pathOf(expected(f, geometry.projection.centre), fit));
    }
    for (const id of ['PT20', 'ES70']) {
      const f = lonlat.features.find((x) => x.properties!['NUTS_ID'] === id)!;
      expect(pathOf(shapes.get(id, id), fit), `${id} in its inset`).to.equal(
        pathOf(expected(f, geometry.projection.insets[id]!), fit),
      );
    }
    expect(shapes.get('ES51', 'PT20'), 'Catalonia is not in the Azores inset').to.equal(undefined);
    expect(
      covers(pathOf(shapes.get('FRH'), KM), projector(geometry.projection, MAINLAND)([-1.678, 48.111])),
      'NUTS 1 merged',
    ).to.equal(true);
  });
});
