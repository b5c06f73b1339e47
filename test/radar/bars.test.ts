import { expect } from '@open-wc/testing';
import { DEFAULT_BARS_LAYOUT, barsLayoutForWidth, barsGeometry } from '../../src/radar/bars.js';

describe('barsGeometry()', () => {
  it('puts one bar per series in each dimension group, on the shared scale', () => {
    const g = barsGeometry(
      [
        [100, 50],
        [0, undefined],
      ],
      2,
    );
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

  it('keeps every number finite for hostile values', () => {
    const g = barsGeometry([[NaN, Infinity, -Infinity, -5, 1e308]], 5);
    const nums = g.groups.flatMap((gr) => [gr.y, gr.labelY, ...gr.bars.flatMap((b) => [b.x, b.y, b.width, b.labelX])]);
    expect(nums.every(Number.isFinite)).to.equal(true);
    expect(g.groups.map((gr) => gr.bars[0]!.value)).to.deep.equal([undefined, undefined, undefined, 0, 100]);
  });
});

describe('barsLayoutForWidth()', () => {
  it('keeps the label room and shortens the bars on a narrow chart', () => {
    expect(barsLayoutForWidth(0)).to.equal(DEFAULT_BARS_LAYOUT);
    expect(barsLayoutForWidth(700)).to.equal(DEFAULT_BARS_LAYOUT);
    const l = barsLayoutForWidth(300);
    expect(l.width).to.equal(300);
    expect(l.x1).to.be.lessThan(300);
    expect(l.x1 - l.x0).to.be.greaterThan(80);
  });
});
