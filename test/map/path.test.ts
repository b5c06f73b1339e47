import { expect } from '@open-wc/testing';
import { geoIdentity, geoPath } from 'd3-geo';
import type { FeatureCollection, Polygon } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import { boundsOf, centroidOf, pathOf } from '../../src/map/path.js';
import type { Fit } from '../../src/map/projection.js';
import { builtGeometry, KM } from './helpers.js';

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
    const flat: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [20, 0],
          [0, 0],
        ],
      ],
    };
    expect(centroidOf(flat, KM)).to.deep.equal([10, 0]);
  });
});
