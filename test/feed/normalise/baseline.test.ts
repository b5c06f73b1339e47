import { expect } from '@open-wc/testing';
import { baselineOf } from '../../../src/feed/normalise/baseline.js';
import { Reason } from '../../../src/feed/normalise/problems.js';
import { context } from './helpers.js';

describe('normalise/baseline', () => {
  it('baselineOf() reads an overall baseline (no dimension) with its source', () => {
    expect(
      baselineOf({ country: 'ES', label: 'Spain', value: 60, year: 2019, source: 'https://x.eu/' }, '$', context()),
    ).to.deep.equal({
      country: 'ES',
      label: { '': 'Spain' },
      value: 60,
      year: 2019,
      source: 'https://x.eu/',
      synthetic: false,
    });
  });

  it('baselineOf() leaves out a baseline of a dimension not in the framework', () => {
    const r = baselineOf({ country: 'ES', label: 'Spain', dimension: 'astrology' }, '$', context()) as Reason;
    expect([r.code, ...r.params]).to.deep.equal(['baseline-dimension', 'astrology']);
  });

  it('baselineOf() leaves out a baseline without a country or a label', () => {
    expect((baselineOf({ label: 'Spain' }, '$', context()) as Reason).code).to.equal('no-country');
    expect((baselineOf({ country: 'ES' }, '$', context()) as Reason).code).to.equal('no-label');
  });
});
