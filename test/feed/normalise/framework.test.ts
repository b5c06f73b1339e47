import { expect } from '@open-wc/testing';
import { frameworkOf } from '../../../src/feed/normalise/framework.js';
import { MIPEX_R_FRAMEWORK } from '../../../src/feed/normalise/mipex-r.js';
import { context, reported } from './helpers.js';

describe('normalise/framework', () => {
  it('frameworkOf() is MIPEX-R when the feed has no framework', () => {
    expect(frameworkOf({}, context())).to.equal(MIPEX_R_FRAMEWORK);
  });

  it("frameworkOf() reads a framework of its own, in the feed's order", () => {
    const f = frameworkOf(
      {
        framework: {
          id: 'x',
          scale: [1, 5],
          dimensions: [
            { id: 'b', label: 'B' },
            { id: 'a', label: 'A' },
          ],
        },
      },
      context(),
    );
    expect(f).to.deep.equal({
      id: 'x',
      scale: [1, 5],
      dimensions: [
        { id: 'b', label: { '': 'B' } },
        { id: 'a', label: { '': 'A' } },
      ],
    });
  });

  it('frameworkOf() keeps the MIPEX-R scale when a scale is not lowest < highest', () => {
    const ctx = context();
    expect(frameworkOf({ framework: { id: 'mipex-r', scale: [5, 1] } }, ctx).scale).to.deep.equal([0, 100]);
    expect(reported(ctx)).to.deep.equal(['$.framework.scale fixed framework-scale']);
  });

  it('frameworkOf() falls back to the MIPEX-R dimensions when none is usable', () => {
    const ctx = context();
    expect(frameworkOf({ framework: { id: 'x', dimensions: [{}] } }, ctx).dimensions).to.equal(MIPEX_R_FRAMEWORK.dimensions);
    expect(reported(ctx).at(-1)).to.equal('$.framework.dimensions fixed framework-no-usable-dimensions');
  });

  it('frameworkOf() names a framework without an id "custom"', () => {
    const ctx = context();
    expect(frameworkOf({ framework: { dimensions: [{ id: 'a', label: 'A' }] } }, ctx).id).to.equal('custom');
    expect(reported(ctx)).to.deep.equal(['$.framework.id fixed framework-no-id']);
  });
});
