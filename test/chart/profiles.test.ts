import { expect } from '@open-wc/testing';
import {
  averageValues,
  buildProfiles,
  chooseRegions,
  defaultRegionOrder,
  hasAnyValue,
  nationalBaselines,
  parseRegionList,
  regionsWithScores,
  baselineRow,
} from '../../src/chart/profiles.js';
import { feed } from '../radar/fixture.js';

describe('chart profiles', () => {
  const f = feed();

  it('buildProfiles() gives one value per dimension in canonical order', () => {
    const [p] = buildProfiles(f, ['ES51']);
    expect(p!.values).to.deep.equal([67, 78, 70, 48, 74, 62, 35, 66]);
    expect(p!.targetGroup).to.equal('tcn');
    expect(p!.substituted).to.equal(false);
    expect(p!.synthetic).to.equal(true);
  });

  it('buildProfiles() takes the latest year per dimension', () => {
    const [p] = buildProfiles(f, ['ES51']);
    expect(p!.values[0]).to.equal(67);
    expect(p!.years[0]).to.equal(2021);
  });

  it('buildProfiles() keeps target groups apart', () => {
    const [p] = buildProfiles(f, ['ES51'], 'tcn');
    expect(p!.values[6]).to.equal(35); // not the bip value 90
    const [bip] = buildProfiles(f, ['ES51'], 'bip');
    expect(bip!.values[6]).to.equal(90);
    expect(bip!.values[0]).to.equal(undefined);
  });

  it('buildProfiles() uses the group a region has when it lacks the requested one, and says so', () => {
    const [p] = buildProfiles(f, ['SE224'], 'tcn');
    expect(p!.targetGroup).to.equal('bip');
    expect(p!.substituted).to.equal(true);
    expect(p!.values[0]).to.equal(80);
  });

  it('buildProfiles() shows a missing value as no data, never zero', () => {
    const [p] = buildProfiles(f, ['ITF3']);
    expect(p!.values[6]).to.equal(undefined);
    expect(p!.values.filter((v) => v === 0)).to.have.length(0);
  });

  it('buildProfiles() keeps the order asked for and skips unknown ids', () => {
    expect(buildProfiles(f, ['PT20', 'XX99', 'ES51']).map((p) => p.region.id)).to.deep.equal(['PT20', 'ES51']);
  });

  it('buildProfiles() clamps over-range and ignores non-finite values, whatever the feed holds', () => {
    const scores = [
      { region: 'ES51', dimension: 'labour', value: 140, year: 2021, synthetic: true },
      { region: 'ES51', dimension: 'education', value: NaN, year: 2021, synthetic: true },
      { region: 'ES51', dimension: 'health', value: -Infinity, year: 2021, synthetic: true },
    ];
    const [p] = buildProfiles({ ...f, scores }, ['ES51']);
    expect(p!.values.slice(0, 4)).to.deep.equal([100, undefined, undefined, undefined]);
  });

  it('regionsWithScores() and defaultRegionOrder() list only regions with values, partners first', () => {
    expect(regionsWithScores(f).map((r) => r.id)).not.to.include('FRH');
    expect(defaultRegionOrder(f)[0]).to.equal('ES51');
  });

  it('parseRegionList() accepts spaces and commas', () => {
    expect(parseRegionList(' ES51, PT20  ITF4 ')).to.deep.equal(['ES51', 'PT20', 'ITF4']);
    expect(parseRegionList(undefined)).to.deep.equal([]);
  });

  it('chooseRegions() keeps known requested ids, caps them and fills up to the minimum', () => {
    expect(chooseRegions(f, ['PT20', 'PT20', 'nope'], ['ES51', 'ITF4'], { min: 2 })).to.deep.equal(['PT20', 'ES51']);
    expect(chooseRegions(f, ['ES51', 'PT20', 'ITF4'], [], { max: 2 })).to.deep.equal(['ES51', 'PT20']);
    expect(chooseRegions(f, [], ['FRH', 'ITF4'], { min: 1 })).to.deep.equal(['ITF4']);
  });

  it('averageValues() averages only present values per dimension', () => {
    const ps = buildProfiles(f, ['ITF4', 'ITF3']);
    const avg = averageValues(ps, 8);
    expect(avg[0]).to.equal((52 + 49) / 2);
    expect(avg[6]).to.equal(38);
  });

  it('nationalBaselines() gives each country’s overall score once, not dimension scores', () => {
    const regions = buildProfiles(f, ['ES51', 'ES62', 'ITF4', 'FRH']).map((p) => p.region);
    const bs = nationalBaselines(f, regions);
    expect(bs.map((b) => [b.country, b.value])).to.deep.equal([
      ['ES', 60],
      ['IT', 58],
    ]);
  });

  it('hasAnyValue() is false for regions without scores', () => {
    expect(hasAnyValue(buildProfiles(f, ['FRH']))).to.equal(false);
    expect(hasAnyValue(buildProfiles(f, ['FRH', 'ES51']))).to.equal(true);
  });

  it('baselineRow() gives each column its country’s national score', () => {
    expect(baselineRow(f, buildProfiles(f, ['ES51', 'ITF3', 'PT20']))).to.deep.equal([60, 58, 81]);
  });

  it('baselineRow() is undefined when the feed has no national score for any shown region', () => {
    expect(baselineRow(f, buildProfiles(f, ['FRH']))).to.equal(undefined);
  });
});
