import { expect } from '@open-wc/testing';
import { Inputs } from '../../src/core/inputs.js';

describe('Inputs (core/inputs.ts)', () => {
  it('reports a step as changed the first time, then only when one of its inputs is another value', () => {
    const inputs = new Inputs();
    const feed = { id: 1 };
    expect(inputs.changed('labels', feed, 'fr')).to.equal(true);
    expect(inputs.changed('labels', feed, 'fr')).to.equal(false);
    expect(inputs.changed('labels', { id: 1 }, 'fr'), 'an equal object is another value').to.equal(true);
    expect(inputs.changed('labels', { id: 1 }, 'fr')).to.equal(true);
  });

  it('keeps each step apart', () => {
    const inputs = new Inputs();
    expect(inputs.changed('a', 1)).to.equal(true);
    expect(inputs.changed('b', 1)).to.equal(true);
    expect(inputs.changed('a', 1)).to.equal(false);
    expect(inputs.changed('a', 2)).to.equal(true);
    expect(inputs.changed('b', 1)).to.equal(false);
  });

  it('reports a change when the number of inputs differs', () => {
    const inputs = new Inputs();
    inputs.changed('a', 1);
    expect(inputs.changed('a', 1, undefined)).to.equal(true);
  });
});
