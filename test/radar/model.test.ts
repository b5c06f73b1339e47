import { expect } from '@open-wc/testing';
import { barsGeometry } from '../../src/radar/bars.js';
import { AVERAGE_STYLE, radarModel } from '../../src/radar/model.js';
import { SERIES_COLOURS, seriesStyle } from '../../src/chart/palette.js';
import { clampValue, linear, safeScale, ticks } from '../../src/chart/scale.js';
import { feed } from './fixture.js';

describe('radar model', () => {
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

describe('bars geometry', () => {
  it('barsGeometry() puts one bar per series in each dimension group, on the shared scale', () => {
    const g = barsGeometry([[100, 50], [0, undefined]], 2);
    expect(g.groups).to.have.length(2);
    expect(g.groups[0]!.bars).to.have.length(2);
    const full = g.groups[0]!.bars[0]!;
    expect(full.width).to.equal(g.layout.x1 - g.layout.x0);
    expect(g.groups[1]!.bars[0]!.width).to.equal((g.layout.x1 - g.layout.x0) / 2);
    expect(g.groups[0]!.bars[1]!.width).to.equal(0);
    expect(g.groups[1]!.bars[1]!.value).to.equal(undefined);
    expect(g.ticks.map((t) => t.value)).to.deep.equal([0, 20, 40, 60, 80, 100]);
    expect(g.groups[1]!.y).to.be.greaterThan(g.groups[0]!.y);
  });

  it('barsGeometry() keeps every number finite for hostile values', () => {
    const g = barsGeometry([[NaN, Infinity, -Infinity, -5, 1e308]], 5);
    const nums = g.groups.flatMap((gr) => [gr.y, gr.labelY, ...gr.bars.flatMap((b) => [b.x, b.y, b.width, b.labelX])]);
    expect(nums.every(Number.isFinite)).to.equal(true);
    expect(g.groups.map((gr) => gr.bars[0]!.value)).to.deep.equal([undefined, undefined, undefined, 0, 100]);
  });
});

describe('chart palette and scale', () => {
  it('seriesStyle() gives six distinct Okabe–Ito colours, shapes and dashes', () => {
    const styles = [0, 1, 2, 3, 4, 5].map(seriesStyle);
    expect(new Set(styles.map((s) => s.colour)).size).to.equal(6);
    expect(new Set(styles.map((s) => s.shape)).size).to.equal(6);
    expect(new Set(styles.map((s) => s.dash)).size).to.equal(6);
    expect(styles[0]!.colour).to.equal(SERIES_COLOURS[0]);
    expect(seriesStyle(-1)).to.deep.equal(styles[0]);
  });


  it('clampValue(), linear(), ticks() and safeScale() keep numbers finite and in range', () => {
    expect(clampValue(120, [0, 100])).to.equal(100);
    expect(clampValue(-3, [0, 100])).to.equal(0);
    expect(clampValue(NaN, [0, 100])).to.equal(undefined);
    expect(clampValue('5', [0, 100])).to.equal(undefined);
    const x = linear([0, 100], [10, 110]);
    expect([x(50), x(NaN), x(1e9)]).to.deep.equal([60, 10, 110]);
    expect(ticks([0, 1])).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(safeScale([5, 1])).to.deep.equal([0, 100]);
  });
});
