import { expect } from '@open-wc/testing';
import { NUMBER_LIMITS } from '../../../src/feed/contract.js';
import { lonLatOf, numberIn, yearOf } from '../../../src/feed/normalise/numbers.js';

describe('normalise/numbers', () => {
  it('numberIn() keeps a finite number within the range, bounds included', () => {
    expect([0, 50, 100].map((n) => numberIn(n, [0, 100]))).to.deep.equal([0, 50, 100]);
  });

  it('numberIn() reads out-of-range, non-finite and non-numbers as undefined', () => {
    for (const v of [-1, 101, NaN, Infinity, '50', null]) expect(numberIn(v, [0, 100])).to.equal(undefined);
  });

  it('numberIn() turns -0 into 0', () => {
    expect(Object.is(numberIn(-0, [-1, 1]), 0)).to.equal(true);
  });

  it(`yearOf() keeps a whole year from ${NUMBER_LIMITS.year[0]} to ${NUMBER_LIMITS.year[1]}`, () => {
    expect(yearOf(2021)).to.equal(2021);
    expect(yearOf(2021.5)).to.equal(undefined);
    expect(yearOf(NUMBER_LIMITS.year[1] + 1)).to.equal(undefined);
  });

  it('lonLatOf() keeps [longitude, latitude] within the globe', () => {
    expect(lonLatOf([1.5, 41.8])).to.deep.equal([1.5, 41.8]);
    expect(lonLatOf([41.8, 181])).to.equal(undefined);
    expect(lonLatOf([1, 2, 3])).to.equal(undefined);
    expect(lonLatOf({ 0: 1, 1: 2 })).to.equal(undefined);
  });
});
