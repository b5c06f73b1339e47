import { expect } from '@open-wc/testing';
import type { Topology } from 'topojson-specification';
import { MAINLAND } from '../../src/map/insets.js';
import {
  areaOfObject,
  featuresByArea,
  isLand,
  projectionOf,
  projector,
  sameProjection,
  type PlanarProjection,
  type PlanarTopology,
} from '../../src/map/planar.js';
import { azimuthalEqualArea } from '../../src/map/projection.js';

const PROJECTION: PlanarProjection = {
  type: 'azimuthal-equal-area',
  radius: 6371.0088,
  centre: [10, 52],
  insets: { PT20: [-28.15, 38.3], ES70: [-15.6, 28.3] },
};

/** A planar file with a square of land on the mainland, one in the Azores inset, and a region. */
const topology = (): PlanarTopology => ({
  type: 'Topology',
  projection: PROJECTION,
  arcs: [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
    [
      [100, 100],
      [120, 100],
      [120, 120],
      [100, 100],
    ],
    [
      [5, 5],
      [6, 5],
      [6, 6],
      [5, 5],
    ],
  ],
  objects: {
    land: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], id: 'EU' }] },
    'land@PT20': {
      type: 'GeometryCollection',
      geometries: [{ type: 'MultiPolygon', arcs: [[[1]]], properties: { name: 'Azores' } }],
    },
    regions: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[2]], id: 'ES51' }] },
  },
});

describe('projectionOf() and sameProjection()', () => {
  it('reads the projection of a planar file, and none of a lon/lat one', () => {
    expect(projectionOf(topology())).to.equal(PROJECTION);
    const lonlat = { type: 'Topology', arcs: [], objects: {} } as Topology;
    expect(projectionOf(lonlat)).to.equal(undefined);
    expect(projectionOf({ ...lonlat, projection: { type: 'mercator' } } as Topology)).to.equal(undefined);
  });

  it('tells files projected alike from files projected otherwise', () => {
    expect(sameProjection(PROJECTION, structuredClone(PROJECTION))).to.equal(true);
    expect(sameProjection(PROJECTION, { ...PROJECTION, centre: [10, 53] })).to.equal(false);
    expect(sameProjection(PROJECTION, { ...PROJECTION, insets: { PT20: [-28.15, 38.3] } })).to.equal(false);
  });
});

describe('areaOfObject() and isLand()', () => {
  it('finds the inset area an object is named by, alone or after its kind; anything else is the mainland', () => {
    expect(areaOfObject('PT20', PROJECTION)).to.equal('PT20');
    expect(areaOfObject('land@PT20', PROJECTION)).to.equal('PT20');
    expect(areaOfObject('regions@ES70', PROJECTION)).to.equal('ES70');
    expect(areaOfObject('regions@FRY4', PROJECTION), 'an area this projection has no inset for').to.equal(MAINLAND);
    expect(areaOfObject('land', PROJECTION)).to.equal(MAINLAND);
    expect(areaOfObject('constructor', PROJECTION), 'no inherited names').to.equal(MAINLAND);
  });

  it('isLand() knows land objects from region objects', () => {
    expect(['land', 'land@PT20'].map(isLand)).to.deep.equal([true, true]);
    expect(['regions', 'regions@PT20', 'landmarks', 'PT20'].map(isLand)).to.deep.equal([false, false, false, false]);
  });
});

describe('projector()', () => {
  it('projects with the mainland’s centre, or the inset’s own, as the built files were', () => {
    const point: [number, number] = [-25.5, 37.8];
    expect(projector(PROJECTION, MAINLAND)(point)).to.deep.equal(azimuthalEqualArea([10, 52], 6371.0088)(point));
    expect(projector(PROJECTION, 'PT20')(point)).to.deep.equal(azimuthalEqualArea([-28.15, 38.3], 6371.0088)(point));
    const [x, y] = projector(PROJECTION, 'PT20')([-28.15, 38.3]);
    expect(Math.hypot(x, y), 'an inset’s centre is its origin').to.be.below(1e-9);
    expect(projector(PROJECTION, 'FRY4')(point), 'an unknown area: the mainland').to.deep.equal(
      projector(PROJECTION, MAINLAND)(point),
    );
  });
});

describe('featuresByArea()', () => {
  it('turns the land objects into features by area, leaving the regions out', () => {
    const byArea = featuresByArea(topology());
    expect([...byArea.keys()]).to.deep.equal([MAINLAND, 'PT20']);
    const [mainland] = byArea.get(MAINLAND)!.features;
    expect(mainland).to.deep.include({ type: 'Feature', id: 'EU', properties: {} });
    expect(mainland!.geometry).to.deep.equal({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    });
    const [azores] = byArea.get('PT20')!.features;
    expect(azores!.properties).to.deep.equal({ name: 'Azores' });
    expect(azores!.geometry.type).to.equal('MultiPolygon');
  });

  it('adds to the features of the files read before', () => {
    const byArea = featuresByArea(topology());
    featuresByArea(topology(), byArea);
    expect(byArea.get(MAINLAND)!.features).to.have.length(2);
    expect(byArea.get('PT20')!.features).to.have.length(2);
  });
});
