import { expect } from '@open-wc/testing';
import { estimateWidth, textWidth } from '../../src/chart/measure-text.js';

describe('textWidth()', () => {
  it('measures with the real font: wider text, larger size and bold are wider', () => {
    expect(textWidth('Education', 12)).to.be.greaterThan(textWidth('Health', 12));
    expect(textWidth('Education', 16)).to.be.greaterThan(textWidth('Education', 12));
    expect(textWidth('WWWW', 12)).to.be.greaterThan(textWidth('iiii', 12)); // a real measure, not a count
    expect(textWidth('Education', 12, 'sans-serif', 700)).to.be.at.least(textWidth('Education', 12));
  });

  it('estimates from the character count when it cannot measure', () => {
    expect(estimateWidth('ab', 10)).to.equal(12);
    expect(estimateWidth('😀', 10)).to.equal(6);
  });
});
