import { expect } from '@open-wc/testing';
import { clampIndex, moveFocus } from '../../src/radar/keyboard.js';

describe('radar keyboard grid', () => {
  const at = { axis: 0, series: 0 };

  it('moveFocus() moves across axes with Left/Right, wrapping round the circle', () => {
    expect(moveFocus(at, 'ArrowRight', 8, 2)).to.deep.equal({ axis: 1, series: 0 });
    expect(moveFocus(at, 'ArrowLeft', 8, 2)).to.deep.equal({ axis: 7, series: 0 });
    expect(moveFocus({ axis: 7, series: 1 }, 'ArrowRight', 8, 2)).to.deep.equal({ axis: 0, series: 1 });
  });

  it('moveFocus() moves across series with Up/Down, stopping at the ends', () => {
    expect(moveFocus(at, 'ArrowDown', 8, 3)).to.deep.equal({ axis: 0, series: 1 });
    expect(moveFocus(at, 'ArrowUp', 8, 3)).to.deep.equal({ axis: 0, series: 0 });
    expect(moveFocus({ axis: 3, series: 2 }, 'ArrowDown', 8, 3)).to.deep.equal({ axis: 3, series: 2 });
  });

  it('moveFocus() jumps to the first and last axis with Home/End', () => {
    expect(moveFocus({ axis: 4, series: 1 }, 'Home', 8, 2)).to.deep.equal({ axis: 0, series: 1 });
    expect(moveFocus({ axis: 4, series: 1 }, 'End', 8, 2)).to.deep.equal({ axis: 7, series: 1 });
  });

  it('moveFocus() leaves other keys and empty grids to the browser', () => {
    expect(moveFocus(at, 'Tab', 8, 2)).to.equal(null);
    expect(moveFocus(at, 'ArrowRight', 0, 2)).to.equal(null);
    expect(moveFocus(at, 'ArrowRight', 8, 0)).to.equal(null);
  });

  it('moveFocus() recovers from a position outside a grid that shrank', () => {
    expect(moveFocus({ axis: 12, series: 5 }, 'ArrowUp', 8, 2)).to.deep.equal({ axis: 7, series: 0 });
    expect(clampIndex(NaN, 3)).to.equal(0);
  });
});
