import { expect } from '@open-wc/testing';
import { touchesPolygons } from '../../src/map/placement.js';

describe('touchesPolygons()', () => {
  it('finds a circle over a polygon, on its edge or inside it, and not beside it', () => {
    const square = [
      {
        points: [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ] as [number, number][],
        box: [
          [0, 0],
          [10, 10],
        ] as const,
      },
    ];
    expect(touchesPolygons([5, 5], 1, square), 'inside').to.equal(true);
    expect(touchesPolygons([11, 5], 2, square), 'on the edge').to.equal(true);
    expect(touchesPolygons([14, 5], 2, square), 'beside').to.equal(false);
  });
});
