import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleQuantize } from 'd3-scale';
import { roleMarker, ROLE_COLOURS, SCALE_COLOURS } from '../../src/map/colour.js';
import { choropleth } from '../../src/map/colour-by.js';
import { quantizeClass, quantizeThresholds } from '../../src/map/quantize.js';
import { mapItems, MAP_ROLES, regionRole } from '../../src/map/items.js';
import { isNavKey, nextKey, westToEast, type NavKey } from '../../src/map/keyboard.js';
import { layoutLegend, LINE, wrap } from '../../src/map/legend.js';
import { placeTooltip } from '../../src/map/tooltip.js';
import { apply, clamp, IDENTITY, MAX_ZOOM, panBy, panToShow, transformOf, zoomBy } from '../../src/map/zoom.js';
import { fixtureFeed } from './helpers.js';

describe('mapItems()', () => {
  it('makes one item per region and per partner without a region, in feed order', async () => {
    const items = mapItems(await fixtureFeed());
    expect(items.map((i) => i.key)).to.deep.equal([
      'PT20', 'ITF3', 'ES51', 'ES62', 'ITF4', 'SE224', 'FRH', 'ES70', 'FI20', 'XX99',
      'partner:cpmr', 'partner:cidob', 'partner:instrategies', 'partner:mpg',
    ]);
  });

  it('gives each item its role, partner organisations and number of measures', async () => {
    const byKey = new Map(mapItems(await fixtureFeed()).map((i) => [i.key, i]));
    expect(byKey.get('ES51')).to.include({ role: 'regional-partner', measures: 2, regionId: 'ES51' });
    expect(byKey.get('ES51')!.partners.map((p) => p.id)).to.deep.equal(['catalonia']);
    expect(byKey.get('PT20')).to.include({ role: 'regional-partner', measures: 1 });
    expect(byKey.get('FRH')).to.include({ role: 'cpmr-member', measures: 0 });
    expect(byKey.get('partner:cpmr')).to.include({ role: 'coordinator' });
    expect(byKey.get('partner:cpmr')!.regionId).to.equal(undefined);
    expect(byKey.get('partner:mpg')).to.include({ role: 'technical-partner' });
    expect(byKey.get('partner:mpg')!.location).to.deep.equal([4.352, 50.846]);
  });

  it('regionRole() prefers coordinator, then regional partner, technical, associated, member', () => {
    const region = { id: 'X', name: {}, country: 'FR', roles: ['cpmr-member'], commissions: [], sources: [] };
    const partner = (kind: 'coordinator' | 'region' | 'technical' | 'associated') => ({ id: kind, name: {}, kind, sources: [] });
    expect(regionRole(region, [partner('technical'), partner('coordinator')])).to.equal('coordinator');
    expect(regionRole(region, [partner('associated'), partner('region')])).to.equal('regional-partner');
    expect(regionRole(region, [partner('associated')])).to.equal('associated-partner');
    expect(regionRole(region, [])).to.equal('cpmr-member');
    expect(regionRole({ ...region, roles: ['mipex-r'] }, [])).to.equal('other');
    expect(regionRole({ ...region, roles: ['regin-partner'] }, [])).to.equal('regional-partner');
  });
});

describe('colour', () => {
  it('has a colour and a distinct marker shape for every role', () => {
    expect(Object.keys(ROLE_COLOURS)).to.deep.equal([...MAP_ROLES]);
    const shapes = new Set(MAP_ROLES.filter((r) => r !== 'other').map((r) => roleMarker(r)));
    expect(shapes.size).to.equal(MAP_ROLES.length - 1);
    expect(roleMarker('coordinator')).to.match(/^M/);
  });

  it('choropleth() splits the framework scale into five equal classes', async () => {
    const c = choropleth(await fixtureFeed(), 'labour');
    expect(c.classes).to.deep.equal([
      { from: 0, to: 20 }, { from: 20, to: 40 }, { from: 40, to: 60 }, { from: 60, to: 80 }, { from: 80, to: 100 },
    ]);
    expect(SCALE_COLOURS).to.have.length(5);
  });

  it('choropleth() classes each region with a score and leaves the others without data', async () => {
    const c = choropleth(await fixtureFeed(), 'labour');
    expect(Object.fromEntries(c.classOf)).to.deep.equal({ ES51: 3, PT20: 2, ITF3: 0, SE224: 4 });
    expect(c.classOf.has('ES62'), 'ES62 has a health score only').to.equal(false);
    expect(c.dimension?.id).to.equal('labour');
    expect(c.years).to.deep.equal([2020, 2021]);
    expect(c.synthetic).to.equal('all');
  });

  it('choropleth() tells whether none, some or all of the scores shown are synthetic', async () => {
    const feed = await fixtureFeed();
    const mixed = { ...feed, scores: feed.scores.map((s) => (s.region === 'ES51' ? { ...s, synthetic: false } : s)) };
    expect(choropleth(mixed, 'labour').synthetic).to.equal('some');
    const none = { ...feed, scores: feed.scores.map((s) => ({ ...s, synthetic: false })) };
    expect(choropleth(none, 'labour').synthetic).to.equal('none');
  });

  it('choropleth() shows the score without a target group over a target-group score', async () => {
    const c = choropleth(await fixtureFeed(), 'labour');
    expect(c.scores.get('ES51')?.value).to.equal(67);
  });

  it('choropleth() of an unknown dimension has no data and no dimension', async () => {
    const c = choropleth(await fixtureFeed(), 'nope');
    expect(c.dimension).to.equal(undefined);
    expect(c.classOf.size).to.equal(0);
    expect(c.years).to.equal(undefined);
  });
});

describe('quantizeThresholds() and quantizeClass()', () => {
  it('cut a domain into equal classes with the thresholds of d3’s scaleQuantize (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: 1e-6, max: 1e3, noNaN: true }), fc.integer({ min: 1, max: 9 }), (lo, span, count) => {
        const hi = lo + span;
        const d3 = scaleQuantize<number>().domain([lo, hi]).range(Array.from({ length: count }, (_, i) => i));
        expect(quantizeThresholds(lo, hi, count)).to.deep.equal(d3.thresholds());
      }),
    );
  });

  it('put every value in the class d3’s scaleQuantize gives it, a value on a threshold in the class above (property)', () => {
    const thresholds = quantizeThresholds(0, 100, 5);
    expect(thresholds).to.deep.equal([20, 40, 60, 80]);
    expect([0, 19.99, 20, 40, 59.9, 80, 100].map((v) => quantizeClass(thresholds, v))).to.deep.equal([0, 0, 1, 2, 2, 4, 4]);
    fc.assert(
      fc.property(fc.double({ min: -10, max: 110, noNaN: true }), fc.integer({ min: 1, max: 9 }), (value, count) => {
        const d3 = scaleQuantize<number>().domain([0, 100]).range(Array.from({ length: count }, (_, i) => i));
        return quantizeClass(quantizeThresholds(0, 100, count), value) === d3(value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('keyboard order', () => {
  const points = westToEast([
    { key: 'b', point: [50, 50] },
    { key: 'a', point: [10, 80] },
    { key: 'c', point: [52, 10] },
    { key: 'd', point: [90, 55] },
  ] as const);

  it('westToEast() orders by x, then y', () => {
    expect(points.map((p) => p.key)).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('Left/Right step along that order and stop at the ends; Home/End jump to them', () => {
    expect(nextKey(points, 'b', 'ArrowRight')).to.equal('c');
    expect(nextKey(points, 'b', 'ArrowLeft')).to.equal('a');
    expect(nextKey(points, 'a', 'ArrowLeft')).to.equal('a');
    expect(nextKey(points, 'd', 'ArrowRight')).to.equal('d');
    expect(nextKey(points, 'c', 'Home')).to.equal('a');
    expect(nextKey(points, 'a', 'End')).to.equal('d');
    expect(nextKey(points, undefined, 'ArrowDown')).to.equal('a');
    expect(nextKey([], undefined, 'ArrowDown')).to.equal(undefined);
  });

  it('Up/Down go to the nearest item above/below, preferring the same column', () => {
    expect(nextKey(points, 'b', 'ArrowUp')).to.equal('c');
    expect(nextKey(points, 'c', 'ArrowDown')).to.equal('b');
    expect(nextKey(points, 'b', 'ArrowDown')).to.equal('a');
    expect(nextKey(points, 'a', 'ArrowDown'), 'nothing below').to.equal('a');
    expect(nextKey(points, 'd', 'ArrowUp'), 'the nearest above').to.equal('c');
  });

  it('isNavKey() knows the arrow keys, Home and End only', () => {
    expect(['ArrowUp', 'Home', 'End'].every(isNavKey)).to.equal(true);
    expect(['Enter', ' ', 'Tab', 'PageDown'].some(isNavKey)).to.equal(false);
  });

  it('every item is reachable from any item with the arrow keys (property)', () => {
    const pointArb = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 700 }));
    fc.assert(
      fc.property(fc.uniqueArray(pointArb, { minLength: 1, maxLength: 40, selector: ([x, y]) => `${x},${y}` }), fc.nat(), (raw, start) => {
        const ordered = westToEast(raw.map((point, i) => ({ key: `k${i}`, point })));
        const seen = new Set<string>();
        let key: string | undefined = ordered[start % ordered.length]!.key;
        for (const k of ['Home', ...Array<NavKey>(ordered.length).fill('ArrowRight')] as NavKey[]) {
          key = nextKey(ordered, key, k);
          seen.add(key!);
        }
        return seen.size === ordered.length;
      }),
    );
  });
});

describe('zoom', () => {
  const W = 800;
  const H = 600;

  it('zoomBy() keeps the given point still and stays within 1…8', () => {
    const t = zoomBy(IDENTITY, 2, W, H, [200, 150]);
    expect(t.k).to.equal(2);
    const [x, y] = apply(t, [200, 150]);
    expect(x).to.be.closeTo(200, 1e-9);
    expect(y).to.be.closeTo(150, 1e-9);
    expect(zoomBy(IDENTITY, 0.5, W, H)).to.deep.equal(IDENTITY);
    expect(zoomBy({ k: 6, x: 0, y: 0 }, 4, W, H).k).to.equal(MAX_ZOOM);
  });

  it('never shows past the edge of the map (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 20, noNaN: true }), fc.double({ min: -5000, max: 5000, noNaN: true }), fc.double({ min: -5000, max: 5000, noNaN: true }), (k, x, y) => {
        const t = clamp({ k, x, y }, W, H);
        const [x0, y0] = apply(t, [0, 0]);
        const [x1, y1] = apply(t, [W, H]);
        return x0 <= 1e-9 && y0 <= 1e-9 && x1 >= W - 1e-9 && y1 >= H - 1e-9;
      }),
    );
  });

  it('panBy() moves a zoomed map and cannot move an unzoomed one', () => {
    expect(panBy(IDENTITY, 50, 50, W, H)).to.deep.equal(IDENTITY);
    const t = zoomBy(IDENTITY, 2, W, H);
    expect(panBy(t, 10, -20, W, H)).to.deep.equal({ k: 2, x: t.x + 10, y: t.y - 20 });
  });

  it('panToShow() brings a point into view and leaves a visible one alone', () => {
    const t = zoomBy(IDENTITY, 4, W, H);
    expect(panToShow(t, [400, 300], W, H)).to.equal(t);
    const shown = panToShow(t, [10, 10], W, H);
    const [x, y] = apply(shown, [10, 10]);
    expect(x).to.be.within(0, W);
    expect(y).to.be.within(0, H);
  });

  it('transformOf() writes an SVG transform', () => {
    expect(transformOf({ k: 2, x: -10.123, y: 5 })).to.equal('translate(-10.12 5) scale(2)');
  });
});

describe('placeTooltip()', () => {
  it('goes above a point and centred on it, below near the top', () => {
    expect(placeTooltip([400, 300], 800, 600, 200, 60)).to.deep.equal({ left: 300, top: 228, below: false });
    expect(placeTooltip([400, 30], 800, 600, 200, 60)).to.deep.equal({ left: 300, top: 42, below: true });
  });

  it('keeps the whole tooltip inside the map box, whatever the point and the tooltip size', () => {
    for (const [w, h] of [[800, 600], [344, 430]]) {
      for (const point of [[0, 0], [w, 0], [0, h], [w, h], [w / 2, h / 2], [-50, h + 40], [w - 3, 20]] as const) {
        for (const [tw, th] of [[120, 40], [288, 110], [w - 8, 60]]) {
          const { left, top } = placeTooltip(point, w, h, tw, th);
          const at = `${tw}×${th} at ${point} in ${w}×${h}`;
          expect(left, at).to.be.at.least(0);
          expect(top, at).to.be.at.least(0);
          expect(left + tw, at).to.be.at.most(w);
          expect(top + th, at).to.be.at.most(h);
        }
      }
    }
  });
});

describe('legend layout', () => {
  const entries = ['80–100', '60–80', '40–60', '20–40', '0–20', 'No data'].map((label, i) => ({ cls: `class-${i}`, label }));

  it('wrap() keeps a title to two lines and marks a cut', () => {
    expect(wrap('Labour market, 2021', 200)).to.deep.equal(['Labour market, 2021']);
    expect(wrap('Social security and assistance, 2019–2021', 140)).to.deep.equal(['Social security', 'and assistance,…']);
    expect(wrap('', 100)).to.deep.equal([]);
  });

  it('layoutLegend() flows entries into rows that fit the width', () => {
    const narrow = layoutLegend('Labour market', entries, 120);
    expect(new Set(narrow.entries.map((e) => e.y)).size, 'one or two per row').to.be.greaterThan(2);
    const wide = layoutLegend('Labour market', entries, 600);
    expect(new Set(wide.entries.map((e) => e.y)).size, 'one row').to.equal(1);
    for (const layout of [narrow, wide]) {
      expect(layout.width).to.be.at.most(layout === narrow ? 120 : 600);
      for (const { x } of layout.entries) expect(x).to.be.lessThan(layout.width);
    }
    expect(wide.height).to.be.lessThan(narrow.height);
  });

  it('layoutLegend() can keep room for a two-line title', () => {
    expect(layoutLegend('Role', entries, 600, 2).height - layoutLegend('Role', entries, 600).height).to.equal(LINE);
  });
});
