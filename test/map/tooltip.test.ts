import { expect } from '@open-wc/testing';
import { placeTooltip } from '../../src/map/tooltip.js';

describe('placeTooltip()', () => {
  it('goes above a point and centred on it, below near the top', () => {
    expect(placeTooltip([400, 300], 800, 600, 200, 60)).to.deep.equal({ left: 300, top: 228, below: false });
    expect(placeTooltip([400, 30], 800, 600, 200, 60)).to.deep.equal({ left: 300, top: 42, below: true });
  });

  it('keeps the whole tooltip inside the map box, whatever the point and the tooltip size', () => {
    for (const [w, h] of [
      [800, 600],
      [344, 430],
    ]) {
      for (const point of [
        [0, 0],
        [w, 0],
        [0, h],
        [w, h],
        [w / 2, h / 2],
        [-50, h + 40],
        [w - 3, 20],
      ] as const) {
        for (const [tw, th] of [
          [120, 40],
          [288, 110],
          [w - 8, 60],
        ]) {
          const { left, top } = placeTooltip(point, w, h, tw, th);
          const at = `${tw}×${th} at ${point} in ${w}×${h}`;
          expect(left, at).to.be.at.least(0);
          expect(top, at).to.be.at.least(0);
          expect(left + tw, at).to.be.at.most(w);
          expect(top + th, at).to.be.at.most(h);
        }
      }
    }
  });
});
