import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleQuantize } from 'd3-scale';
import { quantizeClass, quantizeThresholds } from '../../src/map/quantize.js';

describe('quantizeThresholds() and quantizeClass()', () => {
  it('cut a domain into equal classes with the thresholds of d3’s scaleQuantize (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e3, noNaN: true }),
        fc.integer({ min: 1, max: 9 }),
        (lo, span, count) => {
          const hi = lo + span;
          const d3 = scaleQuantize<number>()
            .domain([lo, hi])
            .range(Array.from({ length: count }, (_, i) => i));
          expect(quantizeThresholds(lo, hi, count)).to.deep.equal(d3.thresholds());
        },
      ),
    );
  });

  it('put every value in the class d3’s scaleQuantize gives it, a value on a threshold in the class above (property)', () => {
    const thresholds = quantizeThresholds(0, 100, 5);
    expect(thresholds).to.deep.equal([20, 40, 60, 80]);
    expect([0, 19.99, 20, 40, 59.9, 80, 100].map((v) => quantizeClass(thresholds, v))).to.deep.equal([0, 0, 1, 2, 2, 4, 4]);
    fc.assert(
      fc.property(fc.double({ min: -10, max: 110, noNaN: true }), fc.integer({ min: 1, max: 9 }), (value, count) => {
        const d3 = scaleQuantize<number>()
          .domain([0, 100])
          .range(Array.from({ length: count }, (_, i) => i));
        return quantizeClass(quantizeThresholds(0, 100, count), value) === d3(value);
      }),
      { numRuns: 2000 },
    );
  });
});
