import { expect } from '@open-wc/testing';
import type { LonLat } from '../../src/feed/types.js';
import { insetAreaOf, INSET_AREAS, INSET_LINE, insetLines, labelLines, layoutInsets, type Box } from '../../src/map/insets.js';
import { pathOf } from '../../src/map/path.js';
import { projector } from '../../src/map/planar.js';
import { OUTERMOST_NUTS2 } from '../../src/map/shapes.js';
import { builtGeometry, covers, inside, KM } from './helpers.js';

describe('insetAreaOf(), layoutInsets() and insetLines()', () => {
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
      PT20: [-25.5, 37.78],
      PT30: [-16.95, 32.75],
      ES70: [-16.6, 28.27],
      FRY1: [-61.7, 16.15],
      FRY2: [-61.0, 14.65],
      FRY3: [-53.2, 4.0],
      FRY4: [55.5, -21.1],
      FRY5: [45.15, -12.8],
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
    expect(wide.legend).to.deep.equal([
      [8, 492],
      [168, 592],
    ]);
    expect(wide.main).to.deep.equal([
      [176, 8],
      [792, 592],
    ]);
    const tall = layoutInsets(400, 600, 0, (w) => (w > 300 ? 60 : 120));
    expect(tall.legend).to.equal(null);
    expect(tall.main).to.deep.equal([
      [8, 8],
      [392, 592],
    ]);
  });

  it('insetLines() wraps a label on two lines at most, splitting a long word with a hyphen before cutting anything', () => {
    expect(insetLines('Azores', 120)).to.deep.equal(['Azores']);
    expect(insetLines('Îles Canaries', 60)).to.deep.equal(['Îles', 'Canaries']);
    expect(insetLines('Guadeloupe', 60)).to.deep.equal(['Guadelo-', 'upe']);
    expect(insetLines('Região Autónoma dos Açores', 60)).to.have.length(2);
    for (const label of ['Guyane française', 'Região Autónoma dos Açores', 'Mayotte']) {
      for (const width of [40, 60, 100])
        for (const line of insetLines(label, width))
          expect(line.length * 5.8, `${label} at ${width}`).to.be.at.most(Math.max(width - 8, 4 * 5.8));
    }
  });

  it('layoutInsets() lays out 1 to 8 equal insets, each wide enough for its label, clear of the mainland, the legend and each other', () => {
    const apart = ([[ax0, ay0], [ax1, ay1]]: Box, [[bx0, by0], [bx1, by1]]: Box) =>
      ax1 <= bx0 || bx1 <= ax0 || ay1 <= by0 || by1 <= ay0;
    const labels = [
      'Azores',
      'Madeira',
      'Canary Islands',
      'Guadeloupe',
      'Martinique',
      'Guyane française',
      'La Réunion',
      'Mayotte',
    ];
    for (const [w, h] of [
      [1280, 800],
      [1000, 700],
      [800, 600],
      [344, 430],
      [360, 640],
      [300, 300],
    ] as const) {
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
          expect(
            inside(
              [x0, y0],
              [
                [0, 0],
                [w, h],
              ],
            ) &&
              inside(
                [x1, y1],
                [
                  [0, 0],
                  [w, h],
                ],
              ),
            at,
          ).to.equal(true);
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
