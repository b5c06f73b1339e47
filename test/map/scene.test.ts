import { expect } from '@open-wc/testing';
import type { LonLat } from '../../src/feed/types.js';
import { mapItems } from '../../src/map/items.js';
import { EUROPE_CENTRE } from '../../src/map/projection.js';
import { buildScene } from '../../src/map/scene.js';
import { markerRadius } from '../../src/map/placement.js';
import { d3Projection } from './d3-projection.js';
import { builtGeometry, fixtureFeed, inside } from './helpers.js';

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
      expect(
        inside(point, [
          [0, 0],
          [960, 640],
        ]),
        key,
      ).to.equal(true);
    }
    for (const inset of scene.insets) {
      for (const p of [...inset.polygons, ...inset.markers])
        expect(inside(scene.points.get(p.key)!, inset.box), p.key).to.equal(true);
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
    expect(Math.hypot(cidob[0] - instrategies[0], cidob[1] - instrategies[1])).to.be.at.least(
      2 * markerRadius(scene.markerSize) + 2,
    );
  });

  it('grows the mainland to fit a shown region or marker beyond the usual extent', async () => {
    const { geometry } = await builtGeometry();
    const iceland = {
      key: 'IS00',
      regionId: 'IS00',
      name: { '': 'Ísland' },
      role: 'other' as const,
      partners: [],
      nuts: 'IS00',
      measures: 0,
      sources: [],
    };
    const scene = buildScene({ items: [iceland], geometry, width: 800, height: 600 });
    expect(inside(scene.points.get('IS00')!, scene.main)).to.equal(true);
    const svalbard = {
      key: 'partner:x',
      name: { '': 'Longyearbyen' },
      role: 'other' as const,
      partners: [],
      location: [15.6, 78.2] as LonLat,
      measures: 0,
      sources: [],
    };
    const far = buildScene({ items: [svalbard], geometry, width: 800, height: 600 });
    expect(inside(far.points.get('partner:x')!, far.main)).to.equal(true);
  });
});
