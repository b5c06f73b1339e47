import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3-shape';
import { SERIES_SHAPES } from '../../src/chart/palette.js';
import { markerPath, type MarkerShape } from '../../src/core/markers.js';

const d3: Record<MarkerShape, Parameters<typeof symbol>[0]> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  star: symbolStar,
};
const shapes = Object.keys(d3) as MarkerShape[];
const numbers = (d: string) => d.match(/-?[\d.]+(?:e-?\d+)?/g)!.map(Number);

describe('markerPath() (core/markers.ts)', () => {
  it('writes the path of d3-shape’s symbol for every shape and size (property)', () => {
    for (const shape of shapes) {
      for (const size of [78.5, 90, 150]) expect(markerPath(shape, size), `${shape} ${size}`).to.equal(symbol(d3[shape], size)());
    }
    fc.assert(
      fc.property(fc.constantFrom(...shapes), fc.double({ min: 1, max: 5000, noNaN: true }), (shape, size) => {
        return markerPath(shape, size) === symbol(d3[shape], size)();
      }),
      { numRuns: 2000 },
    );
  });

  it('centres the marker on the point given', () => {
    for (const shape of shapes) {
      const at0 = numbers(markerPath(shape, 80));
      const moved = numbers(markerPath(shape, 80, 10, 20));
      // Circles carry their radius and arc flags in the path; every other number is a coordinate.
      const offsets =
        shape === 'circle'
          ? moved.map((v, i) => (v !== at0[i] ? v - at0[i]! : null)).filter((v) => v !== null)
          : moved.map((v, i) => v - at0[i]!);
      const expected = shape === 'circle' ? [10, 20, 10, 20, 10, 20] : moved.map((_, i) => (i % 2 ? 20 : 10));
      if (shape === 'square') expect(offsets.slice(0, 2).map((v) => Math.round(v * 1000) / 1000)).to.deep.equal([10, 20]);
      else
        expect(
          offsets.map((v) => Math.round(v * 1000) / 1000),
          shape,
        ).to.deep.equal(expected);
    }
  });

  it('grows with the square root of the area', () => {
    for (const shape of shapes) {
      const extent = (size: number) => Math.max(...numbers(markerPath(shape, size)).map(Math.abs));
      expect(extent(600) / extent(150), shape).to.be.closeTo(2, 0.01);
    }
  });

  it('draws every series shape, never with NaN, whatever it is given', () => {
    for (const shape of SERIES_SHAPES) {
      const d = markerPath(shape, 80, 10, 20);
      expect(d.startsWith('M'), shape).to.equal(true);
      expect(/NaN|Infinity/.test(d)).to.equal(false);
    }
    expect(/NaN|Infinity/.test(markerPath('star', NaN, Infinity, NaN))).to.equal(false);
  });
});
