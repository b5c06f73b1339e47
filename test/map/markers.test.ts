import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle } from 'd3-shape';
import { shapePath, type MarkerShape } from '../../src/map/markers.js';

describe('shapePath()', () => {
  const d3: Record<MarkerShape, Parameters<typeof symbol>[0]> = {
    circle: symbolCircle,
    square: symbolSquare,
    diamond: symbolDiamond,
    triangle: symbolTriangle,
    star: symbolStar,
  };

  it('writes the path of d3-shape’s symbol for every shape and size (property)', () => {
    for (const [shape, type] of Object.entries(d3)) {
      for (const size of [90, 150]) expect(shapePath(shape as MarkerShape, size), `${shape} ${size}`).to.equal(symbol(type, size)());
    }
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(d3) as MarkerShape[])), fc.double({ min: 1, max: 5000, noNaN: true }), (shape, size) => {
        return shapePath(shape, size) === symbol(d3[shape], size)();
      }),
      { numRuns: 2000 },
    );
  });

  it('grows with the square root of the area', () => {
    const numbers = (d: string) => d.match(/-?[\d.]+/g)!.map(Number);
    for (const shape of Object.keys(d3) as MarkerShape[]) {
      const extent = (size: number) => Math.max(...numbers(shapePath(shape, size)).map(Math.abs));
      expect(extent(600) / extent(150), shape).to.be.closeTo(2, 0.01);
    }
  });
});
