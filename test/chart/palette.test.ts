import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SERIES_COLOURS, seriesStyle, regionStyles } from '../../src/chart/palette.js';

const ORDER = ['PT20', 'ITF3', 'ES51', 'ES62', 'ITF4', 'SE224'];

describe('regionStyles()', () => {
  it('gives each region the style of its place in the feed, whatever is shown and in which order', () => {
    const a = regionStyles(ORDER, ['ES51', 'PT20']);
    const b = regionStyles(ORDER, ['SE224', 'PT20', 'ES62', 'ES51']);
    expect(a.get('ES51')).to.deep.equal(seriesStyle(2));
    expect(b.get('ES51')).to.deep.equal(seriesStyle(2));
    expect(a.get('PT20')).to.deep.equal(b.get('PT20'));
  });

  it('never gives two shown regions the same style, even with more than six regions in the feed', () => {
    const order = Array.from({ length: 14 }, (_, i) => `R${i}`);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...order, 'X'), { minLength: 1, maxLength: 6 }), (shown) => {
        const styles = regionStyles(order, shown);
        const colours = shown.map((id) => styles.get(id)!.colour);
        return new Set(colours).size === shown.length && styles.size === shown.length;
      }),
    );
  });

  it('keeps a region’s style when the regions shown with it change order', () => {
    const order = Array.from({ length: 9 }, (_, i) => `R${i}`);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...order), { minLength: 1, maxLength: 6 }), (shown) => {
        const forward = regionStyles(order, shown);
        const backward = regionStyles(order, [...shown].reverse());
        return shown.every(
          (id) => forward.get(id) === backward.get(id) || JSON.stringify(forward.get(id)) === JSON.stringify(backward.get(id)),
        );
      }),
    );
  });
});

describe('seriesStyle()', () => {
  it('gives six distinct Okabe–Ito colours, shapes and dashes', () => {
    const styles = [0, 1, 2, 3, 4, 5].map(seriesStyle);
    expect(new Set(styles.map((s) => s.colour)).size).to.equal(6);
    expect(new Set(styles.map((s) => s.shape)).size).to.equal(6);
    expect(new Set(styles.map((s) => s.dash)).size).to.equal(6);
    expect(styles[0]!.colour).to.equal(SERIES_COLOURS[0]);
    expect(seriesStyle(-1)).to.deep.equal(styles[0]);
  });
});
