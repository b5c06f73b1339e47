import { expect } from '@open-wc/testing';
import { pathOf } from '../../src/map/path.js';
import { MAINLAND, projector } from '../../src/map/planar.js';
import { needsNuts3, nutsLevel } from '../../src/map/shapes.js';
import { builtGeometry, covers, KM } from './helpers.js';

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
    expect(
      covers(portugal, mainland([-25.67, 37.74])) || covers(portugal, mainland([-16.91, 32.65])),
      'mainland Portugal only',
    ).to.equal(false);
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
