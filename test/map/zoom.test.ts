import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { apply, clamp, IDENTITY, MAX_ZOOM, panBy, panToShow, transformOf, zoomBy } from '../../src/map/zoom.js';

describe('zoomBy(), clamp(), panBy(), panToShow() and transformOf()', () => {
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
      fc.property(
        fc.double({ min: 0.1, max: 20, noNaN: true }),
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        (k, x, y) => {
          const t = clamp({ k, x, y }, W, H);
          const [x0, y0] = apply(t, [0, 0]);
          const [x1, y1] = apply(t, [W, H]);
          return x0 <= 1e-9 && y0 <= 1e-9 && x1 >= W - 1e-9 && y1 >= H - 1e-9;
        },
      ),
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
