import { expect } from '@open-wc/testing';
import { baselineRow, buildProfiles } from '../../src/chart/profiles.js';
import { feed } from '../radar/fixture.js';

describe('chart profiles (chart/profiles.ts)', () => {
  const f = feed();

  it('baselineRow() gives each column its country’s national score', () => {
    expect(baselineRow(f, buildProfiles(f, ['ES51', 'ITF3', 'PT20']))).to.deep.equal([60, 58, 81]);
  });

  it('baselineRow() is undefined when the feed has no national score for any shown region', () => {
    expect(baselineRow(f, buildProfiles(f, ['FRH']))).to.equal(undefined);
  });
});
