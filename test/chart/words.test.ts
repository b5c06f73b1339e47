import { expect } from '@open-wc/testing';
import { formatScore } from '../../src/chart/words.js';

describe('formatScore()', () => {
  it('writes a score as Intl does in each language, the same text however often it is asked', () => {
    for (const tag of ['en', 'fr', 'sv']) {
      const intl = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
      for (const v of [0, 67, 67.25, 1234.5, 67, 67.25]) expect(formatScore(tag, v)).to.equal(intl.format(v));
    }
    expect(formatScore('fr', 1234.5)).to.not.equal(formatScore('en', 1234.5));
  });

  it('gives an empty text for non-finite values and keeps the sign of negative zero', () => {
    expect(formatScore('en', Number.NaN)).to.equal('');
    expect(formatScore('en', Infinity)).to.equal('');
    expect(formatScore('en', 0)).to.equal('0');
    expect(formatScore('en', -0)).to.equal(new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(-0));
  });
});
