import { expect } from '@open-wc/testing';
import { AVERAGE_STYLE, radarModel } from '../../src/radar/model.js';
import { feed } from './fixture.js';

describe('radarModel()', () => {
  const f = feed();

  it('radarModel() has a series per region with its own colour and marker shape', () => {
    const m = radarModel(f, ['ES51', 'PT20', 'ITF4']);
    expect(m.series.map((s) => s.key)).to.deep.equal(['ES51', 'PT20', 'ITF4']);
    expect(new Set(m.series.map((s) => s.style.colour)).size).to.equal(3);
    expect(new Set(m.series.map((s) => s.style.shape)).size).to.equal(3);
    expect(m.frame.axes).to.equal(8);
    expect(m.dimensions.map((d) => d.id)[0]).to.equal('labour');
  });

  it('radarModel() adds the average of the shown regions with baseline="average"', () => {
    const m = radarModel(f, ['ITF4', 'ITF3'], { baseline: 'average' });
    const avg = m.series.at(-1)!;
    expect(avg.key).to.equal('average');
    expect(avg.style).to.equal(AVERAGE_STYLE);
    expect(avg.values[0]).to.equal(50.5);
    expect(avg.values[6]).to.equal(38);
    expect(m.national).to.have.length(0);
  });

  it('radarModel() draws one national ring per country with baseline="national"', () => {
    const m = radarModel(f, ['ES51', 'ES62', 'PT20'], { baseline: 'national' });
    expect(m.national.map((n) => n.baseline.value)).to.deep.equal([60, 81]);
    expect(m.national[0]!.dash).not.to.equal(m.national[1]!.dash);
    expect(radarModel(f, ['ES51']).national).to.have.length(0);
  });

  it('radarModel() compares one region with its national score, several with their average', () => {
    const one = radarModel(f, ['ES51']);
    expect(one.reference).to.equal('national');
    expect(one.summaries[0]!.difference).to.equal(Math.round((67 + 78 + 70 + 48 + 74 + 62 + 35 + 66) / 8 - 60));
    const two = radarModel(f, ['ES51', 'ITF4']);
    expect(two.reference).to.equal('average');
    expect(two.summaries[0]!.difference! > 0 && two.summaries[1]!.difference! < 0).to.equal(true);
    expect(radarModel(f, ['FRH']).reference).to.equal('none');
  });

  it('radarModel() reports synthetic data and the years shown', () => {
    const m = radarModel(f, ['ES51']);
    expect(m.synthetic).to.equal('all');
    expect(m.years).to.deep.equal([2021, 2021]);
  });

  it('radarModel() breaks the outline of a region with a missing dimension', () => {
    const m = radarModel(f, ['ITF3', 'ES51']);
    expect(m.series[0]!.shape.complete).to.equal(false);
    expect(m.series[1]!.shape.complete).to.equal(true);
  });
});
