import { expect } from '@open-wc/testing';
import { clampValue, linear, safeScale, ticks } from '../../src/chart/scale.js';

describe('clampValue(), linear(), ticks() and safeScale()', () => {
  it('keep numbers finite and in range', () => {
    expect(clampValue(120, [0, 100])).to.equal(100);
    expect(clampValue(-3, [0, 100])).to.equal(0);
    expect(clampValue(NaN, [0, 100])).to.equal(undefined);
    expect(clampValue('5', [0, 100])).to.equal(undefined);
    const x = linear([0, 100], [10, 110]);
    expect([x(50), x(NaN), x(1e9)]).to.deep.equal([60, 10, 110]);
    expect(ticks([0, 1])).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(safeScale([5, 1])).to.deep.equal([0, 100]);
  });
});
