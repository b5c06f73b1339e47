import { expect } from '@open-wc/testing';
import { Reason } from '../../../src/feed/normalise/problems.js';
import { regionOf } from '../../../src/feed/normalise/region.js';
import { context, reported } from './helpers.js';

describe('normalise/region', () => {
  it('regionOf() reads a region with lists and sources always set', () => {
    expect(
      regionOf({ id: 'ES51', name: 'Catalonia', country: 'es', nuts: 'ES51', location: [1.5, 41.8] }, '$.regions[0]', context()),
    ).to.deep.equal({
      id: 'ES51',
      name: { '': 'Catalonia' },
      nuts: 'ES51',
      country: 'ES',
      location: [1.5, 41.8],
      roles: [],
      commissions: [],
      sources: [],
    });
  });

  it('regionOf() takes the country from the NUTS code when it is missing, with a problem', () => {
    const ctx = context();
    expect(
      (regionOf({ id: 'SE224', name: 'Skåne', nuts: 'SE224' }, '$.regions[0]', ctx) as { country: string }).country,
    ).to.equal('SE');
    expect(reported(ctx)).to.deep.equal(['$.regions[0].country fixed country-from-nuts SE']);
  });

  it('regionOf() leaves out a region without a name or a country', () => {
    const noName = regionOf({ id: 'ES51', country: 'ES' }, '$', context()) as Reason;
    const noCountry = regionOf({ id: 'ES51', name: 'x' }, '$', context()) as Reason;
    expect([noName.code, noCountry.code]).to.deep.equal(['no-name', 'no-country']);
  });
});
