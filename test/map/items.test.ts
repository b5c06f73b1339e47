import { expect } from '@open-wc/testing';
import { mapItems, regionRole } from '../../src/map/items.js';
import { fixtureFeed } from './helpers.js';

describe('mapItems()', () => {
  it('makes one item per region and per partner without a region, in feed order', async () => {
    const items = mapItems(await fixtureFeed());
    expect(items.map((i) => i.key)).to.deep.equal([
      'PT20',
      'ITF3',
      'ES51',
      'ES62',
      'ITF4',
      'SE224',
      'FRH',
      'ES70',
      'FI20',
      'XX99',
      'partner:cpmr',
      'partner:cidob',
      'partner:instrategies',
      'partner:mpg',
    ]);
  });

  it('gives each item its role, partner organisations and number of measures', async () => {
    const byKey = new Map(mapItems(await fixtureFeed()).map((i) => [i.key, i]));
    expect(byKey.get('ES51')).to.include({ role: 'regional-partner', measures: 2, regionId: 'ES51' });
    expect(byKey.get('ES51')!.partners.map((p) => p.id)).to.deep.equal(['catalonia']);
    expect(byKey.get('PT20')).to.include({ role: 'regional-partner', measures: 1 });
    expect(byKey.get('FRH')).to.include({ role: 'cpmr-member', measures: 0 });
    expect(byKey.get('partner:cpmr')).to.include({ role: 'coordinator' });
    expect(byKey.get('partner:cpmr')!.regionId).to.equal(undefined);
    expect(byKey.get('partner:mpg')).to.include({ role: 'technical-partner' });
    expect(byKey.get('partner:mpg')!.location).to.deep.equal([4.352, 50.846]);
  });

  it('regionRole() prefers coordinator, then regional partner, technical, associated, member', () => {
    const region = { id: 'X', name: {}, country: 'FR', roles: ['cpmr-member'], commissions: [], sources: [] };
    const partner = (kind: 'coordinator' | 'region' | 'technical' | 'associated') => ({ id: kind, name: {}, kind, sources: [] });
    expect(regionRole(region, [partner('technical'), partner('coordinator')])).to.equal('coordinator');
    expect(regionRole(region, [partner('associated'), partner('region')])).to.equal('regional-partner');
    expect(regionRole(region, [partner('associated')])).to.equal('associated-partner');
    expect(regionRole(region, [])).to.equal('cpmr-member');
    expect(regionRole({ ...region, roles: ['mipex-r'] }, [])).to.equal('other');
    expect(regionRole({ ...region, roles: ['regin-partner'] }, [])).to.equal('regional-partner');
  });
});
