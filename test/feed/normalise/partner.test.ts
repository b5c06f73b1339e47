import { expect } from '@open-wc/testing';
import { partnerOf } from '../../../src/feed/normalise/partner.js';
import { Reason } from '../../../src/feed/normalise/problems.js';
import { context, reported } from './helpers.js';

describe('normalise/partner', () => {
  it('partnerOf() reads a partner of a known region', () => {
    const p = partnerOf(
      { id: 'cpmr', name: 'CPMR', kind: 'coordinator', acronym: ' CPMR ', region: 'ES51' },
      '$.partners[0]',
      context(),
    );
    expect(p).to.deep.include({ id: 'cpmr', kind: 'coordinator', acronym: 'CPMR', region: 'ES51' });
  });

  it('partnerOf() reads an unknown kind as "associated", with a problem', () => {
    const ctx = context();
    expect((partnerOf({ id: 'x', name: 'X', kind: 'friend' }, '$.partners[0]', ctx) as { kind: string }).kind).to.equal(
      'associated',
    );
    expect(reported(ctx)).to.deep.equal(['$.partners[0].kind fixed partner-kind coordinator, region, technical, associated']);
  });

  it('partnerOf() clears a region that is not in the feed', () => {
    const ctx = context();
    expect(partnerOf({ id: 'x', name: 'X', kind: 'region', region: 'XX99' }, '$.partners[0]', ctx)).to.not.have.property(
      'region',
    );
    expect(reported(ctx)).to.deep.equal(['$.partners[0].region fixed partner-region XX99']);
  });

  it('partnerOf() leaves out a partner without a name', () => {
    expect((partnerOf({ id: 'x', kind: 'region' }, '$', context()) as Reason).code).to.equal('no-name');
  });
});
