import { expect } from '@open-wc/testing';
import { geoBounds, geoContains } from 'd3-geo';
import { builtinGeometryUrl, loadTopology, resolveGeometryUrl } from '../../src/map/load.js';
import { insetAreaOf, INSET_AREAS, layoutInsets, type Box } from '../../src/map/insets.js';
import { mapItems } from '../../src/map/items.js';
import { EUROPE_EXTENT, mainProjection, insetProjection } from '../../src/map/projection.js';
import { buildScene } from '../../src/map/scene.js';
import { needsNuts3, nutsLevel, OUTERMOST_NUTS2 } from '../../src/map/shapes.js';
import { builtGeometry, fixtureFeed } from './helpers.js';

const inside = ([x, y]: readonly number[], [[x0, y0], [x1, y1]]: Box, slack = 0.5) =>
  x! >= x0 - slack && x! <= x1 + slack && y! >= y0 - slack && y! <= y1 + slack;

describe('built geometry', () => {
  it('ships countries, NUTS 2 and NUTS 3 beside the script', async () => {
    for (const file of ['countries', 'nuts2', 'nuts3'] as const) {
      const topology = await loadTopology(builtinGeometryUrl(file));
      expect(topology.type).to.equal('Topology');
      expect(Object.keys(topology.objects)).to.deep.equal([file]);
    }
  });

  it('has a shape for every NUTS 2 and NUTS 3 region of NUTS 2024, with a name', async () => {
    const { topologies } = await builtGeometry();
    const nuts2 = topologies.nuts2.objects['nuts2'] as unknown as { geometries: { id: string; properties: { name: string } }[] };
    const nuts3 = topologies.nuts3.objects['nuts3'] as unknown as { geometries: { id: string; properties: { name: string } }[] };
    expect(nuts2.geometries).to.have.length(296);
    expect(nuts3.geometries).to.have.length(1345);
    expect(nuts2.geometries.every((g) => nutsLevel(g.id) === 2 && g.properties.name.length > 0)).to.equal(true);
    expect(nuts3.geometries.every((g) => nutsLevel(g.id) === 3)).to.equal(true);
  });

  it('has country outlines outside NUTS (United Kingdom, Morocco, Tunisia, Ukraine)', async () => {
    const { countries } = await builtGeometry();
    const names = countries.features.map((f) => f.properties?.['name']);
    expect(names).to.include.members(['United Kingdom', 'Morocco', 'Tunisia', 'Ukraine']);
  });
});

describe('loadTopology()', () => {
  it('shares one request between callers of the same URL', () => {
    const url = builtinGeometryUrl('countries');
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
  it('has a shape for every REGIN partner region (NUTS 2 and Skåne at NUTS 3)', async () => {
    const { shapes } = await builtGeometry();
    for (const code of ['PT20', 'ITF3', 'ES51', 'ES62', 'ITF4', 'SE224']) {
      expect(shapes.get(code)?.geometry.type, code).to.match(/Polygon/);
    }
  });

  it('merges NUTS 1 and NUTS 0 regions from NUTS 2, leaving outermost regions to their insets', async () => {
    const { shapes } = await builtGeometry();
    const bretagne = shapes.get('FRH')!;
    expect(geoContains(bretagne, [-1.678, 48.111]), 'Rennes is in Bretagne').to.equal(true);
    const portugal = shapes.get('PT')!;
    const [[west]] = geoBounds(portugal);
    expect(west, 'mainland Portugal only').to.be.greaterThan(-10);
    expect(geoContains(shapes.get('ES7')!, [-16.6, 28.27]), 'Tenerife is in ES7').to.equal(true);
    expect(shapes.get('PT')).to.equal(shapes.get('PT'), 'merged once');
  });

  it('returns undefined for unknown codes', async () => {
    const { shapes } = await builtGeometry();
    expect(shapes.get('FRZ9')).to.equal(undefined);
    expect(shapes.get('not a code')).to.equal(undefined);
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
    const { shapes } = await builtGeometry();
    const land: Record<string, [number, number]> = {
      PT20: [-25.5, 37.78], PT30: [-16.95, 32.75], ES70: [-16.6, 28.27], FRY1: [-61.7, 16.15],
      FRY2: [-61.0, 14.65], FRY3: [-53.2, 4.0], FRY4: [55.5, -21.1], FRY5: [45.15, -12.8],
    };
    for (const code of OUTERMOST_NUTS2) {
      const area = insetAreaOf({ nuts: code })!;
      expect(area.id).to.equal(code);
      const point = land[code]!;
      expect(geoContains(shapes.get(code)!, point), `${code} has land at ${point}`).to.equal(true);
      expect(insetAreaOf({ location: point })?.id, `${point} is in the ${code} inset`).to.equal(code);
    }
    expect(INSET_AREAS.map((a) => a.id).sort()).to.deep.equal([...OUTERMOST_NUTS2].sort());
  });

  it('layoutInsets() keeps a side column for the legend on a wide map, a strip along the top on a tall one', () => {
    const wide = layoutInsets(800, 600, 0, () => 100);
    expect(wide.insets).to.deep.equal([]);
    expect(wide.legend).to.deep.equal([[8, 492], [168, 592]]);
    expect(wide.main).to.deep.equal([[176, 8], [792, 592]]);
    const tall = layoutInsets(400, 600, 0, (w) => (w > 300 ? 60 : 120));
    expect(tall.legend).to.deep.equal([[8, 8], [392, 68]]);
    expect(tall.main).to.deep.equal([[8, 76], [392, 592]]);
  });

  it('layoutInsets() puts insets in the column on wide maps and in a row on tall ones, clear of mainland and legend', () => {
    const apart = ([[ax0, ay0], [ax1, ay1]]: Box, [[bx0, by0], [bx1, by1]]: Box) => ax1 <= bx0 || bx1 <= ax0 || ay1 <= by0 || by1 <= ay0;
    for (const [w, h, n] of [[1000, 700, 3], [800, 600, 8], [360, 640, 2], [300, 300, 1]] as const) {
      const { main, insets, legend } = layoutInsets(w, h, n, () => 90);
      expect(insets).to.have.length(n);
      for (const box of insets) {
        const [[x0, y0], [x1, y1]] = box;
        expect(x1 - x0).to.equal(y1 - y0);
        expect(inside([x0, y0], [[0, 0], [w, h]]) && inside([x1, y1], [[0, 0], [w, h]])).to.equal(true);
        expect(apart(box, main), `inset and mainland of ${w}×${h}`).to.equal(true);
        expect(apart(box, legend), `inset and legend of ${w}×${h}`).to.equal(true);
      }
      expect(apart(legend, main), `legend and mainland of ${w}×${h}`).to.equal(true);
    }
  });
});

describe('projections', () => {
  it('mainProjection() fits Europe into the box, touching two of its sides', () => {
    const box: Box = [[100, 10], [900, 590]];
    const p = mainProjection(box);
    const [[x0, y0], [x1, y1]] = EUROPE_EXTENT;
    for (const corner of [[x0, y0], [x1, y0], [x0, y1], [x1, y1], [10, 52]] as [number, number][]) {
      expect(inside(p(corner)!, box), String(corner)).to.equal(true);
    }
    const [cx, cy] = p([10, 52])!;
    expect(cx).to.be.closeTo(500, 60);
    expect(cy).to.be.within(10, 590);
  });

  it('insetProjection() keeps the area inside its box and clear of the label strip', () => {
    const box: Box = [[8, 8], [128, 128]];
    const area = INSET_AREAS.find((a) => a.id === 'PT20')!;
    const p = insetProjection(area.bounds, box, 16);
    for (const lonlat of [area.bounds[0], area.bounds[1], [-25.67, 37.74]] as [number, number][]) {
      const [x, y] = p(lonlat)!;
      expect(inside([x, y], [[8, 8], [128, 112]], 1), String(lonlat)).to.equal(true);
    }
  });
});

describe('buildScene()', () => {
  it('places polygons, markers and insets for the fixture, and lists what cannot be placed', async () => {
    const feed = await fixtureFeed();
    const { shapes, countries } = await builtGeometry();
    const scene = buildScene({ items: mapItems(feed), shapes, countries, width: 960, height: 640 });
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
    expect(scene.land.length).to.be.greaterThan(1000);
    expect(scene.insets.every((i) => i.land.length > 0)).to.equal(true);
  });

  it('draws no inset when no shown region lies in an outermost region', async () => {
    const feed = await fixtureFeed();
    const { shapes, countries } = await builtGeometry();
    const items = mapItems(feed).filter((i) => i.key !== 'PT20' && i.key !== 'ES70');
    const scene = buildScene({ items, shapes, countries, width: 960, height: 640 });
    expect(scene.insets).to.deep.equal([]);
    expect(scene.inInset.size).to.equal(0);
  });

  it('spreads markers at the same place so each can be pointed at', async () => {
    const feed = await fixtureFeed();
    const { shapes, countries } = await builtGeometry();
    const scene = buildScene({ items: mapItems(feed), shapes, countries, width: 960, height: 640 });
    const cidob = scene.points.get('partner:cidob')!;
    const instrategies = scene.points.get('partner:instrategies')!;
    expect(Math.hypot(cidob[0] - instrategies[0], cidob[1] - instrategies[1])).to.be.closeTo(11, 0.01);
  });

  it('grows the mainland to fit a shown region beyond the usual extent', async () => {
    const { shapes, countries } = await builtGeometry();
    const iceland = { key: 'IS00', regionId: 'IS00', name: { '': 'Ísland' }, role: 'other' as const, partners: [], nuts: 'IS00', measures: 0 };
    const scene = buildScene({ items: [iceland], shapes, countries, width: 800, height: 600 });
    const [x, y] = scene.points.get('IS00')!;
    expect(inside([x, y], scene.main)).to.equal(true);
  });
});
