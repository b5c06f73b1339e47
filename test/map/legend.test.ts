import { expect } from '@open-wc/testing';
import { layoutLegend, LINE, wrap } from '../../src/map/legend.js';

describe('wrap() and layoutLegend()', () => {
  const entries = ['80–100', '60–80', '40–60', '20–40', '0–20', 'No data'].map((label, i) => ({ cls: `class-${i}`, label }));

  it('wrap() keeps a title to two lines and marks a cut', () => {
    expect(wrap('Labour market, 2021', 200)).to.deep.equal(['Labour market, 2021']);
    expect(wrap('Social security and assistance, 2019–2021', 140)).to.deep.equal(['Social security', 'and assistance,…']);
    expect(wrap('', 100)).to.deep.equal([]);
  });

  it('layoutLegend() flows entries into rows that fit the width', () => {
    const narrow = layoutLegend('Labour market', entries, 120);
    expect(new Set(narrow.entries.map((e) => e.y)).size, 'one or two per row').to.be.greaterThan(2);
    const wide = layoutLegend('Labour market', entries, 600);
    expect(new Set(wide.entries.map((e) => e.y)).size, 'one row').to.equal(1);
    for (const layout of [narrow, wide]) {
      expect(layout.width).to.be.at.most(layout === narrow ? 120 : 600);
      for (const { x } of layout.entries) expect(x).to.be.lessThan(layout.width);
    }
    expect(wide.height).to.be.lessThan(narrow.height);
  });

  it('layoutLegend() can keep room for a two-line title', () => {
    expect(layoutLegend('Role', entries, 600, 2).height - layoutLegend('Role', entries, 600).height).to.equal(LINE);
  });
});
