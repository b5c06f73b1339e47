import { expect } from '@open-wc/testing';
import { dimensionOf } from '../../../src/feed/normalise/dimension.js';
import { MIPEX_R_FRAMEWORK } from '../../../src/feed/normalise/mipex-r.js';
import { Reason } from '../../../src/feed/normalise/problems.js';
import { context } from './helpers.js';

describe('normalise/dimension', () => {
  it('dimensionOf() reads an id, a label and a description', () => {
    expect(dimensionOf({ id: 'a', label: 'A', description: 'About A' }, '$', context())).to.deep.equal({
      id: 'a',
      label: { '': 'A' },
      description: { '': 'About A' },
    });
  });

  it('dimensionOf() gives a MIPEX-R dimension without a label its MIPEX-R label', () => {
    const d = dimensionOf({ id: 'health' }, '$', context());
    expect(d).to.deep.equal({ id: 'health', label: MIPEX_R_FRAMEWORK.dimensions[2]!.label });
  });

  it("dimensionOf() keeps a feed's own label for a MIPEX-R dimension", () => {
    expect(dimensionOf({ id: 'health', label: { en: 'Care' } }, '$', context())).to.deep.equal({
      id: 'health',
      label: { en: 'Care' },
    });
  });

  it('dimensionOf() leaves out another dimension without a label', () => {
    const r = dimensionOf({ id: 'astrology' }, '$', context()) as Reason;
    expect([r.code, ...r.params]).to.deep.equal(['no-label', 'dimension']);
  });
});
