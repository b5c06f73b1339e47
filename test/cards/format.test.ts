import { expect } from '@open-wc/testing';
import { humanise } from '../../src/cards/format.js';

describe('humanise()', () => {
  it('makes unknown ids readable', () => {
    expect(humanise('unaccompanied-minors')).to.equal('Unaccompanied minors');
    expect(humanise('long_term_unemployed')).to.equal('Long term unemployed');
    expect(humanise('multiLevelGovernance')).to.equal('Multi level governance');
  });
  it('keeps acronyms as they are', () => {
    expect(humanise('ESF+')).to.equal('ESF+');
    expect(humanise('AMIF')).to.equal('AMIF');
  });
  it('keeps an id that has no words', () => {
    expect(humanise('--')).to.equal('--');
  });
});
