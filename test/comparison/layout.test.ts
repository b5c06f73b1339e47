import { expect } from '@open-wc/testing';
import { comparisonLayout, STACKED_BELOW } from '../../src/comparison/layout.js';

describe('comparisonLayout()', () => {
  it('stacks below 480 px whatever the number of regions', () => {
    expect(STACKED_BELOW).to.equal(480);
    for (const n of [2, 3, 6]) {
      expect(comparisonLayout(320, n)).to.equal('stacked');
      expect(comparisonLayout(479, n)).to.equal('stacked');
    }
    expect(comparisonLayout(480, 2)).to.equal('medium');
    expect(comparisonLayout(480, 3)).to.equal('medium');
  });

  it('stacks a wider widget too when the table’s columns would be too narrow for region names', () => {
    expect(comparisonLayout(544, 6)).to.equal('stacked');
    expect(comparisonLayout(760, 6)).to.equal('stacked');
    expect(comparisonLayout(800, 6)).to.equal('medium');
  });

  it('puts the plots beside the values only when there is room for them, by the widget’s font', () => {
    expect(comparisonLayout(640, 2)).to.equal('medium');
    expect(comparisonLayout(800, 2)).to.equal('wide');
    expect(comparisonLayout(1000, 6)).to.equal('medium');
    expect(comparisonLayout(1100, 6)).to.equal('wide');
    expect(comparisonLayout(800, 2, 20)).to.equal('medium');
  });

  it('reads as the wide table until measured', () => {
    expect(comparisonLayout(0, 3)).to.equal('wide');
    expect(comparisonLayout(Number.NaN, 3)).to.equal('wide');
    expect(comparisonLayout(600, 3, Number.NaN)).to.equal('medium');
  });
});
